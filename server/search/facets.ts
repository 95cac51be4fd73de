/** Facets of the search response, with labels in the requested locale from the vocabularies. */
import type { UnLanguage } from '../../corpus/vocab/labels.js';
import { CRIMES } from '../../corpus/vocab/crimes.js';
import { KINDS } from '../../corpus/vocab/kinds.js';
import { LANGUAGES } from '../../corpus/vocab/languages.js';
import { countryLabel } from '../../corpus/vocab/countries.js';
import { articleLabel, parseArticleCode, treatyByCode } from '../../corpus/vocab/treaties.js';
import type { SearchFilters } from './params.js';

export type FacetName = 'kind' | 'crime' | 'country' | 'language' | 'year' | 'article';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface FacetDef {
  name: FacetName;
  attribute: string;
  param: keyof SearchFilters;
  filteredBy(p: SearchFilters): boolean;
  selected(p: SearchFilters): string[];
}

export const FACETS: FacetDef[] = [
  { name: 'kind', attribute: 'kind', param: 'kind', filteredBy: (p) => p.kind.length > 0, selected: (p) => p.kind },
  { name: 'crime', attribute: 'crimes', param: 'crime', filteredBy: (p) => p.crime.length > 0, selected: (p) => p.crime },
  { name: 'country', attribute: 'country', param: 'country', filteredBy: (p) => p.country.length > 0, selected: (p) => p.country },
  { name: 'language', attribute: 'language', param: 'lang', filteredBy: (p) => p.lang.length > 0, selected: (p) => p.lang },
  { name: 'year', attribute: 'year', param: 'year_from', filteredBy: (p) => p.year_from !== undefined || p.year_to !== undefined, selected: () => [] },
  { name: 'article', attribute: 'articles', param: 'article', filteredBy: (p) => p.article.length > 0, selected: (p) => p.article },
];

const crimeLabels = new Map(CRIMES.map((c) => [c.slug as string, c.labels]));
const kindLabels = new Map(KINDS.map((k) => [k.code as string, k.labels]));
const langLabels = new Map(LANGUAGES.map((l) => [l.code as string, l.labels]));

export function labelOf(facet: FacetName, value: string, locale: UnLanguage): string {
  switch (facet) {
    case 'crime': return crimeLabels.get(value)?.[locale] ?? value;
    case 'kind': return kindLabels.get(value)?.[locale] ?? value;
    case 'language': return langLabels.get(value)?.[locale] ?? value;
    case 'country': return countryLabel(value, locale) ?? value;
    case 'article': {
      const a = parseArticleCode(value);
      const t = a ? treatyByCode(a.treaty) : undefined;
      return t && a ? `${t.short[locale]} ${a.n} — ${articleLabel(value, locale) ?? ''}`.trim() : value;
    }
    default: return value;
  }
}

export function labelFacet(f: FacetDef, dist: Record<string, number>, locale: UnLanguage, selected: string[]): FacetValue[] {
  const values = Object.entries(dist).map(([value, count]) => ({ value, label: labelOf(f.name, value, locale), count, selected: selected.includes(value) }));
  for (const s of selected) if (!dist[s]) values.push({ value: s, label: labelOf(f.name, s, locale), count: 0, selected: true });
  return f.name === 'year' ? values.sort((a, b) => Number(b.value) - Number(a.value)) : values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
