/**
 * Document frequencies of concept tokens: how many documents carry each token (`cx_any`), and how
 * many documents there are, asked of the engine once per token and kept for a while. They weight
 * each concept's ranked list in the fusion (fusion.ts: rarer concepts weigh more), and a concept
 * that occurs in no document is left out of the query.
 */
import type { Meilisearch } from 'meilisearch';
import { engineCall, type IndexNames } from '../engine/client.js';

const TTL_MS = 10 * 60 * 1000;
const DOCUMENTS = '\u0000documents';
const cache = new Map<string, { count: number; at: number }>();

export interface ConceptFrequencies {
  /** Documents in the index. */
  documents: number;
  /** Documents carrying each token. */
  df: Map<string, number>;
}

export async function conceptFrequencies(client: Meilisearch, idx: IndexNames, tokens: readonly string[]): Promise<ConceptFrequencies> {
  const now = Date.now();
  const stale = (k: string) => (cache.get(k)?.at ?? 0) + TTL_MS < now;
  const missing = [...new Set([DOCUMENTS, ...tokens])].filter(stale);
  if (missing.length) {
    const { results } = await engineCall(() => client.multiSearch({
      queries: missing.map((t) => ({
        indexUid: idx.records, q: '', page: 1, hitsPerPage: 0,
        filter: t === DOCUMENTS ? ['type = "document"'] : ['type = "document"', `cx_any = ${JSON.stringify(t)}`],
      })),
    }));
    results.forEach((r, i) => cache.set(missing[i], { count: r.totalHits ?? r.estimatedTotalHits ?? 0, at: now }));
  }
  return {
    documents: cache.get(DOCUMENTS)?.count ?? 0,
    df: new Map(tokens.map((t) => [t, cache.get(t)?.count ?? 0])),
  };
}

/** Inverse document frequency, ln(1 + N/df): a concept in few documents says more about them. */
export function idf(stats: ConceptFrequencies, token: string): number {
  const df = stats.df.get(token) ?? 0;
  return df ? Math.log(1 + Math.max(stats.documents, df) / df) : 0;
}
