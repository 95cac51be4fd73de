/**
 * The concept path of the search (see fusion.ts for the model). Two engine round trips, as for a
 * word query:
 * 1. one multi-search: the result set's total and facets (a filter on `cx_any`, plus one query per
 *    filtered facet for disjunctive counts) and, for relevance order, the ranked lists to fuse;
 * 2. one multi-search: the document records of the page and, per list, its best provisions among
 *    them (fused the same way).
 * A page past the fused documents takes one more query for the rest of the set, newest first.
 * Returns null when no document carries the query's concepts under the filters: the caller then
 * searches the query as words.
 */
import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import type { UnLanguage } from '../../corpus/vocab/labels.js';
import { engineCall, splitMultiSearch, type IndexNames } from '../engine/client.js';
import type { AnalyzedQuery } from './analyze.js';
import { filterExpressions, inFilter, type SearchFilters, type SearchQuery } from './params.js';
import { FACETS } from './facets.js';
import { fuse, fuseDocuments, listQueries, provisionListQueries, provisionLists, restFilter, setFilter, type Fused, type FusionPlan } from './fusion.js';
import { RETRIEVE, PROVISION_RETRIEVE, PROVISIONS_PER_HIT, facetsOf, provisionHit, toHit, type Rec, type SearchResponse } from './hits.js';
import { conceptSnippet, firstField, leadSnippet } from './snippets.js';
import { responseQuery, sortFor } from './service.js';
import type { Timing } from './timing.js';

type Params = SearchQuery & SearchFilters;

export async function fusedSearch(client: Meilisearch, idx: IndexNames, p: Params, analysis: AnalyzedQuery, plan: FusionPlan, locale: UnLanguage, timing?: Timing): Promise<SearchResponse | null> {
  const filter = filterExpressions(p);
  const sort = sortFor(p);
  const start = (p.page - 1) * p.per_page;
  const set: MultiSearchQuery = {
    indexUid: idx.records, q: '', filter: setFilter(filter, plan),
    facets: FACETS.filter((f) => !f.filteredBy(p)).map((f) => f.attribute),
    // Date order is the set's own order; relevance order comes from the lists.
    ...(sort ? { sort, page: p.page, hitsPerPage: p.per_page, attributesToRetrieve: ['docId'] } : { page: 1, hitsPerPage: 0 }),
  };
  const facetQueries: MultiSearchQuery[] = FACETS.filter((f) => f.filteredBy(p)).map((f) => ({
    indexUid: idx.records, q: '', filter: setFilter(filterExpressions(p, f.param), plan), page: 1, hitsPerPage: 0, facets: [f.attribute],
  }));
  const lists = sort ? [] : listQueries(idx.records, analysis, plan, filter);
  const results = await splitMultiSearch(client, [set, ...facetQueries, ...lists]);
  const total = results[0].totalHits ?? 0;
  if (!total) return null;
  const facets = facetsOf(results.slice(0, 1 + facetQueries.length).map((r) => r.facetDistribution), p, locale);

  let pageIds: string[];
  if (sort) {
    pageIds = (results[0].hits as Rec[]).map((h) => h.docId);
  } else {
    const fused = fuseDocuments(results.slice(1 + facetQueries.length), plan);
    pageIds = fused.slice(start, start + p.per_page).map((f) => f.docId);
    if (pageIds.length < p.per_page && total > fused.length) pageIds.push(...await restOfSet(client, idx, filter, plan, fused, start, p.per_page - pageIds.length));
  }
  timing?.mark('engine-page');

  const hits = pageIds.length ? await pageHits(client, idx, filter, plan, analysis, pageIds, locale, timing) : [];
  timing?.mark('build');
  return {
    query: responseQuery(p, analysis, 'fused', locale),
    total,
    page: p.page,
    per_page: p.per_page,
    total_pages: Math.ceil(total / p.per_page),
    took_ms: 0,
    hits,
    facets,
  };
}

/** Documents of the set after the fused ones, newest first, from position `start` of the whole order. */
async function restOfSet(client: Meilisearch, idx: IndexNames, filter: string[], plan: FusionPlan, fused: Fused[], start: number, count: number): Promise<string[]> {
  const r = await engineCall(() => client.index(idx.records).search('', {
    filter: restFilter(filter, plan, fused), sort: ['dateSort:desc'], offset: Math.max(0, start - fused.length), limit: count, attributesToRetrieve: ['docId'],
  }));
  return (r.hits as Rec[]).map((h) => h.docId);
}

/** The page's document records and, fused over the lists, the best provisions of each (one multi-search). */
async function pageHits(client: Meilisearch, idx: IndexNames, filter: string[], plan: FusionPlan, analysis: AnalyzedQuery, ids: string[], locale: UnLanguage, timing?: Timing) {
  const lists = provisionLists(plan);
  const docs: MultiSearchQuery = {
    indexUid: idx.records, q: '', filter: [inFilter('docId', ids), 'type = "document"'], limit: ids.length, attributesToRetrieve: RETRIEVE,
  };
  const results = await splitMultiSearch(client, [docs, ...provisionListQueries(idx.records, analysis, lists, filter, ids, PROVISION_RETRIEVE)]);
  timing?.mark('engine-provisions');
  const best = new Map<string, Rec[]>();
  for (const { hit } of fuse(results.slice(1), lists, (h) => String(h.id))) {
    const r = hit as Rec;
    const list = best.get(r.docId) ?? [];
    if (list.length < PROVISIONS_PER_HIT) list.push(r);
    best.set(r.docId, list);
  }
  const byId = new Map((results[0].hits as Rec[]).map((h) => [h.docId, h]));
  return ids.flatMap((id) => {
    const d = byId.get(id);
    if (!d) return [];
    const provisions = (best.get(id) ?? []).map((r) => provisionHit(r, locale, analysis));
    // The document's own summary when it says what was asked; else its best provision's snippet.
    const summary = firstField(d, 'text_');
    const snippet = conceptSnippet(summary, String(d.language ?? ''), analysis.concepts, analysis.words) ?? provisions[0]?.snippet ?? leadSnippet(summary);
    return [toHit(d, provisions, snippet, locale)];
  });
}
