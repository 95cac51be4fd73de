/**
 * Convention articles of a provision: what it criminalises or defines (rules in
 * corpus/lexicon/articles.ts), and in a treaty text its own criminalisation and definition articles.
 */
import { ARTICLE_RULES, DEFINED_IN_TREATY } from '../../corpus/lexicon/articles.js';
import type { CrimeSlug } from '../../corpus/vocab/crimes.js';
import { isArticleCode, treatyByCode } from '../../corpus/vocab/treaties.js';
import { isGenericHeading, sanctioned, textMentions, type CrimeFinding, type ProvisionScan } from './crimes.js';
import { crimeHits, supportHits, type Hit, type Scanned, type SupportRole } from './scan.js';

export type ArticleRuleId = 'criminalisation' | 'definition' | 'treaty-article' | 'citation' | 'heading' | 'title';

export interface ArticleFinding {
  code: string;
  rule: ArticleRuleId;
  terms: string[];
}

/** Characters between a defined term and its definition marker ("trafficking in persons" shall mean). */
const DEFINITION_WINDOW = 60;
/** A provision tagged with this many categories by its text is a list; it criminalises none of them. */
const LIST_CATEGORIES = 4;
/** Longest division heading read as the name of a division of penal provisions. */
const PENAL_DIVISION_LENGTH = 80;

function has(scans: readonly Scanned[], role: SupportRole): Hit[] {
  return scans.flatMap((s) => supportHits(s, role));
}

/** A definitions article: its heading says so, or (treaty texts without headings) its first line. */
function definitionsArticle(p: ProvisionScan): boolean {
  return has([p.heading], 'defHeading').length > 0 || has([p.text], 'defHeading').some((h) => h.start < 40);
}

/** The provision penalises conduct, stands in a division of penal provisions, or (treaty text) obliges States to criminalise it. */
function penalised(p: ProvisionScan): Hit[] {
  // A division named for penal provisions ("Offences and punishment"), not a heading that mentions offences in passing.
  const divisions = p.path.filter((s) => s.length <= PENAL_DIVISION_LENGTH);
  return [...has([p.heading, p.text], 'penalty'), ...has([p.heading, p.text], 'criminalisation'), ...has(divisions, 'penalDivision')];
}

/** A strong term of the category next to a definition marker, or in a definitions article. */
function definition(p: ProvisionScan, slug: CrimeSlug): Hit[] {
  const terms = crimeHits(p.text, slug, 'strong');
  if (!terms.length) return [];
  if (definitionsArticle(p)) return terms;
  const markers = has([p.text], 'defMarker');
  return terms.filter((t) => markers.some((m) => m.start - t.end <= DEFINITION_WINDOW && t.start - m.end <= DEFINITION_WINDOW));
}

/**
 * A provision criminalises a category's conduct when it carries a penalty (or a treaty
 * criminalisation clause) and the category is its subject: named in its heading or a division
 * heading, or in a co-occurrence; or, under a generic heading ("Dispositions pénales") or none,
 * the category it mentions most, named in the sentence that sets the penalty.
 */
function criminalises(p: ProvisionScan, heading: string, c: CrimeFinding): boolean {
  if (!penalised(p).length) return false;
  if (c.rule === 'heading' || c.rule === 'structure' || c.rule === 'pair') return true;
  if (!isGenericHeading(heading)) return false;
  const counts = textMentions(p);
  const top = Math.max(...[...counts.values()].map((m) => m.count));
  return (counts.get(c.slug)?.count ?? 0) === top && sanctioned(p.text, crimeHits(p.text, c.slug, 'strong')).length > 0;
}

/** Articles of a national provision, from the categories it addresses. */
export function provisionArticles(p: ProvisionScan, heading: string, crimes: readonly CrimeFinding[], subject: ReadonlySet<CrimeSlug>): ArticleFinding[] {
  const byText = crimes.filter((c) => c.rule !== 'structure' && !subject.has(c.slug)).length;
  if (byText >= LIST_CATEGORIES) return [];
  const out: ArticleFinding[] = [];
  const all = [p.heading, ...p.path, p.text];
  for (const rule of ARTICLE_RULES) {
    const crime = crimes.find((c) => c.slug === rule.crime);
    if (!crime) continue;
    const where = rule.requiresInHeading ? [p.heading, ...p.path] : all;
    const found = (rule.requires ?? []).map((terms) => has(where, terms));
    if (found.some((hits) => !hits.length)) continue;
    const required = found.flat();
    if (rule.unless && has(all, rule.unless).length) continue;
    if (rule.when === 'criminalised' && criminalises(p, heading, crime)) {
      out.push({ code: rule.code, rule: 'criminalisation', terms: [...crime.terms, ...required.map((h) => h.verbatim), ...penalised(p).map((h) => h.verbatim)].slice(0, 8) });
    } else if (rule.when === 'defined') {
      const defs = definition(p, rule.crime);
      if (defs.length) out.push({ code: rule.code, rule: 'definition', terms: [...defs, ...required].map((h) => h.verbatim) });
    }
  }
  return out;
}

/** The article number of a provision (`Article 5`, `Artículo 5°`, `5`), if it has one. */
export function articleNumber(number: string | null): number | null {
  const m = number ? /(\d+)/.exec(number) : null;
  return m ? Number(m[1]) : null;
}

/**
 * Articles of a provision of a treaty text: its own article when it obliges States to
 * criminalise a category's conduct, or defines trafficking in persons / smuggling of migrants.
 */
export function treatyProvisionArticles(
  treaty: string, n: number | null, p: ProvisionScan, heading: string, crimes: readonly CrimeFinding[], subject: ReadonlySet<CrimeSlug>,
): ArticleFinding[] {
  if (n === null) return [];
  const code = `${treaty}-${n}`;
  if (!isArticleCode(code)) return [];
  // The article's own subject: its heading names a category, or a generic heading ("Criminalization") and its text does.
  // A Protocol's "Criminalization" article refers to the conduct "set forth in article 3": its subject is the Protocol's.
  const own = crimes.filter((c) => c.rule === 'heading' || (isGenericHeading(heading) && c.rule !== 'structure'));
  const criminalisation = has([p.heading, p.text], 'criminalisation');
  const protocol = treatyByCode(treaty)?.parent != null;
  if (criminalisation.length && (own.length || (protocol && isGenericHeading(heading) && subject.size))) {
    return [{ code, rule: 'treaty-article', terms: [...own.flatMap((c) => c.terms), ...criminalisation.map((h) => h.verbatim)].slice(0, 8) }];
  }
  for (const slug of DEFINED_IN_TREATY) {
    const defs = definition(p, slug);
    if (defs.length && definitionsArticle(p)) return [{ code, rule: 'definition', terms: defs.map((h) => h.verbatim) }];
  }
  return [];
}
