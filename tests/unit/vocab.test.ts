/** The vocabularies: complete in six languages, consistent with the treaty texts of the corpus, codes valid and unique. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CORPUS_DIR, rawManifest } from '../helpers/corpus.js';
import { ARTICLE_CODE_PATTERN } from '../../corpus/schema.js';
import {
  UN_LANGUAGES, CRIMES, CRIME_SLUGS, KINDS, LANGUAGES, TREATIES, TREATY_CODES, CROSS_CUTTING, CROSS_CUTTING_CODES,
  countryLabel, treatyByCode, articleCodes, isArticleCode, articleLabel, parseArticleCode, crossCuttingOfArticle,
  vocabulary, type Labels, type Treaty,
} from '../../corpus/vocab/index.js';

const TREATY_DIR = path.join(CORPUS_DIR, 'treaties/int');

/** Case-, accent- and punctuation-insensitive form, for comparing titles across sources that differ in typography. */
const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function blankLabels(name: string, labels: Labels): string[] {
  return UN_LANGUAGES.filter((l) => typeof labels[l] !== 'string' || labels[l].trim() === '').map((l) => `${name} [${l}]`);
}

function treaty(code: string): Treaty {
  const t = treatyByCode(code);
  if (!t) throw new Error(`no treaty ${code} in the vocabulary`);
  return t;
}

describe('every entry is labelled in the six UN languages', () => {
  it('crimes, kinds, languages, treaties, articles and cross-cutting issues', () => {
    const blanks = [
      ...CRIMES.flatMap((c) => blankLabels(`crime ${c.slug}`, c.labels)),
      ...KINDS.flatMap((k) => blankLabels(`kind ${k.code}`, k.labels)),
      ...LANGUAGES.flatMap((l) => blankLabels(`language ${l.code}`, l.labels)),
      ...TREATIES.flatMap((t) => [
        ...blankLabels(`treaty ${t.code}`, t.labels),
        ...blankLabels(`treaty ${t.code} short`, t.short),
        ...t.articles.flatMap((a) => blankLabels(`${t.code}-${a.n}`, a.labels)),
      ]),
      ...CROSS_CUTTING.flatMap((c) => blankLabels(`cross-cutting ${c.code}`, c.labels)),
    ];
    expect(blanks).toEqual([]);
  });

  it('UNTOC, the Protocols and UNCAC have a distinct title per language (not the English fallback)', () => {
    const fallbacks = ['UNTOC', 'TIP', 'SOM', 'FP', 'UNCAC'].flatMap((code) =>
      treaty(code).articles.flatMap((a) => (['ar', 'ru', 'zh'] as const).filter((l) => a.labels[l] === a.labels.en).map((l) => `${code}-${a.n} [${l}]`)),
    );
    expect(fallbacks).toEqual([]);
  });

  it('every country of the corpus manifest', () => {
    const countries = [...new Set(rawManifest().map((r) => String(r.country)))].sort();
    expect(countries.length).toBeGreaterThanOrEqual(17);
    const blanks = countries.flatMap((c) => UN_LANGUAGES.filter((l) => !countryLabel(c, l)?.trim()).map((l) => `${c} [${l}]`));
    expect(blanks).toEqual([]);
    expect(countryLabel('JEY', 'ru')).toBe('Джерси');
  });
});

interface TreatyJson { treaty: string; language: string; title: string; articles: { number: string; title: string | null; text: string }[] }
const treatyJson = (file: string) => JSON.parse(readFileSync(path.join(TREATY_DIR, file), 'utf8')) as TreatyJson;

describe('treaties against the article-level JSON of the corpus', () => {
  const files = readdirSync(TREATY_DIR).filter((f) => f.endsWith('.json'));

  it('covers the eight split treaties', () => {
    expect([...new Set(files.map((f) => treatyJson(f).treaty))].sort()).toEqual(
      ['BUDAPEST', 'COE-TIP-2005', 'DRUGS1988', 'FP', 'SOM', 'TIP', 'UNCAC', 'UNTOC'],
    );
  });

  it.each(files)('%s: same article count and numbers', (file) => {
    const json = treatyJson(file);
    expect(treaty(json.treaty).articles.map((a) => a.n)).toEqual(json.articles.map((a) => Number(a.number)));
  });

  it.each(files.filter((f) => f.endsWith('.en.json')))('%s: English titles are the official ones', (file) => {
    const json = treatyJson(file);
    const t = treaty(json.treaty);
    const titled = json.articles.filter((a) => a.title !== null);
    expect(titled.length).toBe(json.articles.length);
    expect(t.articles.map((a) => a.labels.en)).toEqual(titled.map((a) => a.title));
    expect(norm(t.labels.en)).toBe(norm(json.title));
  });

  it.each(['UNTOC', 'TIP', 'SOM'])('%s: each Spanish title opens the article in the Spanish text', (code) => {
    const json = treatyJson(`${code}.es.json`);
    const t = treaty(code);
    expect(norm(t.labels.es)).toBe(norm(json.title));
    const mismatches = json.articles
      .filter((a, i) => !norm(a.text).startsWith(`${norm(t.articles[i].labels.es)} `))
      .map((a) => `${code}-${a.number}: ${a.text.slice(0, 80)}`);
    expect(mismatches).toEqual([]);
  });
});

/** The bilingual Markdown each treaty comes from (treaties/int/source/); every file there is listed. */
const SOURCES: Record<string, string> = {
  UNTOC: 'untoc.BWBV0001668.en-nl.md', TIP: 'tip-protocol.BWBV0001749.en-nl.md', SOM: 'som-protocol.BWBV0001750.en-nl.md',
  FP: 'firearms-protocol.BWBV0001710.en-nl.md', UNCAC: 'uncac.BWBV0001830.en-nl.md',
  DRUGS1988: 'un-drugs-convention-1988.BWBV0001103.en-nl.md', SINGLE1961: 'single-convention-1961.BWBV0001004.en-nl.md',
  PSYCHO1971: 'psychotropic-1971.BWBV0003922.en-nl.md', BUDAPEST: 'coe-budapest-cybercrime.BWBV0001839.en-nl.md',
  'COE-TIP-2005': 'coe-trafficking-2005.BWBV0004138.en-nl.md', 'COE-CORRUPTION': 'coe-criminal-law-corruption.BWBV0001532.en-nl.md',
  'COE-ML-1990': 'coe-laundering-1990.BWBV0002638.en-nl.md', 'COE-ML-2005': 'coe-laundering-2005.BWBV0003045.en-nl.md',
  CITES: 'cites.BWBV0003833.en-nl.md', RECAAP: 'recaap.BWBV0003173.en-nl.md', SLAVERY1926: 'slavery-convention-1926.BWBV0006262.en-nl.md',
  SLAVERY1956: 'supplementary-slavery-1956.BWBV0006246.en-nl.md', TF1999: 'terrorist-financing-1999.BWBV0001518.en-nl.md',
};
/** Where the vocabulary deliberately differs from the source heading. */
const SOURCE_TYPOS: Record<string, string> = { 'COE-ML-1990-11': 'Obligation to lake provisional measures' };

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
const romanToInt = (r: string) => [...r].reduce((sum, ch, i) => sum + (ROMAN[ch] < (ROMAN[r[i + 1]] ?? 0) ? -ROMAN[ch] : ROMAN[ch]), 0);

/** `### Article N` headings of the English part (before the first Dutch `Artikel`), with the `####` title line that follows, if any. */
function sourceArticles(file: string): { n: string; bis: boolean; title: string | null }[] {
  const lines = readFileSync(path.join(TREATY_DIR, 'source', file), 'utf8').split('\n');
  const end = lines.findIndex((l) => /^#+\s*Artikel\b/.test(l));
  const out: { n: string; bis: boolean; title: string | null }[] = [];
  lines.slice(0, end).forEach((line, i) => {
    const m = /^#+\s*Article\s+(\d+|[IVXL]+)(\s+bis)?\s*$/.exec(line);
    if (!m) return;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
    out.push({ n: m[1], bis: Boolean(m[2]), title: next.startsWith('#') ? next.replace(/^#+/, '').replace(/\*/g, '').trim() : null });
  });
  return out;
}

describe('treaties against their Markdown source', () => {
  it('every source file belongs to a vocabulary treaty, and every treaty has one', () => {
    expect(Object.values(SOURCES).sort()).toEqual(readdirSync(path.join(TREATY_DIR, 'source')).sort());
    expect(Object.keys(SOURCES).sort()).toEqual([...TREATY_CODES].sort());
  });

  it.each(Object.entries(SOURCES))('%s: articles and English titles match the `Article N` headings', (code, file) => {
    const heads = sourceArticles(file);
    const numbered = heads.filter((h) => !h.bis); // 14 bis, 21 bis, 38 bis of the Single Convention have no integer code
    const t = treaty(code);
    expect(t.articles.map((a) => a.n)).toEqual(numbered.map((h) => (/^\d+$/.test(h.n) ? Number(h.n) : romanToInt(h.n))));
    expect(t.articles.map((a) => SOURCE_TYPOS[`${code}-${a.n}`] ?? a.labels.en)).toEqual(
      numbered.map((h, i) => h.title ?? `Article ${i + 1}`),
    );
  });

  it('drops only the three bis articles of the Single Convention', () => {
    const bis = Object.values(SOURCES).flatMap((f) => sourceArticles(f).filter((h) => h.bis).map((h) => `${f} ${h.n} bis`));
    expect(bis).toEqual(['single-convention-1961.BWBV0001004.en-nl.md 14 bis', 'single-convention-1961.BWBV0001004.en-nl.md 21 bis', 'single-convention-1961.BWBV0001004.en-nl.md 38 bis']);
  });

  it.each(Object.entries(SOURCES))('%s: name and adoption date agree with the manifest record', (code, file) => {
    const record = rawManifest().find((r) => r.file === `treaties/int/source/${file}`);
    if (!record) throw new Error(`no manifest record for ${file}`);
    const t = treaty(code);
    expect(t.adopted).toBe(record.date);
    const names = [record.title, record.title_en].map((s) => norm(String(s).replace(/\s*\([^)]*\)\s*$/, '')));
    expect(names).toContain(norm(t.labels.en));
  });
});

describe('codes', () => {
  it('crime slugs are the 15 of DESIGN.md, in order', () => {
    expect([...CRIME_SLUGS]).toEqual([
      'participation-in-organized-criminal-group', 'corruption', 'counterfeiting', 'drug-trafficking', 'money-laundering',
      'obstruction-of-justice', 'cybercrime', 'piracy-maritime-crime', 'smuggling-of-migrants', 'trafficking-in-persons',
      'trafficking-in-cultural-property', 'crimes-affecting-the-environment', 'falsified-medical-products', 'firearms-trafficking', 'terrorism',
    ]);
  });

  it.each([
    ['crime', CRIMES.map((c) => c.slug)],
    ['kind', KINDS.map((k) => k.code)],
    ['language', LANGUAGES.map((l) => l.code)],
    ['treaty', [...TREATY_CODES]],
    ['article', articleCodes()],
    ['cross-cutting', [...CROSS_CUTTING_CODES]],
  ])('%s codes are unique', (_name, codes) => {
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('article codes follow the schema pattern and number each treaty 1..N', () => {
    expect(articleCodes().filter((c) => !ARTICLE_CODE_PATTERN.test(c))).toEqual([]);
    expect(articleCodes().length).toBe(TREATIES.reduce((sum, t) => sum + t.articles.length, 0));
    for (const t of TREATIES) expect(t.articles.map((a) => a.n)).toEqual(t.articles.map((_, i) => i + 1));
  });

  it('protocols name their parent convention; adoption dates are ISO dates', () => {
    expect(TREATIES.filter((t) => t.parent !== null).map((t) => [t.code, t.parent])).toEqual([['TIP', 'UNTOC'], ['SOM', 'UNTOC'], ['FP', 'UNTOC']]);
    expect(TREATIES.filter((t) => !/^\d{4}-\d{2}-\d{2}$/.test(t.adopted)).map((t) => t.code)).toEqual([]);
  });

  it('every cross-cutting issue names at least one article, and each is a valid article code', () => {
    const issues: readonly { code: string; articles: readonly string[] }[] = CROSS_CUTTING;
    expect(issues.filter((c) => c.articles.length === 0).map((c) => c.code)).toEqual([]);
    expect(issues.flatMap((c) => c.articles.filter((a) => !isArticleCode(a)).map((a) => `${c.code}: ${a}`))).toEqual([]);
  });

  it('CROSS_CUTTING_CODES works as a zod enum', () => {
    const CrossCutting = z.enum(CROSS_CUTTING_CODES);
    expect(CrossCutting.parse('extradition')).toBe('extradition');
    expect(CrossCutting.safeParse('extraditions').success).toBe(false);
  });
});

describe('treaty helpers', () => {
  it('parseArticleCode handles hyphenated treaty codes and rejects unknown articles', () => {
    expect(parseArticleCode('UNTOC-5')).toEqual({ treaty: 'UNTOC', n: 5 });
    expect(parseArticleCode('COE-TIP-2005-4')).toEqual({ treaty: 'COE-TIP-2005', n: 4 });
    expect(parseArticleCode('UNTOC-41')).toEqual({ treaty: 'UNTOC', n: 41 });
    for (const bad of ['UNTOC-42', 'UNTOC-0', 'UNTOC', 'untoc-5', 'UNTOC-05', 'FOO-1', '']) expect(parseArticleCode(bad)).toBeNull();
    expect(isArticleCode('SOM-25')).toBe(true);
    expect(isArticleCode('SOM-26')).toBe(false);
  });

  it('articleLabel gives the official title of UNTOC article 5 in each language', () => {
    expect(Object.fromEntries(UN_LANGUAGES.map((l) => [l, articleLabel('UNTOC-5', l)]))).toEqual({
      en: 'Criminalization of participation in an organized criminal group',
      fr: 'Incrimination de la participation à un groupe criminel organisé',
      es: 'Penalización de la participación en un grupo delictivo organizado',
      ru: 'Криминализация участия в организованной преступной группе',
      ar: 'تجريم المشاركة في جماعة إجرامية منظمة',
      zh: '参加有组织犯罪集团行为的刑事定罪',
    });
    expect(articleLabel('TF1999-2', 'zh')).toBe('第2条');
    expect(articleLabel('UNTOC-99', 'en')).toBeUndefined();
  });

  it('crossCuttingOfArticle maps an article to the issues it governs', () => {
    expect(crossCuttingOfArticle('UNTOC-16')).toEqual(['extradition']);
    expect(crossCuttingOfArticle('UNTOC-11')).toEqual(['statute-of-limitations', 'prosecution-adjudication-and-sanctions']);
    expect(crossCuttingOfArticle('TIP-6')).toEqual(['assistance-to-and-protection-of-victims']);
    expect(crossCuttingOfArticle('UNTOC-5')).toEqual([]);
  });
});

describe('vocabulary(locale)', () => {
  it('labels everything in French, as plain JSON', () => {
    const v = vocabulary('fr');
    expect(v.locale).toBe('fr');
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
    expect(v.crimes).toHaveLength(15);
    expect(v.crimes[0]).toEqual({ code: 'participation-in-organized-criminal-group', label: 'Participation à un groupe criminel organisé' });
    expect(v.kinds.find((k) => k.code === 'case')).toEqual({ code: 'case', label: 'Jurisprudence' });
    expect(v.languages.find((l) => l.code === 'zh')).toEqual({ code: 'zh', label: 'chinois' });
    expect(v.countries.find((c) => c.code === 'FRA')).toEqual({ code: 'FRA', label: 'France' });
    expect(v.countries.find((c) => c.code === 'INT')).toEqual({ code: 'INT', label: 'International' });
    expect(v.countries.filter((c) => !/^[A-Z]{3}$/.test(c.code))).toEqual([]);
    const untoc = v.treaties.find((t) => t.code === 'UNTOC');
    expect(untoc?.label).toBe('Convention des Nations Unies contre la criminalité transnationale organisée');
    expect(untoc?.articles).toHaveLength(41);
    expect(untoc?.articles[4]).toEqual({ code: 'UNTOC-5', n: 5, label: 'Incrimination de la participation à un groupe criminel organisé' });
    expect(v.treaties.find((t) => t.code === 'TIP')).toMatchObject({ parent: 'UNTOC', short: 'Protocole relatif à la traite des personnes' });
    expect(v.crossCutting.find((c) => c.code === 'extradition')).toEqual({ code: 'extradition', label: 'Extradition', articles: ['UNTOC-16', 'UNCAC-44'] });
  });

  it('switches every label with the locale', () => {
    const zh = vocabulary('zh');
    const ar = vocabulary('ar');
    expect(zh.treaties[0].label).toBe('联合国打击跨国有组织犯罪公约');
    expect(ar.treaties[0].label).toBe('اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية');
    expect(zh.countries.find((c) => c.code === 'CHN')?.label).toBe('中国');
    expect(zh.crossCutting.find((c) => c.code === 'mutual-legal-assistance')?.label).toBe('司法协助');
  });
});
