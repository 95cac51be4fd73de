/**
 * The tagger: crime categories, convention articles and cross-cutting issues for each provision
 * and for the document, each document tag with its evidence (terms as written, provision keys,
 * how and by which rule it was obtained). Source-given charges (`how: source`) and curated
 * manifest tags (`how: manual`) replace the rule result for their type.
 */
import type { CuratedTags, Provision, TagEvidence } from '../../corpus/schema.js';
import type { CrimeSlug } from '../../corpus/vocab/crimes.js';
import { CRIME_SLUGS } from '../../corpus/vocab/crimes.js';
import { CROSS_CUTTING_CODES, crossCuttingOfArticle } from '../../corpus/vocab/cross-cutting.js';
import { articleCodes } from '../../corpus/vocab/treaties.js';
import type { ParsedProvision } from '../adapters/types.js';
import { articleNumber, provisionArticles, treatyProvisionArticles, type ArticleFinding } from './articles.js';
import { chargesOf, crimesOfCharges } from './charges.js';
import { findCitations } from './citations.js';
import { documentCrimes, provisionCrimes, SHORT_DOCUMENT, textMentions, titleCrimes, type CrimeFinding, type ProvisionScan, type Spread } from './crimes.js';
import { provisionCrossCutting, type CrossCuttingFinding } from './cross-cutting.js';
import { lexiconLanguages, scannerFor, xcHits, type Scanned } from './scan.js';
import { treatyCodeOf } from './treaty.js';

export interface TagInput {
  kind: string; language: string; title: string; title_en: string | null; summary: string | null;
  provisions: ParsedProvision[]; meta: Record<string, unknown>;
}
export interface TagResult {
  provisions: Provision[]; crimes: Provision['crimes']; articles: string[]; crossCutting: string[]; evidence: TagEvidence[];
}

/** A provision naming this many categories is a list. */
const LIST_CATEGORIES = 3;

/** Evidence lists are for people: a few terms and provision keys are enough. */
const MAX_TERMS = 12;
const MAX_PROVISIONS = 25;

/** Cross-cutting issues that, named in the title of a national law, show the article it implements. */
const ISSUE_ARTICLES: Record<string, string> = {
  'liability-of-legal-persons': 'UNTOC-10',
  'protection-of-witnesses': 'UNTOC-24',
};

/** Divisions that amend other laws (Canadian "Consequential Amendments", ...): their text is about those laws. */
const EDITORIAL_DIVISION = /consequential amendments?|coordinating amendments?|amendments not in force|modifications corrélatives|modifications non en vigueur|dispositions de coordination|modificaciones a otras leyes|änderung anderer (?:gesetze|vorschriften)|^decreto por el que|^(?:art[íi]culos? )?transitorios?$/i;

/** Longest first line that reads as a title ("Penalización del blanqueo del producto del delito"). */
const TITLE_LINE = 120;

/**
 * The heading of a provision, and its text. Where the source has no separate heading but the
 * text opens with a title line (treaty texts split from running text), that line is the heading.
 */
function headingAndText(p: ParsedProvision): { heading: string; text: string } {
  if (p.heading?.trim()) return { heading: p.heading, text: p.text };
  // A title may be broken over several short lines ("Penalización de la participación en un grupo / delictivo organizado").
  const lines = p.text.split(/\n+/);
  const title: string[] = [];
  for (const line of lines) {
    const l = line.trim();
    if (!l || l.length > TITLE_LINE || /^(?:\d+[.)°º]|\(?[a-z0-9]{1,3}\))\s/i.test(l)) break;
    if (/[.;:,。；：，！？!?、]$/.test(l)) break;
    title.push(l);
    if (title.join(' ').length > TITLE_LINE * 1.5) return { heading: '', text: p.text };
  }
  if (!title.length || title.length === lines.filter((l) => l.trim()).length) return { heading: '', text: p.text };
  const rest = p.text.slice(p.text.indexOf(title[title.length - 1]) + title[title.length - 1].length);
  return { heading: title.join(' '), text: rest };
}

const CRIME_RULE_ID = { title: 'title', heading: 'lexicon-heading', structure: 'structure', text: 'lexicon-text', sanction: 'lexicon-sanction', pair: 'lexicon-pair' } as const;

interface Acc { terms: Set<string>; provisions: string[]; rules: Set<string> }

function accumulate(map: Map<string, Acc>, tag: string, terms: readonly string[], key: string | null, rule: string): void {
  let a = map.get(tag);
  if (!a) map.set(tag, (a = { terms: new Set(), provisions: [], rules: new Set() }));
  terms.forEach((t) => a.terms.add(t));
  if (key && !a.provisions.includes(key)) a.provisions.push(key);
  a.rules.add(rule);
}

function evidenceOf(map: Map<string, Acc>, type: TagEvidence['type'], order: readonly string[]): TagEvidence[] {
  return order.filter((t) => map.has(t)).map((tag) => {
    const a = map.get(tag)!;
    return { tag, type, how: 'rule', terms: [...a.terms].slice(0, MAX_TERMS), provisions: a.provisions.slice(0, MAX_PROVISIONS), rule: [...a.rules][0] };
  });
}

export function tagDocument(input: TagInput, curated?: CuratedTags): TagResult {
  const langs = lexiconLanguages(input.language);
  const scan = scannerFor(langs);
  const scanTitle = scannerFor(langs, { names: false });
  const scanEnglishTitle = scannerFor(['en'], { names: false });
  const pathCache = new Map<string, Scanned>();
  const scanPath = (s: string): Scanned => {
    let hit = pathCache.get(s);
    if (!hit) pathCache.set(s, (hit = scan(s)));
    return hit;
  };
  const treaty = input.kind === 'treaty' ? treatyCodeOf(input.meta, [input.title, input.title_en]) : null;

  // Title: the document's own title, and its English rendering matched with the English lexicon.
  const titleScans = [scanTitle(input.title), ...(input.title_en ? [scanEnglishTitle(input.title_en)] : [])];
  const fromTitle = titleCrimes(titleScans);
  const subject = new Set(fromTitle.map((f) => f.slug));

  const crimeFindings = new Map<string, CrimeFinding[]>();
  const articleAcc = new Map<string, Acc>();
  const issueAcc = new Map<string, Acc>();
  const tagged: { p: ParsedProvision; crimes: CrimeFinding[]; articles: ArticleFinding[]; issues: CrossCuttingFinding[] }[] = [];

  const units = input.provisions.map((p) => ({ p, key: p.key as string | null }));
  if (input.summary) units.push({ p: { key: 'summary', number: null, heading: null, text: input.summary, type: 'other', path: [] }, key: null });
  const totalLength = units.reduce((n, u) => n + u.p.text.length, 0);
  const spread = new Map<CrimeSlug, Spread>();
  for (const { p, key } of units) {
    // Editorial notes and amendments to other laws cite other instruments; they do not make the subject.
    if (p.type === 'note' || p.path.some((h) => EDITORIAL_DIVISION.test(h))) {
      if (key !== null) tagged.push({ p, crimes: [], articles: [], issues: [] });
      continue;
    }
    const { heading, text } = headingAndText(p);
    const ps: ProvisionScan = { key: p.key, heading: scan(heading), path: p.path.map(scanPath), text: scan(text) };
    const crimes = provisionCrimes(ps, heading, subject);
    const mentioned = textMentions(ps);
    // Mentions in a list of several categories are no sign of the subject, even summed up.
    if (mentioned.size < LIST_CATEGORIES) {
      for (const [slug, m] of mentioned) {
        const sp = spread.get(slug) ?? { count: 0, terms: [], provisions: [] };
        sp.count += m.count;
        sp.terms.push(...m.terms);
        if (key) sp.provisions.push(key);
        spread.set(slug, sp);
      }
    }
    // Only laws and treaties criminalise; judgments, strategies and teaching texts can still cite articles.
    const articles = treaty ? treatyProvisionArticles(treaty, articleNumber(p.number), ps, heading, crimes, subject)
      : input.kind === 'legislation' ? provisionArticles(ps, heading, crimes, subject) : [];
    if (!treaty) {
      for (const c of findCitations(`${p.heading ?? ''}\n${p.text}`)) articles.push({ code: c.code, rule: 'citation', terms: [c.text] });
    }
    const issues = provisionCrossCutting(ps);
    crimeFindings.set(key ?? '', [...(crimeFindings.get(key ?? '') ?? []), ...crimes]);
    for (const a of articles) accumulate(articleAcc, a.code, a.terms, key, a.rule);
    for (const i of issues) accumulate(issueAcc, i.code, i.terms, key, i.rule);
    if (key !== null) tagged.push({ p, crimes, articles, issues });
  }

  if (!treaty) {
    for (const [issue, code] of Object.entries(ISSUE_ARTICLES)) {
      const hits = titleScans.flatMap((s) => xcHits(s, issue));
      if (hits.length) accumulate(articleAcc, code, hits.map((h) => h.verbatim), null, 'title');
    }
  }

  // Crimes: source charges, else rules; curated tags win over both.
  const evidence: TagEvidence[] = [];
  let crimes: CrimeSlug[];
  const charges = chargesOf(input.meta);
  const fromCharges = charges.length ? crimesOfCharges(charges, 'zh') : [];
  if (fromCharges.length) {
    crimes = CRIME_SLUGS.filter((s) => fromCharges.some((c) => c.slug === s));
    for (const c of fromCharges) evidence.push({ tag: c.slug, type: 'crime', how: 'source', terms: c.charges, provisions: [], rule: 'charges' });
  } else {
    const docCrimes = documentCrimes(fromTitle, crimeFindings, spread, totalLength <= SHORT_DOCUMENT);
    crimes = docCrimes.map((c) => c.slug);
    for (const c of docCrimes) {
      evidence.push({
        tag: c.slug, type: 'crime', how: 'rule', terms: c.terms.slice(0, MAX_TERMS),
        provisions: c.provisions.filter((k) => k !== '').slice(0, MAX_PROVISIONS), rule: CRIME_RULE_ID[c.rules[0]],
      });
    }
  }

  const order = articleCodes();
  let articles = order.filter((c) => articleAcc.has(c));
  evidence.push(...evidenceOf(articleAcc, 'article', order));
  for (const code of articles) for (const issue of crossCuttingOfArticle(code)) accumulate(issueAcc, issue, [code], null, 'implies');
  let crossCutting: string[] = CROSS_CUTTING_CODES.filter((c) => issueAcc.has(c));
  evidence.push(...evidenceOf(issueAcc, 'crossCutting', CROSS_CUTTING_CODES));

  const replace = (type: TagEvidence['type'], list: readonly string[]): void => {
    for (let i = evidence.length - 1; i >= 0; i--) if (evidence[i].type === type) evidence.splice(i, 1);
    for (const tag of list) evidence.push({ tag, type, how: 'manual', terms: [], provisions: [], rule: 'curated' });
  };
  if (curated?.crimes) { crimes = [...curated.crimes]; replace('crime', crimes); }
  if (curated?.articles) { articles = [...curated.articles]; replace('article', articles); }
  if (curated?.crossCutting) { crossCutting = [...curated.crossCutting]; replace('crossCutting', crossCutting); }

  const provisions: Provision[] = tagged.map(({ p, crimes: pc, articles: pa, issues }) => {
    const own = new Set(pa.map((a) => a.code));
    const pCrimes = CRIME_SLUGS.filter((s) => pc.some((c) => c.slug === s) && (!curated?.crimes || crimes.includes(s)));
    const pArticles = order.filter((c) => own.has(c) && (!curated?.articles || articles.includes(c)));
    const implied = new Set(pArticles.flatMap((c) => crossCuttingOfArticle(c)));
    const pIssues = CROSS_CUTTING_CODES.filter((c) => (issues.some((i) => i.code === c) || implied.has(c)) && (!curated?.crossCutting || crossCutting.includes(c)));
    return { ...p, crimes: pCrimes, articles: pArticles, crossCutting: pIssues };
  });
  return { provisions, crimes, articles, crossCutting, evidence };
}
