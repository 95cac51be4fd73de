/**
 * Search. A query that names glossary concepts goes to the concept path (fused-search.ts: every
 * document with any of its concepts, ranked by fusing one list per concept). Any other query (or
 * one whose concepts match nothing under the filters) is one engine query: one round trip for the
 * page of documents and the facets (a multi-search of the main query plus one query per filtered
 * facet, so each facet's counts reflect the *other* active filters), and one for the
 * best-matching provisions of the documents on the page.
 */
import type { Meilisearch, SearchParams, MultiSearchQuery } from 'meilisearch';
import type { UnLanguage } from '../../corpus/vocab/labels.js';
import { conceptToken } from '../../corpus/lexicon/concept-index.js';
import { expandConcepts } from '../../corpus/lexicon/hierarchy.js';
import { engineCall, type IndexNames } from '../engine/client.js';
import { analyzeQuery, type AnalyzedQuery } from './analyze.js';
import { conceptFrequencies } from './concept-stats.js';
import { planFusion } from './fusion.js';
import { fusedSearch } from './fused-search.js';
import { filterExpressions, inFilter, type SearchFilters, type SearchQuery } from './params.js';
import { PRE, POST } from './snippets.js';
import { FACETS } from './facets.js';
import { RETRIEVE, PROVISION_RETRIEVE, PROVISIONS_PER_HIT, facetsOf, pickFilters, provisionHit, snippetOf, toHit, type Rec, type SearchResponse } from './hits.js';
import type { Timing } from './timing.js';
import { conceptLabels } from './concept-labels.js';

export type { SearchHit, SearchResponse, ProvisionHit } from './hits.js';

const CROP = RETRIEVE.filter((f) => f.startsWith('text_'));
// Only the cropped text is shown highlighted (titles and headings are shown as stored), and
// highlighting is per-hit engine work: highlight nothing else.
const HIGHLIGHT = CROP;

export function sortFor(p: Pick<SearchQuery, 'sort' | 'q'>): string[] | undefined {
  if (p.sort === 'date_desc') return ['dateSort:desc'];
  if (p.sort === 'date_asc') return ['dateSort:asc'];
  return p.q.trim() ? undefined : ['dateSort:desc'];
}

/**
 * The engine query: concepts first, so matching strategy `last` (which drops words from the end)
 * keeps them longest; the query's language as the engine locale (see analyze.ts queryLocale).
 * `frequency` (drops the commonest words first, and words that match nothing) is the zero-hit fallback.
 */
export function baseParams(analysis: AnalyzedQuery, filter: string[], strategy: 'last' | 'frequency' = 'last'): SearchParams {
  return { q: analysis.engineQuery, filter, matchingStrategy: strategy, locales: [analysis.locale] };
}

/** Strategy `last` found nothing for a query of several words: worth one retry with `frequency`. */
export function needsFrequencyRetry(totalHits: number | undefined, analysis: AnalyzedQuery): boolean {
  return !totalHits && analysis.engineQuery.includes(' ');
}

/**
 * Query analysis plus what the engine is sent: the query's concepts that occur in some document,
 * in query order, then the remaining words; and the fusion plan (with the glossary's related
 * concepts) when any concept occurs.
 */
export async function analyze(client: Meilisearch, idx: IndexNames, q: string): Promise<AnalyzedQuery> {
  const a = analyzeQuery(q);
  if (!a.concepts.length) return a;
  const expansions = expandConcepts(a.concepts);
  const stats = await conceptFrequencies(client, idx, [...a.concepts, ...expansions.map((e) => e.id)].map(conceptToken));
  const concepts = a.concepts.filter((c) => (stats.df.get(conceptToken(c)) ?? 0) > 0);
  return { ...a, concepts, engineQuery: [...concepts.map(conceptToken), ...a.engineWords].join(' '), fusion: planFusion(a, stats, expansions) };
}

export async function search(client: Meilisearch, idx: IndexNames, p: SearchQuery & SearchFilters, locale: UnLanguage, timing?: Timing): Promise<SearchResponse> {
  const started = performance.now();
  const analysis = await analyze(client, idx, p.q);
  timing?.mark('analyze');
  if (analysis.fusion) {
    const fused = await fusedSearch(client, idx, p, analysis, analysis.fusion, locale, timing);
    if (fused) return { ...fused, took_ms: Math.round(performance.now() - started) };
  }
  return { ...(await wordSearch(client, idx, p, analysis, locale, timing)), took_ms: Math.round(performance.now() - started) };
}

async function wordSearch(client: Meilisearch, idx: IndexNames, p: SearchQuery & SearchFilters, analysis: AnalyzedQuery, locale: UnLanguage, timing?: Timing): Promise<SearchResponse> {
  const filter = filterExpressions(p);
  const sort = sortFor(p);
  const main: MultiSearchQuery = {
    indexUid: idx.records, ...baseParams(analysis, filter), distinct: 'docId', page: p.page, hitsPerPage: p.per_page,
    ...(sort ? { sort } : {}),
    facets: FACETS.filter((f) => !f.filteredBy(p)).map((f) => f.attribute),
    attributesToRetrieve: RETRIEVE, attributesToCrop: CROP, cropLength: 40, attributesToHighlight: HIGHLIGHT,
    highlightPreTag: PRE, highlightPostTag: POST, cropMarker: '…',
  };
  // Disjunctive facets: a filtered facet counts with every filter except its own.
  const facetQueries: MultiSearchQuery[] = FACETS.filter((f) => f.filteredBy(p)).map((f) => ({
    indexUid: idx.records, ...baseParams(analysis, filterExpressions(p, f.param)), distinct: 'docId', page: 1, hitsPerPage: 0, facets: [f.attribute],
  }));
  let { results } = await engineCall(() => client.multiSearch({ queries: [main, ...facetQueries] }));
  // Strategy `last` keeps the first word to the end, so a first word that occurs nowhere under the
  // filters empties the result; one retry with `frequency`, which drops such words.
  if (needsFrequencyRetry(results[0].totalHits, analysis)) {
    const retry = (q: MultiSearchQuery): MultiSearchQuery => ({ ...q, matchingStrategy: 'frequency' });
    ({ results } = await engineCall(() => client.multiSearch({ queries: [main, ...facetQueries].map(retry) })));
    analysis.strategy = 'frequency';
  }
  timing?.mark('engine-page');
  const [first, ...rest] = results;

  const pageHits = first.hits as Rec[];
  const docIds = [...new Set(pageHits.map((h) => h.docId))];
  const best = new Map<string, Rec[]>();
  if (docIds.length && analysis.engineQuery) {
    const provFilter = [...filter, inFilter('docId', docIds), 'type = "provision"'];
    const prov = await engineCall(() => client.index(idx.records).search(analysis.engineQuery, {
      filter: provFilter, matchingStrategy: analysis.strategy ?? 'last', locales: [analysis.locale], limit: Math.min(docIds.length * 6, 200),
      // No engine cropping here: it is per-hit work on every candidate (20–40 ms for 40 hits), while
      // only three per document are shown; their snippets are cut here, around the query's terms.
      attributesToRetrieve: PROVISION_RETRIEVE,
    }));
    timing?.mark('engine-provisions');
    for (const h of prov.hits as Rec[]) {
      const list = best.get(h.docId) ?? [];
      if (list.length < PROVISIONS_PER_HIT) list.push(h);
      best.set(h.docId, list);
    }
  }

  const hits = pageHits.map((h) => toHit(h, (best.get(h.docId) ?? (h.type === 'provision' ? [h] : [])).map((x) => provisionHit(x, locale, analysis)), snippetOf(h, analysis), locale));
  const total = first.totalHits ?? 0;
  timing?.mark('build');
  return {
    query: responseQuery(p, analysis, 'words', locale),
    total,
    page: p.page,
    per_page: p.per_page,
    total_pages: first.totalPages ?? Math.ceil(total / p.per_page),
    took_ms: 0,
    hits,
    facets: facetsOf([first.facetDistribution, ...rest.map((r) => r.facetDistribution)], p, locale),
  };
}

export function responseQuery(p: SearchQuery & SearchFilters, analysis: AnalyzedQuery, ranking: 'fused' | 'words', locale: UnLanguage): SearchResponse['query'] {
  const related = ranking === 'fused' ? (analysis.fusion?.lists ?? []).filter((l) => l.relation === 'narrower' || l.relation === 'broader').map((l) => l.concept ?? '') : [];
  return {
    q: p.q, engine_query: analysis.engineQuery, concepts: analysis.concepts, related_concepts: related,
    concept_labels: conceptLabels([...analysis.concepts, ...related], locale), dropped_words: analysis.dropped,
    ranking, filters: pickFilters(p), sort: p.sort,
  };
}
