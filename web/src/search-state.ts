/**
 * The search state is the page's query string, in the API's own parameter names, so a page URL,
 * its API request, its CSV/JSON export and its Atom feed differ only in the path.
 */
import { articleShort, countryLabel, crimeLabel, kindLabel, languageLabel, t } from './i18n.js';

/** Facet name (in the response) → filter parameter (in the request). */
export const FACET_PARAM: Record<string, string> = { kind: 'kind', crime: 'crime', country: 'country', language: 'lang', article: 'article', topic: 'topic', level: 'level' };
/** `topic` and `level` (teaching modules) are shown when the API returns them. */
export const FACET_ORDER = ['kind', 'topic', 'level', 'crime', 'country', 'language', 'year', 'article'];
export const SORTS = ['relevance', 'date_desc', 'date_asc'] as const;
export const PER_PAGE = 20;

export interface Chip {
  key: string;
  label: string;
  without: URLSearchParams;
}

export function paramFor(facet: string): string {
  return FACET_PARAM[facet] ?? facet;
}

function valueLabel(param: string, value: string, labels: Map<string, string>): string {
  const fromFacet = labels.get(`${param}=${value}`);
  if (fromFacet) return fromFacet;
  switch (param) {
    case 'kind': return kindLabel(value);
    case 'crime': return crimeLabel(value);
    case 'country': return countryLabel(value);
    case 'lang': return languageLabel(value);
    case 'article': return articleShort(value);
    default: return value;
  }
}

/** Toggle one filter value; any change of filters goes back to page 1. */
export function toggled(params: URLSearchParams, param: string, value: string): URLSearchParams {
  const p = new URLSearchParams(params);
  const values = p.getAll(param);
  p.delete(param);
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  for (const v of next) p.append(param, v);
  p.delete('page');
  return p;
}

export function withYear(params: URLSearchParams, from: string | null, to: string | null): URLSearchParams {
  const p = new URLSearchParams(params);
  p.delete('year_from');
  p.delete('year_to');
  if (from) p.set('year_from', from);
  if (to) p.set('year_to', to);
  p.delete('page');
  return p;
}

export function isActive(params: URLSearchParams, facet: string, value: string): boolean {
  if (facet === 'year') return params.get('year_from') === value && params.get('year_to') === value;
  return params.getAll(paramFor(facet)).includes(value);
}

/** Active filters as removable chips. `fixed` parameters (e.g. kind=module on /modules) are not shown. */
export function chips(params: URLSearchParams, labels: Map<string, string>, fixed: string[] = []): Chip[] {
  const out: Chip[] = [];
  for (const [facet, param] of Object.entries(FACET_PARAM)) {
    if (fixed.includes(param)) continue;
    for (const v of params.getAll(param)) {
      const without = new URLSearchParams(params);
      without.delete(param);
      for (const o of params.getAll(param)) if (o !== v) without.append(param, o);
      without.delete('page');
      out.push({ key: `${param}=${v}`, label: t('search.chip', { facet: t(`search.facet.${facet}`), value: valueLabel(param, v, labels) }), without });
    }
  }
  const from = params.get('year_from');
  const to = params.get('year_to');
  if (from || to) {
    const value = from && to ? (from === to ? from : `${from}–${to}`) : from ? t('search.year_since', { year: from }) : t('search.year_until', { year: to });
    out.push({ key: 'year', label: t('search.chip', { facet: t('search.facet.year'), value }), without: withYear(params, null, null) });
  }
  return out;
}

export function hasFilters(params: URLSearchParams, fixed: string[] = []): boolean {
  return chips(params, new Map(), fixed).length > 0;
}
