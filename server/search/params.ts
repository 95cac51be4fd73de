/**
 * Search parameters, validated with zod; shared by search, export and feed. Filter values come
 * from the vocabularies, so an unknown value is a 400 that names the parameter and lists what
 * is allowed — and nothing a client sends reaches the engine's filter syntax unvalidated.
 */
import { z } from 'zod';
import { CRIME_SLUGS } from '../../corpus/vocab/crimes.js';
import { KIND_CODES } from '../../corpus/vocab/kinds.js';
import { LANGUAGE_CODES } from '../../corpus/vocab/languages.js';
import { UN_LANGUAGES } from '../../corpus/vocab/labels.js';
import { COUNTRY_CODES } from '../../corpus/vocab/countries.js';
import { isArticleCode } from '../../corpus/vocab/treaties.js';
import { ValidationError, type FieldError } from '../errors/index.js';

export const SORTS = ['relevance', 'date_desc', 'date_asc'] as const;
export const MAX_QUERY_CHARS = 1000;

const many = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(200)).max(50));
const intParam = (min: number, max: number, def: number) =>
  z.preprocess((v) => (v === undefined || v === '' ? def : Array.isArray(v) ? v.at(-1) : v), z.coerce.number().int().min(min).max(max));
const optYear = z.preprocess((v) => (v === undefined || v === '' ? undefined : Array.isArray(v) ? v.at(-1) : v), z.coerce.number().int().min(0).max(9999).optional());
const single = <T extends z.ZodType>(t: T) => z.preprocess((v) => (Array.isArray(v) ? v.at(-1) : v), t);

export const SearchQuery = z.object({
  q: single(z.string().max(MAX_QUERY_CHARS, `expected at most ${MAX_QUERY_CHARS} characters`).default('')),
  kind: many,
  crime: many,
  country: many,
  lang: many,
  article: many,
  year_from: optYear,
  year_to: optYear,
  sort: single(z.enum(SORTS).default('relevance')),
  page: intParam(1, 1_000_000, 1),
  per_page: intParam(1, 100, 10),
  locale: single(z.enum(UN_LANGUAGES).default('en')),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export interface SearchFilters {
  kind: string[];
  crime: string[];
  country: string[];
  lang: string[];
  article: string[];
  year_from?: number;
  year_to?: number;
}

function vocabCheck(field: string, values: string[], allowed: readonly string[], what: string, errors: FieldError[], normalise = (v: string) => v): string[] {
  const set = new Set(allowed);
  const out: string[] = [];
  for (const raw of values) {
    const v = normalise(raw.trim());
    if (set.has(v)) out.push(v);
    else errors.push({ field, message: `unknown ${what} '${raw.slice(0, 80)}'; expected one of ${allowed.length > 30 ? `${allowed.slice(0, 30).join(', ')}, …` : allowed.join(', ')}`, expected: allowed.length > 300 ? undefined : [...allowed] });
  }
  return [...new Set(out)];
}

/** Turn zod issues into field errors the problem+json envelope carries. */
export function zodFieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((i) => {
    const field = `${prefix}${i.path.join('.') || '(root)'}`;
    const options = 'values' in i && Array.isArray(i.values) ? (i.values as unknown[]).map(String) : undefined;
    return { field, message: options ? `invalid ${field}; expected one of ${options.join(', ')}` : `invalid ${field}: ${i.message}`, ...(options ? { expected: options } : {}) };
  });
}

export function parseSearchQuery(query: unknown): SearchQuery & SearchFilters {
  const parsed = SearchQuery.safeParse(query ?? {});
  if (!parsed.success) throw new ValidationError(zodFieldErrors(parsed.error));
  const p = parsed.data;
  const errors: FieldError[] = [];
  const out = {
    ...p,
    kind: vocabCheck('kind', p.kind, KIND_CODES, 'kind', errors),
    crime: vocabCheck('crime', p.crime, CRIME_SLUGS, 'crime category', errors),
    country: vocabCheck('country', p.country, COUNTRY_CODES, 'country', errors, (v) => v.toUpperCase()),
    lang: vocabCheck('lang', p.lang, LANGUAGE_CODES, 'language', errors, (v) => v.toLowerCase()),
    article: p.article.map((a) => a.trim().toUpperCase()).filter((a, i) => {
      if (isArticleCode(a)) return true;
      errors.push({ field: 'article', message: `unknown convention article '${p.article[i].slice(0, 80)}'; expected a code such as UNTOC-5, TIP-3, SOM-6, FP-5 (see /api/vocab)` });
      return false;
    }),
  };
  if (p.year_from !== undefined && p.year_to !== undefined && p.year_from > p.year_to) {
    errors.push({ field: 'year_from', message: `year_from ${p.year_from} is after year_to ${p.year_to}; expected year_from <= year_to` });
  }
  if (errors.length) throw new ValidationError(errors);
  return out;
}

/** Meilisearch filter expressions; values are vocabulary codes (validated above) and are quoted anyway. */
/** `attr IN [...]` with each value quoted for the engine's filter syntax. */
export function inFilter(attr: string, values: readonly string[]): string {
  return `${attr} IN [${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}

export function filterExpressions(f: SearchFilters, omit?: keyof SearchFilters): string[] {
  const out: string[] = [];
  if (f.kind.length && omit !== 'kind') out.push(inFilter('kind', f.kind));
  if (f.crime.length && omit !== 'crime') out.push(inFilter('crimes', f.crime));
  if (f.country.length && omit !== 'country') out.push(inFilter('country', f.country));
  if (f.lang.length && omit !== 'lang') out.push(inFilter('language', f.lang));
  if (f.article.length && omit !== 'article') out.push(inFilter('articles', f.article));
  if (omit !== 'year_from' && f.year_from !== undefined) out.push(`year >= ${f.year_from}`);
  if (omit !== 'year_from' && f.year_to !== undefined) out.push(`year <= ${f.year_to}`);
  return out;
}
