/**
 * Concept tokens: the interlingua of cross-lingual search.
 *
 * At ingest, every title, heading and text is scanned for the glossary's terms in its own
 * language; each concept found is written into the record as an opaque token (`qx…`), the same
 * token whatever the language. At query time the query is scanned the same way and its
 * concepts are searched as those tokens, so "贩运人口" finds "trata de personas" and
 * "trafficking in persons" through one ordinary Meilisearch query (exact totals, facets and
 * pagination stay the engine's own).
 *
 * The scan is a word-level dictionary lookup (not one regex per term), so it stays linear in
 * the text: words are normalised (normalize.ts), Arabic clitics stripped, and a term word
 * written `stem*` matches any word starting with the stem. Chinese terms match as substrings.
 */
import { createHash } from 'node:crypto';
import { GLOSSARY, type GlossaryEntry } from './glossary/index.js';
import { normalizeText, isUnspacedScript } from './normalize.js';
import { hasStemmer, stemWord, stemWords } from './stem.js';

interface TermWord {
  w: string;
  prefix: boolean;
  /** Snowball stem, when the term may also match by stems (see LanguageMatcher). */
  s?: string;
}
interface CompiledTerm {
  concept: string;
  words: TermWord[];
}

const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;
const ARABIC_CLITICS = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)(?=[\u0600-\u06ff]{2})|^(?:و|ف)?(?:ب|ل|ك)(?=[\u0600-\u06ff]{3})|^(?:و|ف)(?=[\u0600-\u06ff]{3})/;

/** Normalised words of a text, with Arabic clitics stripped, for lookup. */
export function lookupWords(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeText(text).matchAll(WORD_RE)) {
    const w = m[0];
    out.push(/[\u0600-\u06ff]/.test(w) ? w.replace(ARABIC_CLITICS, '') : w);
  }
  return out;
}

/** The opaque token of a concept: `qx` + 8 letters (letters only, fixed length: no prefix or typo collisions). */
export function conceptToken(id: string): string {
  const h = createHash('sha256').update(id).digest();
  let s = 'qx';
  for (let i = 0; i < 8; i++) s += String.fromCharCode(97 + (h[i] % 26));
  return s;
}

/** Where a concept's term occurred: word indexes (of lookupWords) or character offsets (of the normalised text, for Chinese). */
export interface ConceptSpan {
  concept: string;
  unit: 'word' | 'char';
  start: number;
  end: number;
}

/**
 * With a language that has a stemmer, a text word also matches a term word with the same Snowball
 * stem ("незаконных посевов" meets "незаконные посевы"), so texts in inflected languages carry the
 * concept even where the glossary lists no `*` form. Only for terms of two or more words, or single
 * words with a stem of 5+ letters (not Arabic, whose stems are short and ambiguous): a lone short
 * stem collides too often.
 */
class LanguageMatcher {
  private readonly stemmed = new Map<string, CompiledTerm[]>();
  constructor(private readonly lang?: string) {}
  private readonly exact = new Map<string, CompiledTerm[]>();
  private readonly prefix = new Map<string, CompiledTerm[]>();
  private readonly prefixLens = new Set<number>();
  private readonly unspaced = new Map<string, { term: string; concept: string }[]>();

  add(concept: string, term: string): void {
    const bare = term.trim();
    if (!bare) return;
    if (isUnspacedScript(bare)) {
      const t = normalizeText(bare.replace(/\*/g, ''));
      const list = this.unspaced.get(t[0]) ?? [];
      list.push({ term: t, concept });
      this.unspaced.set(t[0], list);
      return;
    }
    const words: TermWord[] = [];
    for (const raw of bare.split(/\s+/)) {
      const prefix = raw.endsWith('*');
      const parts = lookupWords(prefix ? raw.slice(0, -1) : raw);
      parts.forEach((w, i) => words.push({ w, prefix: prefix && i === parts.length - 1 }));
    }
    if (!words.length) return;
    const lang = this.lang;
    if (lang && !words.some((w) => w.prefix)) {
      const stems = stemWords(bare, lang);
      words.forEach((w, i) => { w.s = stems.length === words.length ? stems[i] : stemWord(w.w, lang); });
      const first = words[0].s ?? '';
      if (words.length >= 2 ? first.length >= 3 : lang !== 'ar' && first.length >= 5) {
        const list = this.stemmed.get(first) ?? [];
        list.push({ concept, words });
        this.stemmed.set(first, list);
      }
    }
    const first = words[0];
    const map = first.prefix ? this.prefix : this.exact;
    if (first.prefix) this.prefixLens.add(first.w.length);
    const list = map.get(first.w) ?? [];
    list.push({ concept, words });
    map.set(first.w, list);
  }

  find(text: string, out: Set<string>, spans?: ConceptSpan[]): void {
    if (this.unspaced.size) {
      const t = normalizeText(text);
      for (let i = 0; i < t.length; i++) {
        const cands = this.unspaced.get(t[i]);
        if (!cands) continue;
        for (const c of cands) {
          if ((spans || !out.has(c.concept)) && t.startsWith(c.term, i)) {
            out.add(c.concept);
            spans?.push({ concept: c.concept, unit: 'char', start: i, end: i + c.term.length });
          }
        }
      }
    }
    if (!this.exact.size && !this.prefix.size) return;
    const words = lookupWords(text);
    const lang = this.stemmed.size ? this.lang : undefined;
    let stems = lang ? stemWords(text, lang) : [];
    if (lang && stems.length !== words.length) stems = words.map((w) => stemWord(w, lang));
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const cands: CompiledTerm[] = [...(this.exact.get(w) ?? [])];
      for (const len of this.prefixLens) if (w.length >= len) cands.push(...(this.prefix.get(w.slice(0, len)) ?? []));
      const byStem = lang ? this.stemmed.get(stems[i]) : undefined;
      if (byStem) for (const c of byStem) if (!cands.includes(c)) cands.push(c);
      for (const c of cands) {
        if (!spans && out.has(c.concept)) continue;
        let ok = true;
        for (let j = 1; j < c.words.length && ok; j++) {
          const tw = c.words[j];
          const x = words[i + j];
          ok = x !== undefined && (tw.prefix ? x.startsWith(tw.w) : x === tw.w || (tw.s !== undefined && stems[i + j] === tw.s));
        }
        if (ok) {
          out.add(c.concept);
          spans?.push({ concept: c.concept, unit: 'word', start: i, end: i + c.words.length });
        }
      }
    }
  }
}

const matchers = new Map<string, LanguageMatcher>();
let all: LanguageMatcher | undefined;

function build(entries: readonly GlossaryEntry[]): void {
  all = new LanguageMatcher();
  for (const e of entries) {
    for (const [lang, terms] of Object.entries(e.terms) as [string, string[] | undefined][]) {
      const m = matchers.get(lang) ?? new LanguageMatcher(hasStemmer(lang) ? lang : undefined);
      matchers.set(lang, m);
      for (const t of terms ?? []) {
        m.add(e.id, t);
        all.add(e.id, t);
      }
    }
  }
}

/**
 * Concept ids whose terms occur in the text. With a language, only that language's terms are
 * tried (a text is scanned in its own language); without, every language's.
 */
export function findConcepts(text: string, lang?: string): Set<string> {
  if (!all) build(GLOSSARY);
  const out = new Set<string>();
  if (!text) return out;
  const m = lang && lang !== 'mul' && lang !== 'und' ? matchers.get(lang) : all;
  m?.find(text, out);
  return out;
}

/** Concepts of a query in the order they occur, with the spans they cover (all languages tried). */
export function conceptSpans(text: string): ConceptSpan[] {
  if (!all) build(GLOSSARY);
  const spans: ConceptSpan[] = [];
  all?.find(text, new Set(), spans);
  return spans;
}

export function conceptTokens(text: string, lang?: string): string {
  return [...findConcepts(text, lang)].map(conceptToken).join(' ');
}

export const CONCEPTS: ReadonlyMap<string, GlossaryEntry> = new Map(GLOSSARY.map((e) => [e.id, e]));
