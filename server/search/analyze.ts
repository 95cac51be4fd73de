/**
 * Query analysis: which glossary concepts a query names (searched as concept tokens, in every
 * language) and which other words remain (searched as typed). Meilisearch reads only the first
 * 10 query words, so a long query keeps its concepts first, then its most salient remaining
 * words (stopwords dropped, longer and rarer-looking words preferred), and says what it dropped.
 */
import { conceptSpans, conceptToken, lookupWords } from '../../corpus/lexicon/concept-index.js';
import { normalizeText, isUnspacedScript } from '../../corpus/lexicon/normalize.js';
import { STOPWORDS } from './stopwords.js';

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
}

export function analyzeQuery(q: string): AnalyzedQuery {
  const text = q.trim();
  if (!text) return { engineQuery: '', concepts: [], words: [], dropped: [] };
  const spans = conceptSpans(text);
  // Longest spans first; a concept inside a longer matched term is dropped (its words are covered).
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
    if (!chosen.some((c) => c.concept === s.concept)) chosen.push({ concept: s.concept, start: s.start });
  }
  chosen.sort((a, b) => a.start - b.start);
  const concepts = chosen.slice(0, MAX_CONCEPTS).map((c) => c.concept);

  // Remaining words: for Chinese, the characters not covered by a concept; elsewhere, uncovered words.
  const norm = normalizeText(text);
  let rest: string[];
  if (isUnspacedScript(norm)) {
    rest = norm.split('').map((ch, i) => (coveredChars.has(i) ? ' ' : ch)).join('').split(/[\s\p{P}]+/u).filter((w) => w.length >= 2);
  } else {
    rest = lookupWords(text).filter((_, i) => !coveredWords.has(i));
  }
  const dropped: string[] = [];
  const content = rest.filter((w) => {
    const stop = STOPWORDS.has(w) || (w.length < 2 && !/\d/.test(w));
    if (stop) dropped.push(w);
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
  return { engineQuery: [...concepts.map(conceptToken), ...words].join(' '), concepts, words, dropped };
}
