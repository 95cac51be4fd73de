/** The public HTTP API as the front end uses it (DESIGN.md). Errors are problem+json. */
import { lang } from './i18n.js';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchHit {
  id: string;
  kind: string;
  title: string;
  title_en?: string | null;
  country: string;
  language: string;
  date: string | null;
  crimes: string[];
  articles: string[];
  snippet: string | null;
  provisions: { key: string; label: string; snippet: string | null }[];
  url: string | null;
}

export interface SearchResponse {
  /** What was searched: the concepts (crime categories, glossary terms) the query named, words dropped. */
  query: { q: string; concepts?: string[]; related_concepts?: string[]; concept_labels?: Record<string, string>; dropped_words?: string[] } | string;
  total: number;
  page: number;
  per_page: number;
  took_ms: number;
  hits: SearchHit[];
  facets: Record<string, FacetValue[]>;
}

export interface Provision {
  key: string;
  number: string | null;
  heading: string | null;
  text: string;
  type?: string;
  path: string[];
  crimes: string[];
  articles: string[];
}

export interface Evidence {
  tag: string;
  type: 'crime' | 'article' | 'crossCutting';
  how: 'source' | 'rule' | 'manual';
  terms: string[];
  provisions: string[];
  rule?: string;
}

export interface DocumentBody {
  id: string;
  kind: string;
  title: string;
  title_en: string | null;
  country: string;
  language: string;
  date: string | null;
  url: string | null;
  licence: string | null;
  summary: string | null;
  notes?: string | null;
  meta: Record<string, unknown>;
  source?: { repo?: string; path?: string; commit?: string; url?: string | null };
  provisions: Provision[];
  crimes: string[];
  articles: string[];
  evidence: Evidence[];
  pointer?: boolean;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly title: string, readonly detail: string) {
    super(detail || title);
  }
}

async function parse<T>(res: Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  let title = res.statusText;
  let detail = '';
  try {
    const p = (await res.json()) as { title?: string; detail?: string };
    title = p.title ?? title;
    detail = p.detail ?? '';
  } catch {
    /* not problem+json: keep the status text */
  }
  throw new ApiError(res.status, title, detail);
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'Network error', String(err));
  }
  return parse<T>(res);
}

export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', signal, headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'Network error', String(err));
  }
  return parse<T>(res);
}

/** Search parameters are the page's own query string plus the UI locale (labels of facets). */
export function searchUrl(params: URLSearchParams, endpoint = '/api/search'): string {
  const p = new URLSearchParams(params);
  p.set('locale', lang());
  return `${endpoint}?${p}`;
}

export function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

/** One provision in the comparison grid (GET /api/treaties/:code/articles/:n, GET /api/matrix). */
export interface GridCell {
  document: string;
  title: string;
  key: string;
  label: string;
  language: string;
  kind: string;
  url: string;
}

export interface GridCountry {
  code: string;
  label: string;
  /** Provisions per article code. */
  cells: Record<string, GridCell[]>;
  provisions: number;
}

export interface ArticleResponse {
  treaty: { code: string; label: string; short: string };
  article: { code: string; n: number; label: string | null };
  texts: { document: string; language: string; number: string | null; heading: string | null; title: string; text: string; url: string }[];
  countries: GridCountry[];
  total: number;
}

/** GET /api/documents/:id/provisions/:key */
export interface ProvisionResponse extends Provision {
  document: { id: string; kind: string; title: string; title_en: string | null; country: string; language: string; date: string | null; url: string | null };
}

/** POST /api/similar */
export interface SimilarResponse {
  query: { concepts: string[]; words: string[] };
  results: {
    document: string;
    title: string;
    key: string;
    label: string;
    country: string;
    language: string;
    kind: string;
    score: number;
    /** Start of the provision's text (plain text). */
    text: string;
    articles: string[];
    crimes: string[];
    /** Concepts (with their names in the request's locale), convention articles and crime categories the provision shares with the draft. */
    why: { shared_concepts: string[]; concept_labels: Record<string, string>; shared_articles: string[]; shared_crimes: string[] };
  }[];
}

/** GET /api/countries/:iso3 */
export interface CountryResponse {
  code: string;
  label: string;
  documents: number;
  by_kind: FacetValue[];
  by_crime: FacetValue[];
  by_language: FacetValue[];
  by_article: FacetValue[];
  key_instruments: { id: string; kind: string; title: string; title_en: string | null; date: string | null; provisions: number; url: string }[];
}
