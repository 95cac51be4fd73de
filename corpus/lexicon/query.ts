/**
 * Query analysis for cross-lingual search: a query in any language is read into glossary
 * concepts (glossary/), so the search can also run each concept's terms in the other languages.
 *
 * - Spaced scripts (Latin, Cyrillic, Arabic): the query is cut into words; a glossary term
 *   matches a run of words, word by word: exact, light stem (glossary/language.ts), a `*` prefix,
 *   Arabic clitics stripped, or one typo (edit distance 1 on words of 6+ letters whose first
 *   letter is right). Stopwords may differ or be missing between term and query ("trafficking of
 *   persons"), and two query words may spell one term word ("fire arms").
 * - Chinese: terms match as substrings of the query with punctuation and spaces removed; terms of
 *   5+ characters also match with one character wrong.
 * - Overlaps: see resolve().
 * The index over the ~16,000 glossary terms is built on first use (a few hundred ms; call
 * warmQueryIndex() at start-up); a query then takes about a millisecond.
 * Nothing here is fitted to particular queries; all data is in the glossary.
 */
import { GLOSSARY, type GlossaryEntry } from './glossary/index.js';
import { ANY_STOPWORD, STOPWORDS, WEAK_WORDS, ZH_STOP, arabicForms, isStopword, lightStem } from './glossary/language.js';
import { normalizeText } from './normalize.js';
import type { CrimeSlug } from '../schema.js';

export interface QueryConcept {
  id: string;
  /** The query text the concept was read from (first occurrence). */
  matched: string;
  crimes: readonly CrimeSlug[];
  articles: readonly string[];
  /** All terms of the concept, by language (glossary syntax: `*` = prefix); shared with the glossary, do not mutate. */
  terms: Readonly<Record<string, readonly string[]>>;
  /** Language of the glossary term that matched. */
  lang: string;
  /** True when the match needed a typo correction. */
  fuzzy: boolean;
  /** General legal vocabulary (glossary `broad`): weight low. */
  broad: boolean;
}

export interface QueryAnalysis {
  concepts: QueryConcept[];
  /** Query words covered by no concept, stopwords removed. */
  residual: string;
  /** At most 10 most salient query words, in query order (for engines that read 10 words). */
  salient: string[];
  language: string;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;
const MAX_SALIENT = 10;
const ZH_SPLIT = new RegExp(ZH_STOP.join('|'));

interface Token { text: string; norm: string; start: number; end: number; han: boolean; stop: boolean }
interface TermWord { id: number; stop: boolean }
interface SpacedTerm { entry: number; lang: string; words: TermWord[]; content: number }
interface HanTerm { entry: number; chars: string }
interface WordInfo { text: string; prefix: boolean; lang: string }

interface Index {
  words: WordInfo[];
  byForm: Map<string, number[]>; // exact, stemmed and Arabic bare forms of whole words
  byPrefix: Map<string, number[]>; // stems of `*` words
  byShape: Map<string, number[]>; // words of 6+ letters by first letter and length, for typos
  prefixByStart: Map<string, number[]>; // `*` stems of 5+ letters by first letter, for typos
  termsByFirst: Map<number, SpacedTerm[]>;
  han: HanTerm[];
  hanGrams: Map<string, number[]>; // character bigram → indexes into han (term index * 64 + offset)
}

let index: Index | undefined;

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** True when a and b are at most one edit apart (insertion, deletion, substitution or swap of neighbours). */
function within1(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const ra = a.slice(i + 1), rb = b.slice(i + 1);
  return ra === rb || a.slice(i) === rb || ra === b.slice(i) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}

const normCache = new Map<string, string>();

/** The normalised words of a term (glossary words repeat a lot, so each is normalised once). */
function* normWords(term: string): Generator<string> {
  for (const raw of term.split(/\s+/)) {
    let n = normCache.get(raw);
    if (n === undefined) normCache.set(raw, (n = normalizeText(raw)));
    for (const [w] of n.matchAll(/[\p{L}\p{N}\p{M}]+\*?/gu)) yield w;
  }
}

function hanStrip(s: string): string {
  return normalizeText(s).replace(/[^\p{L}\p{N}]/gu, '');
}

function buildIndex(): Index {
  const idx: Index = { words: [], byForm: new Map(), byPrefix: new Map(), byShape: new Map(), prefixByStart: new Map(), termsByFirst: new Map(), han: [], hanGrams: new Map() };
  const wordIds = new Map<string, number>();
  const wordId = (text: string, prefix: boolean, lang: string): number => {
    const key = `${lang}|${prefix ? '*' : ''}${text}`;
    let id = wordIds.get(key);
    if (id !== undefined) return id;
    id = idx.words.length;
    wordIds.set(key, id);
    idx.words.push({ text, prefix, lang });
    if (prefix) {
      push(idx.byPrefix, text, id);
      if (text.length >= 5) push(idx.prefixByStart, text[0], id);
    } else {
      push(idx.byForm, text, id);
      push(idx.byForm, `${lang}:${lightStem(text, lang)}`, id);
      if (lang === 'ar') for (const f of arabicForms(text)) if (f !== lightStem(text, lang)) push(idx.byForm, `ar:${f}`, id);
      if (text.length >= 6) push(idx.byShape, `${text[0]}${text.length}`, id);
    }
    return id;
  };
  GLOSSARY.forEach((entry, e) => {
    for (const [lang, terms] of Object.entries(entry.terms as Record<string, string[]>)) {
      for (const term of terms) {
        if (HAN.test(term)) {
          const chars = hanStrip(term);
          if (chars.length < 2 || chars.length > 63) continue;
          for (let o = 0; o + 1 < chars.length; o++) push(idx.hanGrams, chars.slice(o, o + 2), idx.han.length * 64 + o);
          idx.han.push({ entry: e, chars });
          continue;
        }
        const words = [...normWords(term)].map((w) => {
          const prefix = w.endsWith('*');
          const text = prefix ? w.slice(0, -1) : w;
          return { id: wordId(text, prefix, lang), stop: !prefix && isStopword(text, lang) };
        });
        const first = words.findIndex((w) => !w.stop);
        if (first < 0) continue;
        push(idx.termsByFirst, words[first].id, { entry: e, lang, words: words.slice(first), content: words.filter((w) => !w.stop).length });
      }
    }
  });
  return idx;
}

const lookupCache = new Map<string, Map<number, number>>();

/** Glossary words a query word can stand for, with 0 = exact/morphological, 1 = typo (cached: queries repeat words). */
function lookupWord(idx: Index, norm: string): Map<number, number> {
  let hits = lookupCache.get(norm);
  if (!hits) {
    hits = computeLookup(idx, norm);
    if (lookupCache.size > 20_000) lookupCache.clear();
    lookupCache.set(norm, hits);
  }
  return hits;
}

function addHits(hits: Map<number, number>, ids: readonly number[] | undefined, q: number): void {
  if (ids) for (const id of ids) if ((hits.get(id) ?? 9) > q) hits.set(id, q);
}

function computeLookup(idx: Index, norm: string): Map<number, number> {
  const hits = new Map<number, number>();
  const arabic = /[\u0600-\u06ff]/.test(norm);
  const forms = arabic ? arabicForms(norm) : [norm];
  addHits(hits, idx.byForm.get(norm), 0);
  for (const lang of arabic ? ['ar'] : ['en', 'fr', 'es', 'pt', 'de', 'nl', 'ru']) {
    for (const f of forms) addHits(hits, idx.byForm.get(`${lang}:${arabic ? f : lightStem(f, lang)}`), 0);
  }
  for (const f of forms) for (let l = 2; l <= f.length; l++) addHits(hits, idx.byPrefix.get(f.slice(0, l)), 0);
  // One typo (edit distance 1) on words of 6+ letters; the first letter must be right, which
  // keeps the candidate lists short.
  if (norm.length >= 6) {
    for (let len = norm.length - 1; len <= norm.length + 1; len++) {
      for (const id of idx.byShape.get(`${norm[0]}${len}`) ?? []) if (within1(norm, idx.words[id].text)) addHits(hits, [id], 1);
    }
    for (const id of idx.prefixByStart.get(norm[0]) ?? []) {
      const stem = idx.words[id].text;
      for (let l = stem.length - 1; l <= stem.length + 1; l++) {
        if (l <= norm.length && within1(norm.slice(0, l), stem)) { addHits(hits, [id], 1); break; }
      }
    }
  }
  return hits;
}

function tokenize(q: string): Token[] {
  return [...q.matchAll(WORD_RE)].map((m) => {
    const norm = normalizeText(m[0]);
    return { text: m[0], norm, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, han: HAN.test(m[0]), stop: ANY_STOPWORD.has(norm) };
  });
}

interface Candidate { entry: number; start: number; end: number; t0: number; t1: number; fuzzy: number; lang: string }

function spacedCandidates(idx: Index, tokens: Token[]): Candidate[] {
  const n = tokens.length;
  const single = tokens.map((t) => (t.han || t.stop ? new Map<number, number>() : lookupWord(idx, t.norm)));
  const joined = tokens.map((t, i) => {
    const u = tokens[i + 1];
    if (!u || t.han || u.han || t.stop || u.stop || u.start - t.end > 1) return new Map<number, number>();
    const key = `${t.norm}\u0001${u.norm}`;
    let hits = lookupCache.get(key);
    if (!hits) {
      hits = new Map([...lookupWord(idx, t.norm + u.norm)].filter(([id]) => !idx.words[id].prefix));
      lookupCache.set(key, hits);
    }
    return hits;
  });
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    for (const [first, span] of [[single[i], 1], [joined[i], 2]] as const) {
      for (const [wid, q0] of first) {
        for (const term of idx.termsByFirst.get(wid) ?? []) {
          let q = i + span, fuzzy = q0, skips = 0, ok = true;
          for (let t = 1; t < term.words.length && ok; t++) {
            const w = term.words[t];
            for (;;) {
              if (q < n && w.stop && tokens[q].stop && idx.words[w.id].text === tokens[q].norm) { q++; break; }
              const s = q < n && !w.stop ? single[q].get(w.id) ?? joined[q].get(w.id) : undefined;
              if (s !== undefined) { fuzzy += s; q += single[q].has(w.id) ? 1 : 2; break; }
              if (w.stop) break;
              if (q < n && tokens[q].stop && skips < 2) { q++; skips++; continue; }
              ok = false;
              break;
            }
          }
          if (!ok || fuzzy > (term.content >= 4 ? 2 : 1)) continue;
          out.push({ entry: term.entry, start: tokens[i].start, end: tokens[q - 1].end, t0: i, t1: q, fuzzy, lang: term.lang });
        }
      }
    }
  }
  return out;
}

/**
 * Chinese: the query's Han runs joined (punctuation and spaces dropped; other words break the
 * run). Candidate positions come from shared character bigrams; a term of 5+ characters keeps at
 * least two intact bigrams under one wrong character, so bigrams also find the near misses.
 */
function hanCandidates(idx: Index, tokens: Token[]): Candidate[] {
  if (!tokens.some((t) => t.han)) return [];
  let stream = '';
  const offsets: number[] = []; // offset in the query of each stream character
  for (const t of tokens) {
    if (!t.han) { stream += '\u0000'; offsets.push(t.start); continue; }
    for (let k = 0; k < t.norm.length; k++) { stream += t.norm[k]; offsets.push(t.start + Math.min(k, t.text.length - 1)); }
  }
  const tried = new Set<number>();
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < stream.length; i++) {
    for (const code of idx.hanGrams.get(stream.slice(i, i + 2)) ?? []) {
      const t = Math.floor(code / 64), start = i - (code % 64);
      const chars = idx.han[t].chars;
      if (start < 0 || start + chars.length > stream.length || tried.has(t * 4096 + start)) continue;
      tried.add(t * 4096 + start);
      let miss = 0;
      for (let k = 0; k < chars.length && miss < 2; k++) {
        const c = stream.charCodeAt(start + k);
        if (c === 0) miss = 2;
        else if (c !== chars.charCodeAt(k)) miss++;
      }
      if (miss === 0 || (miss === 1 && chars.length >= 5)) {
        out.push({ entry: idx.han[t].entry, start: offsets[start], end: offsets[start + chars.length - 1] + 1, t0: -1, t1: -1, fuzzy: miss, lang: 'zh' });
      }
    }
  }
  // a typo-corrected match only where the term matched nowhere exactly
  const exact = new Set(out.filter((c) => c.fuzzy === 0).map((c) => c.entry));
  return out.filter((c) => c.fuzzy === 0 || !exact.has(c.entry));
}

const LATIN_LANGS = ['en', 'fr', 'es', 'pt', 'de', 'nl'];
const MARKS: [RegExp, string[], number][] = [
  [/[ñ¿¡]/, ['es'], 3], [/[ãõ]/, ['pt'], 3], [/[äöüß]/, ['de'], 3], [/[œèùëïîû]/, ['fr'], 2],
  [/[çâêô]/, ['fr', 'pt'], 1], [/[áíóú]/, ['es', 'pt'], 1], [/[àé]/, ['fr', 'es', 'pt'], 0.5],
];

/** Script first; for Latin script, stopwords, diacritics and which language's glossary terms matched. */
function detectLanguage(q: string, tokens: Token[], cands: Candidate[]): string {
  const count = (re: RegExp): number => (q.match(re) ?? []).length;
  const han = 2 * count(/[\u3400-\u9fff\uf900-\ufaff]/gu), arabic = count(/[\u0600-\u06ff]/gu);
  const cyrillic = count(/[\u0400-\u04ff]/gu), latin = count(/[a-z\u00c0-\u024f]/giu);
  const top = Math.max(han, arabic, cyrillic, latin);
  if (top > 0 && han === top) return 'zh';
  if (top > 0 && arabic === top) return 'ar';
  if (top > 0 && cyrillic === top) return 'ru';
  const score: Record<string, number> = Object.fromEntries(LATIN_LANGS.map((l) => [l, 0]));
  for (const t of tokens) for (const l of LATIN_LANGS) if (STOPWORDS[l].has(t.norm)) score[l] += 1;
  const lower = q.toLowerCase();
  for (const [re, langs, w] of MARKS) if (re.test(lower)) for (const l of langs) score[l] += w;
  for (const c of cands) if (c.lang in score) score[c.lang] += 1.5 * (c.t1 - c.t0);
  return LATIN_LANGS.reduce((best, l) => (score[l] > score[best] ? l : best), 'en');
}

/**
 * Longest span first, then exact before typo-corrected, then the query's language, then English.
 * A match inside a longer one is dropped; two exact matches that only share some words both stay.
 */
function resolve(cands: Candidate[], lang: string): Candidate[] {
  const pref = (c: Candidate): number => (c.lang === lang ? 2 : c.lang === 'en' ? 1 : 0);
  // A single short or typo-corrected word from a third language is more likely a false friend.
  const kept = cands.filter((c) => pref(c) > 0 || c.lang === 'zh' || c.t1 - c.t0 > 1 || (c.fuzzy === 0 && c.end - c.start >= 5));
  kept.sort((a, b) => b.end - b.start - (a.end - a.start) || a.fuzzy - b.fuzzy || pref(b) - pref(a) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of kept) {
    const ok = chosen.every((s) => {
      if (c.end <= s.start || s.end <= c.start) return true; // disjoint
      if (s.start === c.start && s.end === c.end) return s.fuzzy === c.fuzzy && pref(s) === pref(c); // same words, equally good
      if (s.start <= c.start && c.end <= s.end) return false; // inside a longer match
      return c.fuzzy === 0 && s.fuzzy === 0; // two exact phrases sharing words ("counterfeit currency notes") both stand
    });
    if (ok) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function toConcept(q: string, c: Candidate, entry: GlossaryEntry): QueryConcept {
  return {
    id: entry.id,
    matched: q.slice(c.start, c.end),
    crimes: entry.crimes ?? [],
    articles: entry.articles ?? [],
    terms: entry.terms,
    lang: c.lang,
    fuzzy: c.fuzzy > 0,
    broad: entry.broad === true,
  };
}

interface Item { text: string; start: number; inConcept: boolean; broad: boolean; weak: boolean }

/** The query as content words (spaced scripts) and chunks (Chinese), flagged when a concept covers them. */
function items(q: string, tokens: Token[], chosen: Candidate[], lang: string): Item[] {
  const stop = new Set([...(STOPWORDS[lang] ?? []), ...(LATIN_LANGS.includes(lang) ? [] : STOPWORDS.en)]);
  const weak = WEAK_WORDS[lang] ?? WEAK_WORDS.en;
  const covering = (s: number, e: number): Candidate | undefined => chosen.find((c) => c.start <= s && e <= c.end);
  const broad = (c: Candidate | undefined): boolean => c !== undefined && GLOSSARY[c.entry].broad === true;
  const out: Item[] = [];
  for (const c of chosen) if (c.lang === 'zh') out.push({ text: q.slice(c.start, c.end), start: c.start, inConcept: true, broad: broad(c), weak: false });
  for (const t of tokens) {
    if (!t.han) {
      const c = covering(t.start, t.end);
      if (!stop.has(t.norm)) out.push({ text: t.text, start: t.start, inConcept: c !== undefined, broad: broad(c), weak: weak.has(t.norm) });
      continue;
    }
    // uncovered stretches of a Han token, cut at function words
    let run = '', runStart = t.start;
    const flush = (): void => {
      for (const part of run.split(ZH_SPLIT)) {
        if (part) out.push({ text: part, start: runStart + run.indexOf(part), inConcept: false, broad: false, weak: false });
      }
      run = '';
    };
    for (let k = 0; k < t.text.length; k++) {
      if (covering(t.start + k, t.start + k + 1)) { flush(); continue; }
      if (!run) runStart = t.start + k;
      run += t.text[k];
    }
    flush();
  }
  return out.sort((a, b) => a.start - b.start);
}

function salientWords(list: Item[]): string[] {
  const score = (i: Item): number => {
    const len = HAN.test(i.text) ? 2 * i.text.length : i.text.length;
    return (i.inConcept ? (i.broad ? 1 : 2) : 0) + Math.min(len, 12) / 12 + (/\d/.test(i.text) ? 0.5 : 0) - (i.weak ? 1.5 : 0);
  };
  const seen = new Set<string>();
  const unique = list.filter((i) => {
    if (i.text.length === 1 && HAN.test(i.text)) return false; // a lone character is noise for the engine
    const k = normalizeText(i.text);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const top = new Set([...unique].sort((a, b) => score(b) - score(a) || a.start - b.start).slice(0, MAX_SALIENT));
  return unique.filter((i) => top.has(i)).map((i) => i.text);
}

/** Builds the term index now rather than on the first query. */
export function warmQueryIndex(): void {
  index ??= buildIndex();
}

/**
 * Reads a query into glossary concepts. `lang` (BCP-47, e.g. "fr" or "zh-CN") is the query's
 * language when the caller knows it; otherwise it is detected from the script and the words.
 */
export function analyzeQuery(q: string, lang?: string): QueryAnalysis {
  index ??= buildIndex();
  const tokens = tokenize(q);
  const cands = [...spacedCandidates(index, tokens), ...hanCandidates(index, tokens)];
  const language = lang ? lang.toLowerCase().split(/[-_]/)[0] : detectLanguage(q, tokens, cands);
  const chosen = resolve(cands, language);
  const concepts: QueryConcept[] = [];
  for (const c of chosen) {
    const entry = GLOSSARY[c.entry];
    if (!concepts.some((x) => x.id === entry.id)) concepts.push(toConcept(q, c, entry));
  }
  const list = items(q, tokens, chosen, language);
  return {
    concepts,
    residual: list.filter((i) => !i.inConcept).map((i) => i.text).join(' '),
    salient: salientWords(list),
    language,
  };
}

/**
 * The form of a glossary term to send to the search engine, or null when it cannot be searched
 * as written. A `*` on the last word becomes the bare stem ("отмыв*" → "отмыв"): Meilisearch
 * prefix-matches the last word of a query, so the stem finds every inflection when the term is
 * sent as a query of its own. A `*` inside a term would need prefix matching on a non-final word,
 * which the engine does not do, so such terms are not sent (every concept has a natural form in
 * each language, which is sent instead).
 */
export function searchForm(term: string): string | null {
  const words = term.trim().split(/\s+/);
  if (words.slice(0, -1).some((w) => w.includes('*'))) return null;
  return words.join(' ').replace(/\*$/, '');
}

/**
 * For each target language, the strings to search for the given concepts: per concept, its first
 * natural term, then its single-word stems (widest recall), then its other terms, up to
 * `perConcept` (default 3), without duplicates (a concept listed twice counts once). Each string
 * is meant to be sent as its own query (e.g. one query of a federated multi-search), not
 * concatenated: that keeps every string under the engine's 10-word limit and gives the stems
 * their last-word prefix match.
 */
export function expansionsFor(
  concepts: readonly Pick<QueryConcept, 'terms'>[],
  targetLangs: readonly string[],
  opts: { perConcept?: number } = {},
): Record<string, string[]> {
  const per = opts.perConcept ?? 3;
  const out: Record<string, string[]> = {};
  for (const lang of targetLangs) {
    const seen = new Set<string>();
    const list: string[] = [];
    for (const c of new Set(concepts.map((x) => x.terms))) {
      const terms = c[lang] ?? [];
      const natural = terms.filter((t) => !t.includes('*'));
      const stems = terms.filter((t) => t.includes('*')).map(searchForm).filter((t): t is string => t !== null);
      const single = stems.filter((t) => !t.includes(' '));
      const ordered = [...natural.slice(0, 1), ...single, ...natural.slice(1), ...stems.filter((t) => t.includes(' '))];
      let taken = 0;
      for (const t of ordered) {
        const k = normalizeText(t);
        if (taken >= per || seen.has(k)) continue;
        seen.add(k);
        list.push(t);
        taken++;
      }
    }
    out[lang] = list;
  }
  return out;
}
