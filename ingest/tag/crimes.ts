/**
 * Crime categories of a provision (from its heading, the division headings above it and its
 * text) and of a document (a category at least one provision specifically addresses, or its title).
 */
import { CRIME_SLUGS, type CrimeSlug } from '../../corpus/vocab/crimes.js';
import { comboHits, crimeHits, supportHits, type Hit, type Scanned } from './scan.js';

export type CrimeRule = 'title' | 'heading' | 'structure' | 'text' | 'sanction' | 'pair';

export interface CrimeFinding {
  slug: CrimeSlug;
  rule: CrimeRule;
  /** Matched terms, verbatim. */
  terms: string[];
}

/** What was scanned for one provision: its heading, each division heading above it, its text. */
export interface ProvisionScan {
  key: string;
  heading: Scanned;
  path: Scanned[];
  text: Scanned;
}

/** Hits of one category closer than this (normalised characters) are one mention. */
const CLUSTER_GAP = 40;
/** A provision whose text mentions this many categories is a list or survey: each needs more mentions. */
const SURVEY_CATEGORIES = 4;
/** Mentions in a text that show the provision addresses a category its heading does not name. */
const MENTIONS = 2;
const MENTIONS_UNDER_OTHER_HEADING = 3;
/**
 * Categories that crime texts name as context (an organized group as the author of other crimes)
 * need one more mention to be the subject of a provision.
 */
const CONTEXT_PRONE: ReadonlySet<CrimeSlug> = new Set(['participation-in-organized-criminal-group']);
/** Co-occurring terms must lie within this many characters of each other. */
const COMBO_WINDOW = 300;
/** Headings that say what kind of provision it is, not what it is about ("Offences", "Penalización"). */
const GENERIC_HEADING = new RegExp(
  String.raw`^[\s\d.()§-]*(?:(?:general|provisions?|offen[cs]es?|criminali[sz]ation|incrimination|penalt(?:y|ies)|sanctions?|punishment|definitions?|interpretation|scope|and|of|infractions?|peines?|p[ée]nal(?:e|es|isation)?|dispositions?|g[ée]n[ée]rales?|d[ée]lits?|crimes?|et|delitos?|penas?|sanciones|penalizaci[óo]n|disposiciones|infracciones|y|de|strafvorschriften|bu[ßs]geldvorschriften|strafbestimmungen|straftaten|ordnungswidrigkeiten|und|begriffsbestimmungen|allgemeine|vorschriften|strafbepalingen|strafbaarstelling|bepalingen|en|crimes?|penalidades|disposi[çc][õo]es|gerais|definições)[\s,;:.]*)+$`,
  'iu',
);

export function isGenericHeading(heading: string): boolean {
  return heading.trim() === '' || GENERIC_HEADING.test(heading);
}

function verbatim(hits: readonly Hit[]): string[] {
  return [...new Set(hits.map((h) => h.verbatim))];
}

/** Mentions: hits of one category, with hits close together counted once. */
export function mentions(hits: readonly Hit[]): number {
  let n = 0;
  let end = -Infinity;
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    if (h.start - end > CLUSTER_GAP) n++;
    end = Math.max(end, h.end);
  }
  return n;
}

/** Mentions of each category in a provision's text (for document-level counting). */
export function textMentions(p: ProvisionScan): Map<CrimeSlug, { count: number; terms: string[] }> {
  const out = new Map<CrimeSlug, { count: number; terms: string[] }>();
  for (const slug of CRIME_SLUGS) {
    const hits = crimeHits(p.text, slug, 'strong');
    if (hits.length) out.set(slug, { count: mentions(hits), terms: verbatim(hits) });
  }
  return out;
}

/** Terms of one co-occurrence list of the category found close together in one text. */
function combo(s: Scanned, slug: CrimeSlug): Hit[] {
  const combos = new Map<number, number>();
  for (const h of s.crime) for (const m of h.metas) if (m.cls === 'crime' && m.slug === slug && m.role === 'combo') combos.set(m.combo ?? 0, m.of ?? 2);
  for (const [c, of] of combos) {
    const parts = Array.from({ length: of }, (_, part) => comboHits(s, slug, c, part));
    if (parts.some((hits) => !hits.length)) continue;
    for (const first of parts[0]) {
      const near = parts.slice(1).map((hits) => hits.find((h) => Math.abs(h.start - first.start) <= COMBO_WINDOW));
      if (near.every((h) => h !== undefined)) return [first, ...near.filter((h): h is Hit => h !== undefined)];
    }
  }
  return [];
}

/** How far back a condition word makes a term a circumstance of the penalty. */
const CONDITION_REACH = 120;
/** How far after an offence its penalty may follow in the same sentence. */
const PENALTY_REACH = 400;

/**
 * Strong terms in the same sentence as a penalty, prohibition or criminalisation clause, unless
 * they name a circumstance ("lorsqu'ils sont commis en bande organisée").
 */
export function sanctioned(s: Scanned, strong: readonly Hit[]): Hit[] {
  const markers = supportHits(s, 'penalty').concat(supportHits(s, 'prohibition'), supportHits(s, 'criminalisation'));
  const sentences = new Set(markers.map((m) => s.sentenceAt(m.start)));
  const conditions = supportHits(s, 'condition');
  return strong.filter((h) => {
    const sentence = s.sentenceAt(h.start);
    if (!sentences.has(sentence)) return false;
    const inSentence = conditions.filter((c) => c.end <= h.start && s.sentenceAt(c.start) === sentence);
    // "... is punished ... when committed by an organized group": the condition stands between penalty and term.
    const penaltyFirst = markers.some((m) => m.end <= h.start && s.sentenceAt(m.start) === sentence && !inSentence.some((c) => c.start > m.end));
    // "Whoever imports firearms ... shall be punished": the penalty follows the offence closely.
    const offenceFirst = markers.some((m) => m.start >= h.end && m.start - h.end <= PENALTY_REACH && s.sentenceAt(m.start) === sentence);
    const near = inSentence.some((c) => h.start - c.end <= CONDITION_REACH);
    return !near && (penaltyFirst || offenceFirst);
  });
}

/**
 * The categories a provision specifically addresses, each with the strongest rule that shows it:
 * its heading or a division heading names it; its text mentions it repeatedly (more often when
 * the heading names another subject, or the text surveys many categories); or a sentence
 * penalises, prohibits or requires criminalising conduct it names. `subject`: categories the
 * document's title names.
 */
export function provisionCrimes(p: ProvisionScan, heading: string, subject: ReadonlySet<CrimeSlug> = new Set()): CrimeFinding[] {
  const out: CrimeFinding[] = [];
  const counted = textMentions(p);
  const survey = counted.size >= SURVEY_CATEGORIES;
  const ownHeading = !isGenericHeading(heading);
  const needed = survey || ownHeading ? MENTIONS_UNDER_OTHER_HEADING : MENTIONS;
  // Categories the heading or a division heading names: the provision's subject, which others serve.
  const named = new Set(CRIME_SLUGS.filter((slug) => crimeHits(p.heading, slug, 'strong').length || p.path.some((s) => crimeHits(s, slug, 'strong').length)));
  for (const slug of CRIME_SLUGS) {
    const otherSubject = [...named].some((s) => s !== slug);
    const inHeading = crimeHits(p.heading, slug, 'strong');
    if (inHeading.length) {
      out.push({ slug, rule: 'heading', terms: verbatim([...inHeading, ...crimeHits(p.text, slug, 'strong')]) });
      continue;
    }
    const path = p.path.flatMap((s) => crimeHits(s, slug, 'strong'));
    if (path.length) {
      out.push({ slug, rule: 'structure', terms: verbatim(path) });
      continue;
    }
    const strong = counted.get(slug);
    // The document's subject (named in its title) is what its provisions are about, lists included.
    const required = subject.has(slug) ? MENTIONS : Math.max(needed, otherSubject ? MENTIONS_UNDER_OTHER_HEADING : 0) + (CONTEXT_PRONE.has(slug) ? 1 : 0);
    if (strong && strong.count >= required) {
      out.push({ slug, rule: 'text', terms: strong.terms });
      continue;
    }
    if (strong && !survey && !otherSubject && counted.size <= 2) {
      const hits = sanctioned(p.text, crimeHits(p.text, slug, 'strong'));
      if (hits.length) {
        out.push({ slug, rule: 'sanction', terms: verbatim(hits) });
        continue;
      }
    }
    if (!survey) {
      const hits = [...combo(p.heading, slug), ...combo(p.text, slug)];
      if (hits.length) out.push({ slug, rule: 'pair', terms: verbatim(hits) });
    }
  }
  return out;
}

const INSTRUMENT = /convention|convención|convencion|convenção|verdrag|übereinkommen|конвенц|اتفاقي|公约|protocol/iu;

/**
 * Categories named by a title (strong terms only). A title that opens with the name of an
 * instrument ("United Nations Convention against Transnational Organized Crime and the Protocols
 * Thereto") is about it, though the name elsewhere only cites it.
 */
export function titleCrimes(titles: readonly Scanned[]): CrimeFinding[] {
  const out: CrimeFinding[] = [];
  for (const slug of CRIME_SLUGS) {
    const opening = titles.flatMap((s) => s.crime.filter((h) => h.negated && h.start <= 4 && INSTRUMENT.test(h.term)
      && h.metas.some((m) => m.cls === 'crime' && m.slug === slug && m.role === 'not')));
    const hits = [...titles.flatMap((s) => [...crimeHits(s, slug, 'strong'), ...crimeHits(s, slug, 'title')]), ...opening];
    if (hits.length) out.push({ slug, rule: 'title', terms: verbatim(hits) });
  }
  return out;
}

export interface DocumentCrime {
  slug: CrimeSlug;
  /** Rules that showed it, strongest first. */
  rules: CrimeRule[];
  terms: string[];
  provisions: string[];
}

const RULE_ORDER: readonly CrimeRule[] = ['title', 'heading', 'structure', 'text', 'sanction', 'pair'];

/** A document this short (characters of text) is read as a whole: mentions spread over it add up. */
export const SHORT_DOCUMENT = 12_000;
/** Mentions (outside lists) that make a category of a short document. */
const SPREAD_MENTIONS = 2;

export interface Spread {
  count: number;
  terms: string[];
  provisions: string[];
}

/**
 * A document carries a category when its title names it or a provision specifically addresses
 * it; a short document (a note, a record, a teaching unit) also when its provisions, lists
 * aside, mention it twice. (Summed over a long document, passing mentions add up to noise.)
 */
export function documentCrimes(
  title: readonly CrimeFinding[],
  provisions: ReadonlyMap<string, readonly CrimeFinding[]>,
  spread: ReadonlyMap<CrimeSlug, Spread>,
  short: boolean,
): DocumentCrime[] {
  const acc = new Map<CrimeSlug, { rules: Set<CrimeRule>; terms: Set<string>; provisions: string[] }>();
  const get = (slug: CrimeSlug) => {
    let a = acc.get(slug);
    if (!a) acc.set(slug, (a = { rules: new Set(), terms: new Set(), provisions: [] }));
    return a;
  };
  for (const f of title) {
    const a = get(f.slug);
    a.rules.add('title');
    f.terms.forEach((t) => a.terms.add(t));
  }
  for (const [key, findings] of provisions) {
    for (const f of findings) {
      const a = get(f.slug);
      a.rules.add(f.rule);
      f.terms.forEach((t) => a.terms.add(t));
      a.provisions.push(key);
    }
  }
  for (const [slug, sp] of short ? spread : []) {
    if (sp.count < SPREAD_MENTIONS || acc.has(slug)) continue;
    const a = get(slug);
    a.rules.add('text');
    sp.terms.forEach((t) => a.terms.add(t));
    a.provisions.push(...sp.provisions);
  }
  return CRIME_SLUGS.filter((s) => acc.has(s)).map((slug) => {
    const a = acc.get(slug)!;
    return { slug, rules: RULE_ORDER.filter((r) => a.rules.has(r)), terms: [...a.terms], provisions: a.provisions };
  });
}
