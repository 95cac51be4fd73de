/**
 * Text normalisation shared by the taggers and query analysis: the same function runs on
 * lexicon terms and on texts, so a term matches whatever its spelling variant in the text.
 */

/** One character's normalised form (may be empty: combining marks, harakat, tatweel). */
function normChar(c: string): string {
  // й is a letter of its own, not и with a diacritic.
  if (c === 'й' || c === 'Й') return 'й';
  return c
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/ß/g, 'ss')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // Arabic harakat, superscript alef, tatweel
    .replace(/[إأآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[\u00a0\u2000-\u200b\u2060\u3000\u202f\ufeff]/g, ' ')
    .replace(/\u200c|\u200d|\u200e|\u200f/g, '');
}

const cache = new Map<string, string>();
function normCharCached(c: string): string {
  let n = cache.get(c);
  if (n === undefined) {
    n = normChar(c);
    if (cache.size < 50_000) cache.set(c, n);
  }
  return n;
}

/**
 * Lowercase, strip Latin diacritics, ß→ss, ё→е (й kept), unify Arabic letter variants and drop Arabic
 * diacritics/tatweel, unify apostrophes and spaces. Works character by character, so the
 * result can be mapped back to the original (see normalizeWithMap).
 */
export function normalizeText(s: string): string {
  return normalizeWithMap(s).text;
}

export interface NormalisedWithMap {
  text: string;
  /** map[i] is the index in the original string of normalised character i; map[text.length] = original length. */
  map: Int32Array;
}

/** normalizeText plus an index map, so that a match in the normalised text can be quoted verbatim. */
export function normalizeWithMap(s: string): NormalisedWithMap {
  const parts: string[] = [];
  let map = new Int32Array(s.length + 16);
  let out = 0;
  // Characters may expand (ligatures, ß → ss): grow the map when they do.
  const grow = (need: number): void => {
    if (out + need < map.length) return;
    const bigger = new Int32Array(Math.max(map.length * 2, out + need + 1));
    bigger.set(map);
    map = bigger;
  };
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j < s.length && s.charCodeAt(j) < 0x80) j++;
    if (j > i) {
      // ASCII runs: only case changes (and the backtick becomes an apostrophe); one char per char.
      const run = s.slice(i, j);
      parts.push(run.toLowerCase().replace(/`/g, "'"));
      grow(run.length);
      for (let k = 0; k < run.length; k++) map[out++] = i + k;
      i = j;
      continue;
    }
    const cp = s.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const n = normCharCached(s.slice(i, i + len));
    grow(n.length);
    for (let k = 0; k < n.length; k++) map[out++] = i;
    parts.push(n);
    i += len;
  }
  map[out] = s.length;
  return { text: parts.join(''), map: map.subarray(0, out + 1) };
}

/** The original slice that a [start, end) range of the normalised text came from. */
export function originalSlice(original: string, map: Int32Array, start: number, end: number): string {
  const from = map[Math.max(0, Math.min(start, map.length - 1))];
  const lastChar = Math.max(start, end - 1);
  let to = end >= map.length - 1 ? original.length : map[end];
  if (to <= from) to = Math.min(original.length, map[Math.min(lastChar, map.length - 1)] + 1);
  return original.slice(from, to);
}

/** Scripts written without spaces between words: terms match as substrings. */
export function isUnspacedScript(s: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/.test(s);
}
