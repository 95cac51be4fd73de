/**
 * Search: one engine round trip for the page of documents and the facets (a multi-search of
 * the main query plus one query per filtered facet, so each facet's counts reflect the *other*
 * active filters), and one for the best-matching provisions of the documents on the page.
 */
import { fields } from '../../ingest/index/records.js';
import type { Meilisearch, SearchParams, MultiSearchQuery } from 'meilisearch';
import type { UnLanguage } from '../../corpus/vocab/labels.js';
import { engineCall, type IndexNames } from '../engine/client.js';
import { analyzeQuery, type AnalyzedQuery } from './analyze.js';
import { presentConceptTokens } from './concept-stats.js';
import { filterExpressions, type SearchFilters, type SearchQuery } from './params.js';
import { PRE, POST, markHtml, firstField, conceptSnippet, leadSnippet } from './snippets.js';
import { labelFacet, FACETS, type FacetName, type FacetValue } from './facets.js';
import type { Timing } from './timing.js';

export interface ProvisionHit {
  key: string;
  number: string | null;
  heading: string | null;
  label: string;
  snippet: string;
  url: string;
}

export interface SearchHit {
  id: string;
  kind: string;
  title: string;
  title_en: string | null;
  country: string;
  language: string;
  date: string | null;
  year: number | null;
  crimes: string[];
  articles: string[];
  snippet: string;
  provisions: ProvisionHit[];
  url: string;
}

export interface SearchResponse {
  query: { q: string; engine_query: string; concepts: string[]; dropped_words: string[]; filters: SearchFilters; sort: string };
  total: number;
  page: number;
  per_page: number;
  total_pages: number;
  took_ms: number;
  hits: SearchHit[];
  facets: Record<FacetName, FacetValue[]>;
}

type Rec = Record<string, unknown> & { id: string; docId: string; type: string; key: string | null; _formatted?: Record<string, unknown> };

const RETRIEVE = ['id', 'docId', 'type', 'key', 'number', 'heading', 'kind', 'country', 'language', 'date', 'year', 'crimes', 'articles', 'doc_title', 'doc_title_en', ...fields('title'), 'title_en', ...fields('text')];
const CROP = [...fields('text')];
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

/** Query analysis plus the engine query: the query's concepts that occur in the index, in query order, then the remaining words. */
export async function analyze(client: Meilisearch, idx: IndexNames, q: string): Promise<AnalyzedQuery> {
  const a = analyzeQuery(q);
  if (!a.concepts.length) return a;
  const { tokens, absent } = await presentConceptTokens(client, idx, a.concepts);
  return { ...a, concepts: a.concepts.filter((c) => !absent.includes(c)), engineQuery: [...tokens, ...a.engineWords].join(' ') };
}

export async function search(client: Meilisearch, idx: IndexNames, p: SearchQuery & SearchFilters, locale: UnLanguage, timing?: Timing): Promise<SearchResponse> {
  const started = performance.now();
  const analysis = await analyze(client, idx, p.q);
  timing?.mark('analyze');
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
  const distribution: Record<string, Record<string, number>> = { ...(first.facetDistribution ?? {}) };
  for (const r of rest) Object.assign(distribution, r.facetDistribution ?? {});

  const pageHits = first.hits as Rec[];
  const docIds = [...new Set(pageHits.map((h) => h.docId))];
  const best = new Map<string, Rec[]>();
  if (docIds.length && analysis.engineQuery) {
    const provFilter = [...filter, `docId IN [${docIds.map((d) => JSON.stringify(d)).join(', ')}]`, 'type = "provision"'];
    const prov = await engineCall(() => client.index(idx.records).search(analysis.engineQuery, {
      filter: provFilter, matchingStrategy: analysis.strategy ?? 'last', locales: [analysis.locale], limit: Math.min(docIds.length * 6, 200),
      // No engine cropping here: it is per-hit work on every candidate (20–40 ms for 40 hits), while
      // only three per document are shown; their snippets are cut here, around the query's terms.
      attributesToRetrieve: ['id', 'docId', 'type', 'key', 'number', 'heading', 'language', ...fields('text')],
    }));
    timing?.mark('engine-provisions');
    for (const h of prov.hits as Rec[]) {
      const list = best.get(h.docId) ?? [];
      if (list.length < 3) list.push(h);
      best.set(h.docId, list);
    }
  }

  const hits: SearchHit[] = pageHits.map((h) => {
    const provisions = (best.get(h.docId) ?? (h.type === 'provision' ? [h] : [])).map((x) => provisionHit(x, locale, analysis));
    const title = (h.type === 'document' ? firstField(h, 'title_') : (h.doc_title as string)) || h.docId;
    return {
      id: h.docId,
      kind: h.kind as string,
      title,
      title_en: ((h.type === 'document' ? h.title_en : h.doc_title_en) as string | null | undefined) ?? null,
      country: h.country as string,
      language: h.language as string,
      date: (h.date as string | null) ?? null,
      year: (h.year as number | null) ?? null,
      crimes: (h.crimes as string[]) ?? [],
      articles: (h.articles as string[]) ?? [],
      snippet: snippetOf(h, analysis),
      provisions,
      url: `/${locale}/documents/${h.docId}`,
    };
  });
  const total = first.totalHits ?? 0;
  timing?.mark('build');
  return {
    query: { q: p.q, engine_query: analysis.engineQuery, concepts: analysis.concepts, dropped_words: analysis.dropped, filters: pickFilters(p), sort: p.sort },
    total,
    page: p.page,
    per_page: p.per_page,
    total_pages: first.totalPages ?? Math.ceil(total / p.per_page),
    took_ms: Math.round(performance.now() - started),
    hits,
    facets: Object.fromEntries(FACETS.map((f) => [f.name, labelFacet(f, distribution[f.attribute] ?? {}, locale, f.selected(p))])) as Record<FacetName, FacetValue[]>,
  };
}

/** The engine's highlighted crop when it marked something; else a snippet around the query's concepts in the text's language. */
function snippetOf(x: Rec, analysis: AnalyzedQuery): string {
  const crop = firstField(x._formatted, 'text_');
  if (crop.includes(PRE) || (crop && !analysis.engineQuery)) return markHtml(crop);
  const text = firstField(x, 'text_');
  return conceptSnippet(text, String(x.language ?? ''), analysis.concepts, analysis.words) ?? (crop ? markHtml(crop) : leadSnippet(text));
}

function provisionHit(x: Rec, locale: string, analysis: AnalyzedQuery): ProvisionHit {
  const number = (x.number as string | null) ?? null;
  const heading = (x.heading as string | null) ?? null;
  return {
    key: x.key ?? '',
    number,
    heading,
    label: [number, heading].filter(Boolean).join(' ') || (x.key ?? ''),
    snippet: snippetOf(x, analysis),
    url: `/${locale}/documents/${x.docId}#${x.key ?? ''}`,
  };
}

export function pickFilters(p: SearchFilters): SearchFilters {
  return { kind: p.kind, crime: p.crime, country: p.country, lang: p.lang, article: p.article, year_from: p.year_from, year_to: p.year_to };
}
