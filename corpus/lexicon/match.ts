/**
 * Term matching for lexicons. A term is written naturally ("money laundering", "洗钱",
 * "غسل الأموال"); on a word, a trailing `*` makes it a prefix ("blanchi*" matches
 * "blanchiment", "blanchir") and a leading `*` a suffix ("*bestechung" matches
 * "Abgeordnetenbestechung"). Matching is on normalised text (normalize.ts):
 * - Chinese/Japanese: substring;
 * - other scripts: word boundaries, each term word in order, separated by spaces/punctuation;
 * - Arabic words may carry the clitics و ف ب ك ل and the article ال (written or not in the term);
 * - Russian words written without `*` also match their inflected forms (a final vowel group is
 *   replaced by up to three letters: "торговля" matches "торговли", "торговлей").
 */
import { normalizeText, isUnspacedScript } from './normalize.js';

export interface TermMatcher {
  term: string;
  re: RegExp;
}

/**
 * Letters and digits of the scripts the library holds, as explicit ranges: Unicode property
 * classes make each of thousands of term patterns slow to compile. Text is normalised first
 * (lowercase, no Latin diacritics), so these ranges are enough.
 */
const WORD_RANGES = '0-9a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u0531-\\u058f\\u0591-\\u05f4\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\u0900-\\u0dff\\u0e00-\\u0eff\\u1e00-\\u1fff\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\ufb50-\\ufdff\\ufe70-\\ufeff';
const WORD = `[${WORD_RANGES}]`;
// eslint-disable-next-line no-misleading-character-class -- explicit code-point ranges of whole scripts, marks included on purpose
const WORDS_RE = new RegExp(`${WORD}+`, 'g');
/** Conjunction, preposition, article: وبال، فلل، بال، لل، ك ... */
const ARABIC_LEAD = '(?:و|ف)?(?:(?:ب|ك)?ال|لل|ب|ك|ل)?';
/** Short words need their article, or a clitic reading swallows other words (فرق is not ف + رق). */
const ARABIC_LEAD_WITH_ARTICLE = '(?:و|ف)?(?:(?:ب|ك)?ال|لل)';
const SEPARATOR = "[\\s\\-–—'/]+";
const CYRILLIC_ENDING = /[аеиоуыэюяйь]{1,2}$/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordPattern(w: string): string {
  const prefix = w.length > 1 && w.endsWith('*');
  const suffix = w.length > 1 && w.startsWith('*');
  let core = w.replace(/^\*|\*$/g, '');
  let lead = '';
  let tail = prefix ? `${WORD}*` : '';
  if (/[\u0600-\u06ff]/.test(core)) {
    const article = core.startsWith('ال') && core.length > 3;
    if (article) core = core.slice(2);
    lead = core.length <= 2 && !prefix ? (article ? ARABIC_LEAD_WITH_ARTICLE : '') : ARABIC_LEAD;
  } else if (!prefix && /^[\u0400-\u04ff]{4,}$/.test(core)) {
    const stem = core.replace(CYRILLIC_ENDING, '');
    if (stem.length >= 3) {
      core = stem;
      tail = '[\\u0400-\\u04ff]{0,3}';
    }
  }
  return `${suffix ? `${WORD}*` : ''}${lead}${escape(core)}${tail}`;
}

export function compileTerm(term: string): TermMatcher {
  return { term, re: new RegExp(termSource(term), 'g') };
}

/** Regular-expression source of one term (without flags). */
function termSource(term: string): string {
  const norm = normalizeText(term.trim());
  if (isUnspacedScript(norm)) return escape(norm.replace(/\*/g, ''));
  const words = norm.split(/[\s\-–]+/).filter(Boolean);
  return `(?<!${WORD})${words.map(wordPattern).join(SEPARATOR)}(?!${WORD})`;
}

export interface TermHit {
  term: string;
  /** Verbatim slice of the (normalised) text that matched. */
  match: string;
  index: number;
}

/** All hits of the given matchers in a text that was already normalised with normalizeText. */
export function findTerms(normalisedText: string, matchers: readonly TermMatcher[]): TermHit[] {
  const hits: TermHit[] = [];
  for (const m of matchers) {
    m.re.lastIndex = 0;
    for (const x of normalisedText.matchAll(m.re)) hits.push({ term: m.term, match: x[0], index: x.index ?? 0 });
  }
  return hits;
}

/**
 * Many terms compiled for scanning long texts: terms are indexed by the first letters of their
 * first word and verified only where a text word starts with those letters, so the cost grows
 * with the text, not with the number of terms. Chinese terms are plain substrings.
 */
export interface TermSet {
  terms: readonly string[];
  /** Sticky matcher per term (spaced scripts); null for substring terms. */
  each: readonly (RegExp | null)[];
  /** Normalised needle per substring term. */
  needles: readonly (string | null)[];
  /** First letters of the first word → indexes of the terms whose first word may go on. */
  byKey: Map<string, number[]>;
  /** First word → indexes of the terms whose first word is exactly it. */
  byWord: Map<string, number[]>;
  /** Terms that cannot be keyed (first word starts with `*` or is not a letter word). */
  unkeyed: number[];
  /** Indexes of the substring terms. */
  substrings: number[];
  /** Lengths of the keys in byKey. */
  keyLengths: number[];
}

const KEY_LEN = 3;
const ARABIC_LEADS = ['وبال', 'وكال', 'فبال', 'فكال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل', 'و', 'ف', 'ب', 'ك', 'ل'];

/**
 * How a term is indexed by its first word: the whole word when the text word must equal it, or
 * its first letters when the word may go on (a `*` prefix, Russian endings); null: scan for it.
 */
function termKey(norm: string): { key: string; exact: boolean } | null {
  const first = norm.split(/[\s\-–]+/).find(Boolean) ?? '';
  if (first.startsWith('*')) return null;
  const prefix = first.endsWith('*');
  let core = first.replace(/\*$/, '');
  if (/[\u0600-\u06ff]/.test(core) && core.startsWith('ال') && core.length > 3) core = core.slice(2);
  // eslint-disable-next-line no-misleading-character-class -- explicit code-point ranges of whole scripts, marks included on purpose
  const lead = new RegExp(`^${WORD}+`).exec(core)?.[0];
  if (!lead) return null;
  const inflected = /^[\u0400-\u04ff]{4,}$/.test(core);
  if (lead === core && !prefix && !inflected) return { key: core, exact: true };
  return { key: lead.slice(0, KEY_LEN), exact: false };
}

export function compileTermSet(terms: readonly string[]): TermSet {
  const unique = [...new Set(terms.map((t) => t.trim()).filter(Boolean))];
  const each: (RegExp | null)[] = [];
  const needles: (string | null)[] = [];
  const byKey = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const unkeyed: number[] = [];
  unique.forEach((t, i) => {
    const norm = normalizeText(t);
    if (isUnspacedScript(norm)) {
      each.push(null);
      needles.push(norm.replace(/\*/g, ''));
      return;
    }
    each.push(new RegExp(termSource(t), 'y'));
    needles.push(null);
    const key = termKey(norm);
    const map = key?.exact ? byWord : byKey;
    if (key === null) unkeyed.push(i);
    else map.set(key.key, [...(map.get(key.key) ?? []), i]);
  });
  const substrings = needles.flatMap((n, i) => (n ? [i] : []));
  const keyLengths = [...new Set([...byKey.keys()].map((k) => k.length))].sort();
  return { terms: unique, each, needles, byKey, byWord, unkeyed, substrings, keyLengths };
}

/** Candidate terms for a text word: by its first letters, also with Arabic clitics removed. */
function candidates(word: string, set: TermSet, visit: (i: number) => void): void {
  const exact = set.byWord.get(word);
  if (exact) for (const i of exact) visit(i);
  for (const k of set.keyLengths) {
    if (k > word.length) break;
    const hit = set.byKey.get(word.slice(0, k));
    if (hit) for (const i of hit) visit(i);
  }
  const c = word.charCodeAt(0);
  if (c < 0x600 || c > 0x6ff) return;
  for (const lead of ARABIC_LEADS) {
    if (word.length > lead.length + 1 && word.startsWith(lead)) {
      const rest = word.slice(lead.length);
      const whole = set.byWord.get(rest);
      if (whole) for (const i of whole) visit(i);
      for (const k of set.keyLengths) {
        if (k > rest.length) break;
        const hit = set.byKey.get(rest.slice(0, k));
        if (hit) for (const i of hit) visit(i);
      }
    }
  }
}

/** Hits of a TermSet in normalised text, in text order; a hit inside a longer hit is dropped. */
export function findTermSet(normalisedText: string, set: TermSet): TermHit[] {
  return dropContained(findAllTerms(normalisedText, set));
}

/** Keep the longest of overlapping hits where one lies inside another (hits sorted as findAllTerms returns them). */
export function dropContained(sorted: readonly TermHit[]): TermHit[] {
  const hits: TermHit[] = [];
  let end = -1;
  for (const h of sorted) {
    if (h.index + h.match.length <= end) continue;
    hits.push(h);
    end = Math.max(end, h.index + h.match.length);
  }
  return hits;
}

/** Every hit of every term of a TermSet, overlapping ones included, by position then longest first. */
export function findAllTerms(normalisedText: string, set: TermSet): TermHit[] {
  const raw: TermHit[] = [];
  for (const i of set.substrings) {
    const needle = set.needles[i] ?? '';
    for (let at = normalisedText.indexOf(needle); at >= 0; at = normalisedText.indexOf(needle, at + 1)) {
      raw.push({ term: set.terms[i], match: needle, index: at });
    }
  }
  const tryAt = (i: number, index: number): void => {
    const re = set.each[i];
    if (!re) return;
    re.lastIndex = index;
    const m = re.exec(normalisedText);
    if (m) raw.push({ term: set.terms[i], match: m[0], index });
  };
  if (set.byKey.size || set.byWord.size) {
  // eslint-disable-next-line no-misleading-character-class -- explicit code-point ranges of whole scripts, marks included on purpose
    const words = new RegExp(WORDS_RE.source, 'g');
    for (let w = words.exec(normalisedText); w; w = words.exec(normalisedText)) {
      const at = w.index;
      candidates(w[0], set, (i) => tryAt(i, at));
    }
  }
  for (const i of set.unkeyed) {
    const re = set.each[i];
    if (!re) continue;
    const scan = new RegExp(re.source, 'g');
    for (const m of normalisedText.matchAll(scan)) raw.push({ term: set.terms[i], match: m[0], index: m.index ?? 0 });
  }
  return raw.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
}
