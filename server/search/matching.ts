/**
 * Every document a search matches, in the search's order, in batches: what export streams and the
 * feed reads. A concept query's set is its `cx_any` filter (fusion.ts): the fused documents first
 * (relevance order), then the rest newest first; a word query is its one engine query (with the
 * search's zero-hit fallback). The first batch is fetched before returning, so an engine outage
 * is still a clean 503 before any byte is sent.
 */
import type { Meilisearch, SearchParams } from 'meilisearch';
import { engineCall, type IndexNames } from '../engine/client.js';
import type { AnalyzedQuery } from './analyze.js';
import { filterExpressions, inFilter, type SearchFilters, type SearchQuery } from './params.js';
import { fuseDocuments, listQueries, restFilter, setFilter, type Fused, type FusionPlan } from './fusion.js';
import { baseParams, needsFrequencyRetry, sortFor } from './service.js';
import type { Rec } from './hits.js';

export interface Matching {
  total: number;
  /** Batches of records (document records, or a document's best record for a word query), in order. */
  batches: AsyncGenerator<Rec[]>;
}

type Params = SearchQuery & SearchFilters;

export async function matchingDocuments(client: Meilisearch, idx: IndexNames, p: Params, analysis: AnalyzedQuery, retrieve: string[], batch: number): Promise<Matching> {
  const fused = analysis.fusion ? await conceptMatching(client, idx, p, analysis, analysis.fusion, retrieve, batch) : null;
  return fused ?? wordMatching(client, idx, p, analysis, retrieve, batch);
}

async function conceptMatching(client: Meilisearch, idx: IndexNames, p: Params, analysis: AnalyzedQuery, plan: FusionPlan, retrieve: string[], batch: number): Promise<Matching | null> {
  const filter = filterExpressions(p);
  const sort = sortFor(p);
  const index = client.index(idx.records);
  let fused: Fused[] = [];
  if (!sort) {
    const { results } = await engineCall(() => client.multiSearch({ queries: listQueries(idx.records, analysis, plan, filter) }));
    fused = fuseDocuments(results, plan);
  }
  const restParams: SearchParams = { filter: sort ? setFilter(filter, plan) : restFilter(filter, plan, fused), sort: sort ?? ['dateSort:desc'], hitsPerPage: batch, attributesToRetrieve: retrieve };
  const firstRest = await engineCall(() => index.search('', { ...restParams, page: 1 }));
  const total = fused.length + (firstRest.totalHits ?? 0);
  if (!total) return null;
  async function* batches(): AsyncGenerator<Rec[]> {
    for (let i = 0; i < fused.length; i += batch) {
      const ids = fused.slice(i, i + batch).map((f) => f.docId);
      const r = await engineCall(() => index.search('', { filter: [inFilter('docId', ids), 'type = "document"'], limit: ids.length, attributesToRetrieve: retrieve }));
      const byId = new Map((r.hits as Rec[]).map((h) => [h.docId, h]));
      yield ids.flatMap((id) => byId.get(id) ?? []);
    }
    yield* pagesFrom(firstRest.hits as Rec[], batch, (page) => index.search('', { ...restParams, page }));
  }
  return { total, batches: batches() };
}

async function wordMatching(client: Meilisearch, idx: IndexNames, p: Params, analysis: AnalyzedQuery, retrieve: string[], batch: number): Promise<Matching> {
  const sort = sortFor(p);
  const index = client.index(idx.records);
  // The same engine query as GET /api/search (locale, matching strategy), so the rows are its hits.
  const params: SearchParams = { ...baseParams(analysis, filterExpressions(p)), distinct: 'docId', ...(sort ? { sort } : {}), hitsPerPage: batch, attributesToRetrieve: retrieve };
  let first = await engineCall(() => index.search(analysis.engineQuery, { ...params, page: 1 }));
  if (needsFrequencyRetry(first.totalHits, analysis)) {
    params.matchingStrategy = 'frequency';
    first = await engineCall(() => index.search(analysis.engineQuery, { ...params, page: 1 }));
  }
  const batches = pagesFrom(first.hits as Rec[], batch, (page) => index.search(analysis.engineQuery, { ...params, page }));
  return { total: first.totalHits ?? 0, batches };
}

/** The first page, then page 2, 3, … until a short one. */
async function* pagesFrom(first: Rec[], batch: number, fetchPage: (page: number) => Promise<{ hits: unknown[] }>): AsyncGenerator<Rec[]> {
  let hits = first;
  for (let page = 2; ; page++) {
    if (hits.length) yield hits;
    if (hits.length < batch) return;
    hits = (await engineCall(() => fetchPage(page))).hits as Rec[];
  }
}
