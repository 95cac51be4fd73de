/**
 * Query analysis: which glossary concepts a query names (searched as concept tokens, in every
 * language) and which other words remain (searched as typed). Meilisearch reads only the first
 * 10 query words, so a long query keeps its concepts first, then its most salient remaining
 * words (stopwords dropped, longer and rarer-looking words preferred), and says what it dropped.
 */
import { CONCEPTS, conceptSpans, conceptToken, findConcepts, lookupWords } from '../../corpus/lexicon/concept-index.js';
import { normalizeText, isUnspacedScript } from '../../corpus/lexicon/normalize.js';
import { STOPWORDS } from './stopwords.js';
import { analyzeQuery as analyzeGlossary } from '../../corpus/lexicon/query.js';
import { hasStemmer, stemWords } from '../../corpus/lexicon/stem.js';
import { MEILI_LOCALE } from '../../corpus/vocab/languages.js';
import type { FusionPlan } from './fusion.js';

export const MAX_ENGINE_WORDS = 10;
const MAX_CONCEPTS = 6;

export interface AnalyzedQuery {
  /** What is sent to the engine. */
  engineQuery: string;
  concepts: string[];
  /** Query words kept as typed. */
  words: string[];
  /** Query words left out (stopwords, words beyond the engine's limit). */
  dropped: string[];
  /** The words as sent to the engine: Snowball stems (matched against the records' `st_*` fields). */
  engineWords: string[];
  /** The engine locale to tokenise the query with (see queryLocale). */
  locale: string;
  /** The query's language as the glossary analysis detected it (`en`, `zh`, …; empty for an empty query). */
  language: string;
  /** How a concept query is selected and ranked (set by service.ts analyze when a concept occurs in the index). */
  fusion?: FusionPlan;
  /** Set by the search when the zero-hit fallback strategy answered. */
  strategy?: 'last' | 'frequency';
}

export function analyzeQuery(q: string): AnalyzedQuery {
  const text = q.trim();
  if (!text) return { engineQuery: '', concepts: [], words: [], dropped: [], engineWords: [], locale: 'eng', language: '' };
  // Glossary analysis (typo-tolerant, stems, stopword gaps); the exact scanner used at ingest as a fallback.
  const glossary = analyzeGlossary(text);
  const specific = glossary.concepts.filter((c) => !c.broad).map((c) => c.id);
  const broad = glossary.concepts.filter((c) => c.broad).map((c) => c.id);
  // General vocabulary the exact scanner finds inside a concept the glossary analysis matched is
  // a word of that concept, not a further topic ("extranjeros" in "funcionarios públicos
  // extranjeros" is not migrants). Specific concepts inside one stay: the public officials inside
  // the bribery of foreign public officials are who it is about.
  const found = glossary.concepts.map((c) => normalizeText(c.matched));
  const exact = exactConcepts(text, (span, concept) => CONCEPTS.get(concept)?.broad === true && found.some((m) => m.includes(span)));
  const concepts = [...new Set([...specific, ...exact.concepts, ...broad])].slice(0, MAX_CONCEPTS);
  const residual = glossary.residual ? lookupWords(glossary.residual) : exact.rest;
  // Stopwords the glossary analysis already left out are reported as dropped too.
  const dropped: string[] = glossary.residual ? lookupWords(text).filter((w) => STOPWORDS.has(w)) : [];
  const content = residual.filter((w) => {
    const stop = STOPWORDS.has(w) || (w.length < 2 && !/\d/.test(w)) || (concepts.length > 0 && exact.covered.has(w));
    if (stop && !dropped.includes(w)) dropped.push(w);
    return !stop;
  });
  const room = Math.max(MAX_ENGINE_WORDS - concepts.length, 0);
  let words = content;
  if (content.length > room) {
    // Keep the most salient words (longest first, as a cheap proxy for rarity), in query order.
    const keep = new Set([...content.map((w, i) => ({ w, i })).sort((a, b) => b.w.length - a.w.length || a.i - b.i).slice(0, room).map((x) => x.i)]);
    words = content.filter((_, i) => keep.has(i));
    dropped.push(...content.filter((_, i) => !keep.has(i)));
  }
  const accented = accentedForms(text);
  const engineWords = [...new Set(words.map((w) => stemmed(w, glossary.language, accented)))];
  return { engineQuery: [...concepts.map(conceptToken), ...engineWords].join(' '), concepts, words, dropped, engineWords, locale: queryLocale(glossary.language, concepts.length > 0), language: glossary.language };
}

/**
 * A query word as its stem (stem.ts stemWords, as at ingest), in the language its script says
 * (Latin words: the query's language when Latin, else English). `accented` maps a normalised word
 * back to its lowercase accented form, which the Latin stemmers need.
 */
function stemmed(word: string, queryLang: string, accented: Map<string, string>): string {
  const lang = /[\u0400-\u04ff]/.test(word) ? 'ru' : /[\u0600-\u06ff]/.test(word) ? 'ar'
    : !/^[\p{Script=Latin}\p{N}]+$/u.test(word) ? '' : hasStemmer(queryLang) && !['ru', 'ar'].includes(queryLang) ? queryLang : 'en';
  if (!lang) return word;
  return stemWords(lang === 'ar' ? word : accented.get(word) ?? word, lang).join(' ') || word;
}

/** Normalised word → its lowercase form with accents, for the words of a text. */
function accentedForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [w] of text.normalize('NFC').toLowerCase().matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const n = lookupWords(w);
    if (n.length === 1 && !out.has(n[0])) out.set(n[0], w);
  }
  return out;
}

/**
 * The engine tokenises a query with the locale it is given, else with one it guesses from the
 * text, and a query of concept tokens (`qxabcdefgh`) is often guessed German, whose compound
 * splitting cuts the tokens apart so they match nothing. So the query's own language is always
 * given; a German query with concept tokens is tokenised as English (its words then miss the
 * compound splitting of German texts, but its concepts match).
 */
export function queryLocale(lang: string, hasConcepts: boolean): string {
  if (lang === 'de' && hasConcepts) return 'eng';
  return (MEILI_LOCALE as Record<string, string | undefined>)[lang] ?? 'eng';
}

/**
 * Concepts found by the exact ingest-time scanner, with the words they cover; a concept that
 * `inside` says is part of another concept (by its normalised span) is not reported (its words stay covered).
 */
function exactConcepts(text: string, inside: (span: string, concept: string) => boolean = () => false): { concepts: string[]; rest: string[]; covered: Set<string> } {
  const spans = conceptSpans(text);
  const norm = normalizeText(text);
  const words = lookupWords(text);
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const coveredWords = new Set<number>();
  const coveredChars = new Set<number>();
  const chosen: { concept: string; start: number }[] = [];
  for (const s of spans) {
    const cover = s.unit === 'word' ? coveredWords : coveredChars;
    let overlap = false;
    for (let i = s.start; i < s.end; i++) if (cover.has(i)) overlap = true;
    if (overlap) continue;
    for (let i = s.start; i < s.end; i++) cover.add(i);
    const span = s.unit === 'word' ? words.slice(s.start, s.end).join(' ') : norm.slice(s.start, s.end);
    if (!inside(span, s.concept) && !chosen.some((c) => c.concept === s.concept)) chosen.push({ concept: s.concept, start: s.start });
  }
  chosen.sort((a, b) => a.start - b.start);
  const rest = isUnspacedScript(norm)
    ? norm.split('').map((ch, i) => (coveredChars.has(i) ? ' ' : ch)).join('').split(/[\s\p{P}]+/u).filter((w) => w.length >= 2)
    : words.filter((_, i) => !coveredWords.has(i));
  return { concepts: chosen.map((c) => c.concept), rest, covered: new Set(words.filter((_, i) => coveredWords.has(i))) };
}

/** Build the glossary and concept scanners now (1–3 s), not during the first visitor's search. */
export function warmUpAnalysis(): void {
  analyzeQuery('warm-up');
  findConcepts('warm-up', 'en');
}
