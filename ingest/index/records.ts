/**
 * The shape of the search index, next to the function that maps a document to its records.
 *
 * One `records` index holds a record per document (title, summary, metadata) and a record per
 * provision, so long documents are searchable in full (Meilisearch indexes only the first 65,535
 * words of a field). Text goes into a field per language (`text_zh`, `text_ar`, ...) so that
 * `localizedAttributes` tokenises each language right. Every record carries its document's
 * kind, country, language, year and tags (ancestors on every record), so filters and facets
 * count documents consistently; provision-level tags are in `p_crimes` / `p_articles`.
 *
 * Cross-lingual: `cx_title`, `cx_heading`, `cx_text` hold the concept tokens of the glossary
 * terms found in those fields (corpus/lexicon/concept-index.ts); `cx_tags` the tokens of the
 * document's crime categories; `cx_doc` (document record only) every concept found anywhere in
 * the document and not already in its title or summary, so that a query whose concepts sit in
 * different provisions still finds the document (ranked after records where they occur together:
 * the field is searched last, and its tokens are far apart for the proximity rule).
 * A query's concepts are searched as the same tokens.
 *
 * Morphology: `st_title_<lang>`, `st_heading_<lang>`, `st_text_<lang>` hold the Snowball stems of
 * those fields (corpus/lexicon/stem.ts; none for Chinese), tokenised with the language's locale like
 * the text, and a query's remaining words are sent as stems, so an inflected query word meets every
 * inflection of it in the text.
 * The concept-token fields are tokenised as English: the engine's German compound splitting
 * (a guessed locale) would otherwise cut the tokens apart.
 *
 * Record ids: the document id, or `<documentId>__<key>` for a provision, with `.` in the key
 * written `_` (Meilisearch ids allow only [A-Za-z0-9_-]; keys never contain `_`).
 */
import type { Settings } from 'meilisearch';
import type { NormalisedDocument } from '../../corpus/schema.js';
import { MEILI_LOCALE } from '../../corpus/vocab/languages.js';
import { CRIMES } from '../../corpus/vocab/crimes.js';
import { UN_LANGUAGES } from '../../corpus/vocab/labels.js';
import { CONCEPTS, conceptToken, conceptTokens } from '../../corpus/lexicon/concept-index.js';
import { stemText } from '../../corpus/lexicon/stem.js';

/** Languages with their own text fields; anything else goes to `*_xx`. */
export const TEXT_LANGS = ['zh', 'ar', 'en', 'fr', 'es', 'ru', 'de', 'pt', 'nl', 'xx'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];

export function textLang(language: string): TextLang {
  if (language === 'mul') return 'en';
  return (TEXT_LANGS as readonly string[]).includes(language) ? (language as TextLang) : 'xx';
}

export function recordId(documentId: string, key?: string): string {
  return key ? `${documentId}__${key.replace(/\./g, '_')}` : documentId;
}

export function parseRecordId(id: string): { documentId: string; key: string | null } {
  const i = id.indexOf('__');
  return i < 0 ? { documentId: id, key: null } : { documentId: id.slice(0, i), key: id.slice(i + 2).replace(/_/g, '.') };
}

export interface SearchRecord {
  id: string;
  type: 'document' | 'provision';
  docId: string;
  key: string | null;
  number: string | null;
  kind: string;
  country: string;
  language: string;
  year: number | null;
  date: string | null;
  /** YYYYMMDD as a number (missing parts are 00), for sorting; 0 when undated. */
  dateSort: number;
  crimes: string[];
  articles: string[];
  crossCutting: string[];
  p_crimes: string[];
  p_articles: string[];
  /** Position of the provision in its document (0 for the document record). */
  order: number;
  provisionCount: number;
  pointer: boolean;
  [field: string]: unknown;
}

export function dateSort(date: string | null): number {
  if (!date) return 0;
  const [y, m = '00', d = '00'] = date.split('-');
  return Number(`${y}${m}${d}`);
}

/** Map a normalised document to its search records. */
export function toRecords(doc: NormalisedDocument): SearchRecord[] {
  const L = textLang(doc.language);
  const treaty = typeof doc.meta.treaty === 'string' ? doc.meta.treaty : null;
  const common = {
    treaty,
    docId: doc.id, kind: doc.kind, country: doc.country, language: doc.language, year: doc.year, date: doc.date,
    dateSort: dateSort(doc.date), crimes: doc.crimes, articles: doc.articles, crossCutting: doc.crossCutting,
    provisionCount: doc.provisions.length, pointer: doc.pointer,
  };
  const docRecord: SearchRecord = {
    id: recordId(doc.id), type: 'document', key: null, number: null, ...common, p_crimes: doc.crimes, p_articles: doc.articles, order: 0,
    [`title_${L}`]: doc.title,
    [`text_${L}`]: doc.summary ?? '',
    cx_title: joinTokens(conceptTokens(doc.title, doc.language), doc.title_en ? conceptTokens(doc.title_en, 'en') : ''),
    cx_text: conceptTokens(doc.summary ?? '', doc.language),
    cx_tags: doc.crimes.filter((c) => CONCEPTS.has(c)).map(conceptToken).join(' '),
    [`st_title_${L}`]: stemText(doc.title, L),
    [`st_text_${L}`]: stemText(doc.summary ?? '', L),
  };
  if (doc.title_en && L !== 'en') docRecord.st_title_en = stemText(doc.title_en, 'en');
  if (doc.title_en && L !== 'en') docRecord.title_en = doc.title_en;
  const citation = typeof doc.meta.citation === 'string' ? doc.meta.citation : null;
  if (citation) docRecord.citation = citation;
  const records = [docRecord];
  const everywhere = new Set<string>();
  doc.provisions.forEach((p, i) => {
    records.push({
      id: recordId(doc.id, p.key), type: 'provision', key: p.key, number: p.number, ...common,
      doc_title: doc.title, doc_title_en: doc.title_en, heading: p.heading,
      p_crimes: p.crimes, p_articles: p.articles, order: i + 1,
      [`heading_${L}`]: p.heading ?? '',
      [`path_${L}`]: p.path.join(' › '),
      [`text_${L}`]: p.text,
      cx_heading: joinTokens(conceptTokens(p.heading ?? '', doc.language), conceptTokens(p.path.at(-1) ?? '', doc.language)),
      cx_text: conceptTokens(p.text, doc.language),
      [`st_heading_${L}`]: stemText(p.heading ?? '', L),
      [`st_text_${L}`]: stemText(p.text, L),
    });
    const last = records[records.length - 1];
    for (const t of `${last.cx_heading as string} ${last.cx_text as string}`.split(' ')) if (t) everywhere.add(t);
  });
  // Every concept of the document, wherever it occurs: a query's concepts need not share a provision.
  for (const t of `${docRecord.cx_title as string} ${docRecord.cx_text as string}`.split(' ')) everywhere.delete(t);
  docRecord.cx_doc = [...everywhere].join(' ');
  // The same tokens as a filterable list: a query's result set is "documents with any of its
  // concepts" (server/search/fusion.ts), which the engine's word matching cannot express.
  docRecord.cx_any = [...new Set(`${docRecord.cx_title as string} ${docRecord.cx_text as string} ${docRecord.cx_tags as string} ${docRecord.cx_doc}`.split(' ').filter(Boolean))].sort();
  return records;
}

function joinTokens(...parts: string[]): string {
  return [...new Set(parts.join(' ').split(' ').filter(Boolean))].join(' ');
}

/** The per-language fields of a prefix (`text_zh`, `text_ar`, …): Meilisearch takes no wildcards in attribute lists. */
export const fields = (prefix: string): string[] => TEXT_LANGS.map((l) => `${prefix}_${l}`);

/** Synonyms between the six UN-language names of each crime category (the public vocabulary). */
export function crimeSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of CRIMES) {
    const names = UN_LANGUAGES.map((l) => c.labels[l].toLowerCase());
    for (const n of names) out[n] = [...new Set([...(out[n] ?? []), ...names.filter((x) => x !== n)])];
  }
  return out;
}

export const RECORD_SETTINGS: Settings = {
  searchableAttributes: [
    ...fields('title'), ...fields('st_title'), 'cx_title', 'citation', 'number', ...fields('heading'), ...fields('st_heading'), 'cx_heading', 'cx_tags', ...fields('text'), ...fields('st_text'), 'cx_text', ...fields('path'), 'cx_doc',
  ],
  filterableAttributes: ['id', 'type', 'docId', 'cx_any', 'key', 'treaty', 'kind', 'country', 'language', 'year', 'crimes', 'articles', 'crossCutting', 'p_crimes', 'p_articles', 'pointer'],
  sortableAttributes: ['dateSort', 'order'],
  displayedAttributes: ['*'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  localizedAttributes: [
    ...Object.entries(MEILI_LOCALE).map(([lang, locale]) => ({ attributePatterns: [`*_${lang}`], locales: [locale as string] })),
    { attributePatterns: ['cx_*'], locales: ['eng'] },
  ],
  pagination: { maxTotalHits: 1_000_000 },
  faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } },
  synonyms: crimeSynonyms(),
  // Facet values are only counted, never searched: no facet-search structures to build at ingest.
  facetSearch: false,
  typoTolerance: { minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnAttributes: ['cx_title', 'cx_heading', 'cx_tags', 'cx_text', 'cx_doc', 'number'] },
};

/** The documents index stores whole normalised documents for retrieval by id; nothing in it is searched. */
export const DOCUMENT_SETTINGS: Settings = {
  searchableAttributes: ['id'],
  filterableAttributes: ['id', 'kind', 'country'],
  facetSearch: false,
  displayedAttributes: ['*'],
  pagination: { maxTotalHits: 1_000_000 },
};
