/** Every vocabulary of the library, and `vocabulary(locale)`: all of them labelled in one UI language (`GET /api/vocab`). */
import type { UnLanguage } from './labels.js';
import { CRIMES } from './crimes.js';
import { KINDS } from './kinds.js';
import { LANGUAGES } from './languages.js';
import { COUNTRY_CODES, countryLabel } from './countries.js';
import { TREATIES } from './treaties.js';
import { CROSS_CUTTING } from './cross-cutting.js';

export * from './labels.js';
export * from './crimes.js';
export * from './kinds.js';
export * from './languages.js';
export * from './countries.js';
export * from './treaties.js';
export * from './cross-cutting.js';

export interface CodeLabel {
  code: string;
  label: string;
}

export interface Vocabulary {
  locale: UnLanguage;
  crimes: CodeLabel[];
  kinds: CodeLabel[];
  languages: CodeLabel[];
  /** ISO 3166-1 alpha-3 codes and `INT`. */
  countries: CodeLabel[];
  treaties: {
    code: string;
    label: string;
    short: string;
    parent: string | null;
    articles: { code: string; n: number; label: string }[];
  }[];
  crossCutting: { code: string; label: string; articles: string[] }[];
}

/** Plain JSON data: no functions, no shared references to the vocabulary constants. */
export function vocabulary(locale: UnLanguage): Vocabulary {
  return {
    locale,
    crimes: CRIMES.map((c) => ({ code: c.slug, label: c.labels[locale] })),
    kinds: KINDS.map((k) => ({ code: k.code, label: k.labels[locale] })),
    languages: LANGUAGES.map((l) => ({ code: l.code, label: l.labels[locale] })),
    // i18n-iso-countries has a name for every alpha-3 code in all six languages; the code is a last resort.
    countries: COUNTRY_CODES.map((code) => ({ code, label: countryLabel(code, locale) ?? code })),
    treaties: TREATIES.map((t) => ({
      code: t.code,
      label: t.labels[locale],
      short: t.short[locale],
      parent: t.parent,
      articles: t.articles.map((a) => ({ code: `${t.code}-${a.n}`, n: a.n, label: a.labels[locale] })),
    })),
    crossCutting: CROSS_CUTTING.map((c) => ({ code: c.code, label: c.labels[locale], articles: [...c.articles] })),
  };
}
