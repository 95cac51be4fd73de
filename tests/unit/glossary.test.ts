import { GLOSSARY, GLOSSARY_BY_DOMAIN, EXTRA_LANGUAGES, termsIn } from '../../corpus/lexicon/glossary/index.js';
import { compileTerm, findTerms } from '../../corpus/lexicon/match.js';
import { normalizeText } from '../../corpus/lexicon/normalize.js';
import { ARTICLE_CODE_PATTERN, ID_PATTERN } from '../../corpus/schema.js';
import { CRIME_SLUGS } from '../../corpus/vocab/crimes.js';
import { UN_LANGUAGES } from '../../corpus/vocab/labels.js';
import { corpusText } from '../helpers/corpus.js';

const TREATIES = ['UNTOC', 'TIP', 'SOM', 'FP', 'UNCAC', 'DRUGS1988', 'BUDAPEST', 'COE-TIP-2005'];

describe('glossary shape', () => {
  test('holds 400+ concepts with unique slug ids, spread over the domains', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(400);
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect(Object.keys(GLOSSARY_BY_DOMAIN).length).toBeGreaterThanOrEqual(14);
    for (const [domain, entries] of Object.entries(GLOSSARY_BY_DOMAIN)) expect([domain, entries.length >= 8]).toEqual([domain, true]);
  });

  test('every entry has terms in all six UN languages, each list with a natural (unstarred) form', () => {
    const problems: string[] = [];
    for (const e of GLOSSARY) {
      for (const lang of UN_LANGUAGES) {
        const terms = termsIn(e, lang);
        if (terms.length === 0) problems.push(`${e.id}: no ${lang} terms`);
        else if (!terms.some((t) => !t.includes('*'))) problems.push(`${e.id}: ${lang} has only prefix terms`);
      }
      for (const lang of EXTRA_LANGUAGES) {
        const terms = termsIn(e, lang);
        if (terms.length > 0 && !terms.some((t) => !t.includes('*'))) problems.push(`${e.id}: ${lang} has only prefix terms`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('German, Portuguese and Dutch are covered for most concepts', () => {
    for (const lang of EXTRA_LANGUAGES) {
      const covered = GLOSSARY.filter((e) => termsIn(e, lang).length > 0).length;
      expect([lang, covered / GLOSSARY.length >= 0.9]).toEqual([lang, true]);
    }
  });

  test('broad (general vocabulary) entries stay a small minority', () => {
    const broad = GLOSSARY.filter((e) => e.broad).map((e) => e.id);
    expect(broad).toEqual(expect.arrayContaining(['evidence', 'police', 'victims', 'internet-online']));
    expect(broad.length / GLOSSARY.length).toBeLessThan(0.1);
  });

  test('crime tags are known slugs and article codes name a corpus treaty', () => {
    for (const e of GLOSSARY) {
      for (const c of e.crimes ?? []) expect(CRIME_SLUGS).toContain(c);
      for (const a of e.articles ?? []) {
        expect(a).toMatch(ARTICLE_CODE_PATTERN);
        expect(TREATIES).toContain(a.replace(/-\d+$/, ''));
      }
    }
    expect(GLOSSARY.find((e) => e.id === 'money-laundering')?.articles).toEqual(expect.arrayContaining(['UNTOC-6', 'UNCAC-23']));
  });

  test('no term (normalised) stands for two concepts in the same language', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of GLOSSARY) {
      for (const [lang, terms] of Object.entries(e.terms as Record<string, string[]>)) {
        for (const t of new Set(terms.map((x) => `${lang}:${normalizeText(x).replace(/[\s\-–'’、，,()（）]+/g, ' ').trim()}`))) {
          const prev = owner.get(t);
          if (prev && prev !== e.id) clashes.push(`${t} in ${prev} and ${e.id}`);
          owner.set(t, e.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('glossary terms compile and match', () => {
  test('every term compiles with compileTerm and matches its own natural spelling', () => {
    const failures: string[] = [];
    let count = 0;
    for (const e of GLOSSARY) {
      for (const terms of Object.values(e.terms as Record<string, string[]>)) {
        for (const t of terms) {
          count++;
          const m = compileTerm(t);
          const self = normalizeText(t.replace(/\*/g, ''));
          if (findTerms(self, [m]).length === 0) failures.push(`${e.id}: «${t}»`);
        }
      }
    }
    expect(count).toBeGreaterThan(10_000);
    expect(failures).toEqual([]);
  });

  test('prefix terms reach inflected forms (Russian, German)', () => {
    const ml = GLOSSARY.find((e) => e.id === 'money-laundering');
    const ru = termsIn(ml!, 'ru').map(compileTerm);
    expect(findTerms(normalizeText('легализации (отмывания) денежных средств'), ru).map((h) => h.match)).toContain('отмывания');
    const de = termsIn(ml!, 'de').map(compileTerm);
    expect(findTerms(normalizeText('Verdacht der Geldwäschehandlung'), de).length).toBeGreaterThan(0);
  });
});

describe('glossary terms occur in the real corpus documents of their language', () => {
  const hits = (id: string, docId: string, lang: string): string[] => {
    const entry = GLOSSARY.find((e) => e.id === id)!;
    const text = normalizeText(corpusText(docId));
    return findTerms(text, termsIn(entry, lang).map(compileTerm)).map((h) => h.term);
  };

  test.each([
    ['money-laundering', 'legislation-chn-anti-money-laundering-law', 'zh', '洗钱'],
    ['money-laundering', 'legislation-sau-anti-money-laundering-law', 'ar', 'غسل الأموال'],
    ['money-laundering', 'legislation-ury-law-19574-money-laundering', 'es', 'lavado de activos'],
    ['money-laundering', 'legislation-lux-law-2004-11-12-money-laundering-terrorist-financing', 'fr', 'blanchi*'],
    ['money-laundering', 'legislation-deu-money-laundering-act-gwg', 'de', 'Geldwäsche'],
    ['trafficking-in-persons', 'legislation-arg-law-26364-trafficking-in-persons', 'es', 'trata de personas'],
    ['trafficking-in-persons', 'legislation-sau-anti-trafficking-in-persons-law', 'ar', 'الاتجار بالأشخاص'],
    ['controlled-delivery', 'legislation-chn-criminal-procedure-law', 'zh', '控制下交付'],
    ['illegal-logging', 'case-chn-lecard-ridx-22', 'zh', '盗伐林木'],
    ['illegal-logging', 'legislation-chn-criminal-law', 'zh', '盗伐森林'],
  ])('%s in %s (%s)', (id, docId, lang, expected) => {
    expect(hits(id, docId, lang)).toContain(expected);
  });
});
