/**
 * Snowball stems for search: the same function runs at ingest (each record's title, heading and
 * text become `st_*` fields of stems, see ingest/index/records.ts) and on a query's remaining
 * words (server/search/analyze.ts), so "незаконных посевов" meets "незаконные посевы" and
 * "obligaciones" meets "obligación". Words are normalised first (normalize.ts: lowercase, no
 * Latin diacritics, unified Arabic letters) and Arabic clitics stripped (concept-index.ts
 * lookupWords), so both sides are cut the same way. Languages without a stemmer (Chinese and
 * anything unknown) yield no stems: their text is searched as the engine segments it.
 */
import { createRequire } from 'node:module';
import { lookupWords } from './concept-index.js';

interface Stemmer { stem(word: string): string }
interface SnowballFactory { newStemmer(algorithm: string): Stemmer }

// The package is CommonJS without types; its API is two functions.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as SnowballFactory;

const ALGORITHMS: Readonly<Record<string, string>> = {
  en: 'english', fr: 'french', es: 'spanish', pt: 'portuguese', de: 'german', nl: 'dutch', ru: 'russian', ar: 'arabic',
};

const stemmers = new Map<string, Stemmer>();
const caches = new Map<string, Map<string, string>>();
const CACHE_LIMIT = 200_000;

/** True when `lang` (a BCP-47 primary subtag) has a stemmer here. */
export function hasStemmer(lang: string): boolean {
  return lang in ALGORITHMS;
}

/** The stem of one lowercase word in a language (the word itself when the language has no stemmer or the word has digits). */
export function stemWord(word: string, lang: string): string {
  const algorithm = ALGORITHMS[lang];
  if (!algorithm || word.length < 3 || /\d/.test(word)) return word;
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  let s = cache.get(word);
  if (s === undefined) {
    let stemmer = stemmers.get(lang);
    if (!stemmer) stemmers.set(lang, (stemmer = snowball.newStemmer(algorithm)));
    s = stemmer.stem(word);
    // A stem shorter than 2 letters says nothing; keep the word then.
    if (s.length < 2) s = word;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}

const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The stems of a text's words, in order ([] for a language without a stemmer). Latin and Cyrillic
 * words are stemmed lowercased with their accents (the Spanish, French and Portuguese stemmers
 * know "-ación", not "-acion") and the stem is then normalised; Arabic words are normalised and
 * their clitics stripped first.
 */
export function stemWords(text: string, lang: string): string[] {
  if (!text || !hasStemmer(lang)) return [];
  if (lang === 'ar') return lookupWords(text).map((w) => stemWord(w, lang));
  const out: string[] = [];
  for (const [w] of text.normalize('NFC').toLowerCase().matchAll(WORD_RE)) {
    for (const n of lookupWords(stemWord(w, lang))) out.push(n);
  }
  return out;
}

/** stemWords joined with spaces ('' for a language without a stemmer). */
export function stemText(text: string, lang: string): string {
  return stemWords(text, lang).join(' ');
}
