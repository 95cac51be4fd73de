/** The shape of search hits and how engine records become them (shared by both search paths). */
import { fields } from '../../ingest/index/records.js';
import type { UnLanguage } from '../../corpus/vocab/labels.js';
import type { AnalyzedQuery } from './analyze.js';
import type { SearchFilters } from './params.js';
import { PRE, markHtml, firstField, conceptSnippet, leadSnippet } from './snippets.js';
import { labelFacet, FACETS, type FacetName, type FacetValue } from './facets.js';

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
  query: {
    q: string; engine_query: string; concepts: string[]; related_concepts: string[];
    /** Names of `concepts` and `related_concepts` in the response's locale. */
    concept_labels: Record<string, string>;
    dropped_words: string[];
    /** `fused`: concept lists fused (fusion.ts); `words`: one engine query. */
    ranking: 'fused' | 'words';
    filters: SearchFilters; sort: string;
  };
  total: number;
  page: number;
  per_page: number;
  total_pages: number;
  took_ms: number;
  hits: SearchHit[];
  facets: Record<FacetName, FacetValue[]>;
}

export type Rec = Record<string, unknown> & { id: string; docId: string; type: string; key: string | null; _formatted?: Record<string, unknown> };

export const RETRIEVE = ['id', 'docId', 'type', 'key', 'number', 'heading', 'kind', 'country', 'language', 'date', 'year', 'crimes', 'articles', 'doc_title', 'doc_title_en', ...fields('title'), 'title_en', ...fields('text')];
export const PROVISION_RETRIEVE = ['id', 'docId', 'type', 'key', 'number', 'heading', 'language', ...fields('text')];
/** Provisions shown per document. */
export const PROVISIONS_PER_HIT = 3;

/** The engine's highlighted crop when it marked something; else a snippet around the query's concepts in the text's language. */
export function snippetOf(x: Rec, analysis: AnalyzedQuery): string {
  const crop = firstField(x._formatted, 'text_');
  if (crop.includes(PRE) || (crop && !analysis.engineQuery)) return markHtml(crop);
  const text = firstField(x, 'text_');
  return conceptSnippet(text, String(x.language ?? ''), analysis.concepts, analysis.words) ?? (crop ? markHtml(crop) : leadSnippet(text));
}

export function provisionHit(x: Rec, locale: string, analysis: AnalyzedQuery): ProvisionHit {
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

/** A hit from a document's best record (a provision or the document record) and its best provisions. */
export function toHit(h: Rec, provisions: ProvisionHit[], snippet: string, locale: string): SearchHit {
  const doc = h.type === 'document';
  return {
    id: h.docId,
    kind: h.kind as string,
    title: (doc ? firstField(h, 'title_') : (h.doc_title as string)) || h.docId,
    title_en: ((doc ? h.title_en : h.doc_title_en) as string | null | undefined) ?? null,
    country: h.country as string,
    language: h.language as string,
    date: (h.date as string | null) ?? null,
    year: (h.year as number | null) ?? null,
    crimes: (h.crimes as string[]) ?? [],
    articles: (h.articles as string[]) ?? [],
    snippet,
    provisions,
    url: `/${locale}/documents/${h.docId}`,
  };
}

/** Facet counts of the main query merged with those of the per-facet queries, labelled. */
export function facetsOf(distributions: (Record<string, Record<string, number>> | undefined)[], p: SearchFilters, locale: UnLanguage): Record<FacetName, FacetValue[]> {
  const distribution: Record<string, Record<string, number>> = {};
  for (const d of distributions) Object.assign(distribution, d ?? {});
  return Object.fromEntries(FACETS.map((f) => [f.name, labelFacet(f, distribution[f.attribute] ?? {}, locale, f.selected(p))])) as Record<FacetName, FacetValue[]>;
}

export function pickFilters(p: SearchFilters): SearchFilters {
  return { kind: p.kind, crime: p.crime, country: p.country, lang: p.lang, article: p.article, year_from: p.year_from, year_to: p.year_to };
}
