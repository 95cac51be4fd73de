/**
 * How many records carry each concept token, asked of the engine once per token and kept for a
 * while. The engine drops query words from the end only, so a leading concept that occurs
 * nowhere would empty the result: such concepts are left out. (Ordering concepts by frequency,
 * either way, measured worse on the development set than keeping the query's own order.)
 */
import type { Meilisearch } from 'meilisearch';
import { conceptToken } from '../../corpus/lexicon/concept-index.js';
import { engineCall, type IndexNames } from '../engine/client.js';

const TTL_MS = 10 * 60 * 1000;
const cache = new Map<string, { count: number; at: number }>();

export function clearConceptStats(): void {
  cache.clear();
}

export async function presentConceptTokens(client: Meilisearch, idx: IndexNames, concepts: string[]): Promise<{ tokens: string[]; absent: string[] }> {
  const now = Date.now();
  const tokens = concepts.map((c) => ({ c, t: conceptToken(c) }));
  const missing = tokens.filter(({ t }) => (cache.get(t)?.at ?? 0) + TTL_MS < now);
  if (missing.length) {
    const { results } = await engineCall(() => client.multiSearch({
      queries: missing.map(({ t }) => ({ indexUid: idx.records, q: t, limit: 0, attributesToSearchOn: ['cx_title', 'cx_heading', 'cx_tags', 'cx_text'] })),
    }));
    results.forEach((r, i) => cache.set(missing[i].t, { count: r.estimatedTotalHits ?? 0, at: now }));
  }
  const counted = tokens.map((x) => ({ ...x, n: cache.get(x.t)?.count ?? 0 }));
  return {
    tokens: counted.filter((x) => x.n > 0).map((x) => x.t),
    absent: counted.filter((x) => x.n === 0).map((x) => x.c),
  };
}
