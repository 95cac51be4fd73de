/**
 * One scan per text: every lexicon term of the document's languages (crime categories, the
 * words article rules look for, cross-cutting issues) is compiled into one TermSet, and each
 * hit is classified by what it can show. Hits are quoted verbatim from the original text.
 */
import { CRIME_LEXICONS, LEXICON_LANGUAGES, type LexiconLanguage, type Terms } from '../../corpus/lexicon/crimes/index.js';
import {
  ARTICLE_CONDITION_TERMS, CONDITION_TERMS, CRIMINALISATION_TERMS, PENAL_DIVISION_TERMS, DEFINITION_HEADINGS, DEFINITION_MARKERS, PENALTY_TERMS, PROHIBITION_TERMS,
  type ArticleConditionTerms,
} from '../../corpus/lexicon/articles.js';
import { CROSS_CUTTING_TERMS } from '../../corpus/lexicon/cross-cutting-terms.js';
import { compileTermSet, dropContained, findAllTerms, type TermHit, type TermSet } from '../../corpus/lexicon/match.js';
import { normalizeWithMap, originalSlice } from '../../corpus/lexicon/normalize.js';
import type { CrimeSlug } from '../../corpus/vocab/crimes.js';
import { isNameMention } from './names.js';

/** What a term can show. Crime roles compete for text (a longer match hides a shorter one). */
export type CrimeRole = 'strong' | 'title' | 'weak' | 'not' | 'combo';
export type SupportRole = 'penalty' | 'penalDivision' | 'prohibition' | 'condition' | 'criminalisation' | 'defMarker' | 'defHeading' | ArticleConditionTerms;

export type TermMeta =
  /** `combo`/`part`: which co-occurrence list of the lexicon, and which of its term lists. */
  | { cls: 'crime'; slug: CrimeSlug; role: CrimeRole; combo?: number; part?: number; of?: number }
  | { cls: 'support'; role: SupportRole }
  | { cls: 'xc'; code: string };

export interface Hit {
  start: number;
  end: number;
  /** The lexicon term. */
  term: string;
  /** The text as written in the source. */
  verbatim: string;
  metas: TermMeta[];
  /** Part of the name of a law, treaty or body (names.ts): a reference, not a subject. */
  name: boolean;
  /** Matched a `not` phrase of a lexicon ("corruption of minors"): counts for nothing, except a title's opening words. */
  negated: boolean;
}

export interface Scanned {
  /** Length of the scanned text. */
  length: number;
  crime: Hit[];
  support: Hit[];
  xc: Hit[];
  /** Sentence of each position: sentenceAt(i) compares equal for positions in one sentence. */
  sentenceAt: (index: number) => number;
}

interface Compiled {
  set: TermSet;
  metas: Map<string, TermMeta[]>;
}

/** Languages whose lexicons apply to a document language (`mul` = the English/Dutch treaty files). */
export function lexiconLanguages(language: string): LexiconLanguage[] {
  if ((LEXICON_LANGUAGES as readonly string[]).includes(language)) return [language as LexiconLanguage];
  if (language === 'mul') return ['en', 'nl'];
  return [...LEXICON_LANGUAGES];
}

const SUPPORT: [SupportRole, Terms][] = [
  ['penalty', PENALTY_TERMS], ['penalDivision', PENAL_DIVISION_TERMS], ['prohibition', PROHIBITION_TERMS], ['condition', CONDITION_TERMS], ['criminalisation', CRIMINALISATION_TERMS], ['defMarker', DEFINITION_MARKERS],
  ['defHeading', DEFINITION_HEADINGS], ...Object.entries(ARTICLE_CONDITION_TERMS) as [ArticleConditionTerms, Terms][],
];

const compiled = new Map<string, Compiled>();

function compile(langs: readonly LexiconLanguage[]): Compiled {
  const key = langs.join(',');
  const hit = compiled.get(key);
  if (hit) return hit;
  const metas = new Map<string, TermMeta[]>();
  const add = (term: string, meta: TermMeta): void => {
    const t = term.trim();
    if (!t) return;
    const list = metas.get(t) ?? [];
    list.push(meta);
    metas.set(t, list);
  };
  for (const lang of langs) {
    for (const lex of Object.values(CRIME_LEXICONS)) {
      for (const t of lex.strong[lang]) add(t, { cls: 'crime', slug: lex.slug, role: 'strong' });
      for (const t of lex.title?.[lang] ?? []) add(t, { cls: 'crime', slug: lex.slug, role: 'title' });
      for (const t of lex.weak[lang]) add(t, { cls: 'crime', slug: lex.slug, role: 'weak' });
      for (const t of lex.not?.[lang] ?? []) add(t, { cls: 'crime', slug: lex.slug, role: 'not' });
      (lex.pairs?.[lang] ?? []).forEach((lists, combo) => {
        lists.forEach((list, part) => list.forEach((t) => add(t, { cls: 'crime', slug: lex.slug, role: 'combo', combo, part, of: lists.length })));
      });
    }
    for (const [role, terms] of SUPPORT) for (const t of terms[lang]) add(t, { cls: 'support', role });
    for (const [code, terms] of Object.entries(CROSS_CUTTING_TERMS)) for (const t of terms[lang]) add(t, { cls: 'xc', code });
  }
  const result = { set: compileTermSet([...metas.keys()]), metas };
  compiled.set(key, result);
  return result;
}

/**
 * Hits of one class, overlaps resolved: a hit inside a longer one is dropped, and where several
 * terms match the very same span and one of them is a `not` phrase, the span counts for nothing.
 */
function classHits(raw: readonly TermHit[], c: Compiled, cls: TermMeta['cls'], original: string, map: Int32Array, names: boolean): Hit[] {
  const mine = raw.filter((h) => (c.metas.get(h.term) ?? []).some((m) => m.cls === cls));
  const bySpan = new Map<string, TermMeta[]>();
  for (const x of mine) {
    const k = `${x.index}:${x.match.length}`;
    bySpan.set(k, [...(bySpan.get(k) ?? []), ...(c.metas.get(x.term) ?? []).filter((m) => m.cls === cls)]);
  }
  const out: Hit[] = [];
  for (const h of dropContained(mine)) {
    const end = h.index + h.match.length;
    const metas = bySpan.get(`${h.index}:${h.match.length}`) ?? [];
    const negated = metas.some((m) => m.cls === 'crime' && m.role === 'not');
    const from = map[h.index];
    const to = map[Math.min(end, map.length - 1)];
    const name = names && cls === 'crime' && isNameMention(original, from, Math.max(to, from + 1));
    out.push({ start: h.index, end, term: h.term, verbatim: originalSlice(original, map, h.index, end).trim(), metas, name, negated });
  }
  return out;
}

export type Scanner = (text: string) => Scanned;

/**
 * Where sentences end: full stops, semicolons, blank lines, new numbered items; but the items of a
 * list introduced by a colon ("Est puni ... : 1. le fait de ...; 2. ...") belong to its sentence.
 */
const SENTENCE_END = /(?<!(?:^|\n)\s*(?:\d{1,3}|[a-z]|[ivx]{1,4})|\b(?:art|arts|no|nr|n°|p|para|al|cf|etc|inc|lit|abs|ss|s))[.](?=\s|$)|[;!?。；！？](?=\s|$)|\n\s*\n|\n(?=\s*(?:\d+[.)°º]|[a-z]\)|\([a-z0-9]+\)|[ivx]+[.)]|[-–•]\s))/g;
const ITEM_START = /^\s*(?:\d+[.)°º]|[a-z]\)|\([a-z0-9]+\)|[ivx]+[.)]|[-–•]\s)/;

function sentenceBounds(norm: string): number[] {
  const out: number[] = [];
  let inList = false;
  let last = 0;
  for (const m of norm.matchAll(SENTENCE_END)) {
    const at = (m.index ?? 0) + m[0].length;
    const before = norm.slice(last, m.index ?? 0).trimEnd();
    const item = ITEM_START.test(norm.slice(at, at + 12));
    if (before.endsWith(':') || before.endsWith('：')) inList = true;
    else if (!item) inList = false;
    if (!(inList && item)) out.push(at);
    last = at;
  }
  return out;
}

/**
 * A scanner for the given lexicon languages (compiled once per language combination). With
 * `names`, crime terms inside names of laws, treaties and bodies are marked (not for titles:
 * a document's own name is its subject).
 */
export function scannerFor(langs: readonly LexiconLanguage[], options: { names?: boolean } = {}): Scanner {
  const c = compile(langs);
  const names = options.names ?? true;
  return (text: string): Scanned => {
    if (!text.trim()) return { length: 0, crime: [], support: [], xc: [], sentenceAt: () => 0 };
    const { text: norm, map } = normalizeWithMap(text);
    const raw = findAllTerms(norm, c.set);
    const bounds = sentenceBounds(norm);
    return {
      length: text.length,
      sentenceAt: (i: number) => {
        let lo = 0;
        let hi = bounds.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (bounds[mid] <= i) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      },
      crime: classHits(raw, c, 'crime', text, map, names),
      support: classHits(raw, c, 'support', text, map, false),
      xc: classHits(raw, c, 'xc', text, map, false),
    };
  };
}

/** Crime hits of one category and role (names of instruments and bodies left out). */
export function crimeHits(s: Scanned, slug: CrimeSlug, role: CrimeRole): Hit[] {
  return s.crime.filter((h) => !h.name && !h.negated && h.metas.some((m) => m.cls === 'crime' && m.slug === slug && m.role === role));
}

/** Hits of one part of one co-occurrence list of a category. */
export function comboHits(s: Scanned, slug: CrimeSlug, combo: number, part: number): Hit[] {
  return s.crime.filter((h) => !h.name && !h.negated && h.metas.some((m) => m.cls === 'crime' && m.slug === slug && m.role === 'combo' && m.combo === combo && m.part === part));
}

export function supportHits(s: Scanned, role: SupportRole): Hit[] {
  return s.support.filter((h) => h.metas.some((m) => m.cls === 'support' && m.role === role));
}

export function xcHits(s: Scanned, code: string): Hit[] {
  return s.xc.filter((h) => h.metas.some((m) => m.cls === 'xc' && m.code === code));
}
