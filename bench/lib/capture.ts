/**
 * The engine side of a search, captured from the search service itself: the service runs with a
 * client whose httpClient records every request, so the engine is later sent exactly the
 * multi-search and provisions search that GET /api/search sends (not a re-creation of them).
 * Each query is run twice and the second run kept: the first fills the service's concept-count
 * cache, as it is filled on a server that has been answering for a while.
 */
import { Meilisearch } from 'meilisearch';
import type { UnLanguage } from '../../corpus/vocab/labels.js';
import type { IndexNames } from '../../server/engine/client.js';
import { parseSearchQuery } from '../../server/search/params.js';
import { search } from '../../server/search/service.js';
import type { Operation, HttpCall } from './load.js';

export interface BenchQuery {
  q: string;
  lang: string;
  type: string;
  filters?: Partial<Record<'kind' | 'crime' | 'country' | 'lang' | 'article', string[]>> & { year_from?: number; year_to?: number };
}

export function queryParams(q: BenchQuery): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { q: q.q, locale: ['en', 'fr', 'es', 'ru', 'ar', 'zh'].includes(q.lang) ? q.lang : 'en' };
  for (const [k, v] of Object.entries(q.filters ?? {})) out[k] = Array.isArray(v) ? v : String(v);
  return out;
}

export function apiPath(q: BenchQuery): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(queryParams(q))) for (const x of Array.isArray(v) ? v : [v]) sp.append(k, x);
  return `/api/search?${sp.toString()}`;
}

export interface Captured {
  query: BenchQuery;
  apiPath: string;
  engine: Operation;
  total: number;
}

export async function captureEngineRequests(url: string, apiKey: string, idx: IndexNames, queries: BenchQuery[]): Promise<Captured[]> {
  let log: HttpCall[] = [];
  const client = new Meilisearch({
    host: url, apiKey,
    httpClient: async (input, init) => {
      const u = new URL(String(input));
      log.push({ method: (init?.method ?? 'GET') as 'GET' | 'POST', path: `${u.pathname}${u.search}`, body: typeof init?.body === 'string' ? init.body : undefined, headers: { authorization: `Bearer ${apiKey}` } });
      const res = await fetch(input, init);
      const text = await res.text();
      if (!res.ok) throw new Error(`engine ${res.status}: ${text.slice(0, 200)}`);
      return text ? JSON.parse(text) : undefined;
    },
  });
  const out: Captured[] = [];
  for (const q of queries) {
    const p = parseSearchQuery(queryParams(q));
    await search(client, idx, p, p.locale as UnLanguage);
    log = [];
    const r = await search(client, idx, p, p.locale as UnLanguage);
    // A list of its own: the next query's first run must not be appended to this one's.
    const engine = log;
    log = [];
    out.push({ query: q, apiPath: apiPath(q), engine, total: r.total });
  }
  return out;
}
