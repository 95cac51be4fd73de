import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { UN_LANGUAGES, type Labels, type UnLanguage } from './labels.js';

const require = createRequire(import.meta.url);
for (const lang of UN_LANGUAGES) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
}

/** `INT` marks international instruments and records. */
export const INTERNATIONAL = 'INT';
const INT_LABELS: Labels = {
  en: 'International', fr: 'International', es: 'Internacional', ru: 'Международные', ar: 'دولي', zh: '国际',
};

export const COUNTRY_CODES: readonly string[] = [...Object.keys(countries.getAlpha3Codes()).sort(), INTERNATIONAL];
const COUNTRY_SET = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return COUNTRY_SET.has(code);
}

export function countryLabel(code: string, lang: UnLanguage): string | undefined {
  if (code === INTERNATIONAL) return INT_LABELS[lang];
  return countries.getName(code, lang) ?? undefined;
}

export function countryLabels(code: string): Labels | undefined {
  if (!isCountryCode(code)) return undefined;
  return Object.fromEntries(UN_LANGUAGES.map((l) => [l, countryLabel(code, l) ?? code])) as Labels;
}
