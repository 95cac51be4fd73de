/**
 * The strings file the browser loads for one UI language: the UI catalogue `locales/<lang>.json`
 * (namespace `translation`) plus the labels of every vocabulary in that language (namespace
 * `vocab`), generated from corpus/vocab so they are never copied by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabulary } from '../corpus/vocab/index.js';
import { CRIMES } from '../corpus/vocab/crimes.js';
import type { Labels, UnLanguage } from '../corpus/vocab/labels.js';

export const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../locales');

export type Catalogue = { [key: string]: string | Catalogue };

export function uiCatalogue(lang: UnLanguage): Catalogue {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, `${lang}.json`), 'utf8')) as Catalogue;
}

export interface VocabNamespace {
  crime: Record<string, string>;
  kind: Record<string, string>;
  language: Record<string, string>;
  country: Record<string, string>;
  treaty: Record<string, string>;
  treatyShort: Record<string, string>;
  article: Record<string, string>;
  /** Crime names in all six languages: a search for "money laundering" highlights 洗钱 in a Chinese text. */
  crimeNames: Record<string, Labels>;
}

export function vocabNamespace(lang: UnLanguage): VocabNamespace {
  const v = vocabulary(lang);
  const map = (xs: { code: string; label: string }[]) => Object.fromEntries(xs.map((x) => [x.code, x.label]));
  return {
    crime: map(v.crimes),
    kind: map(v.kinds),
    language: map(v.languages),
    country: map(v.countries),
    treaty: Object.fromEntries(v.treaties.map((t) => [t.code, t.label])),
    treatyShort: Object.fromEntries(v.treaties.map((t) => [t.code, t.short])),
    article: Object.fromEntries(v.treaties.flatMap((t) => t.articles.map((a) => [a.code, a.label]))),
    crimeNames: Object.fromEntries(CRIMES.map((c) => [c.slug, { ...c.labels }])),
  };
}

export function localeBundle(lang: UnLanguage): { translation: Catalogue; vocab: VocabNamespace } {
  return { translation: uiCatalogue(lang), vocab: vocabNamespace(lang) };
}
