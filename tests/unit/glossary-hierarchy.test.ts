import { GLOSSARY, GLOSSARY_BY_DOMAIN, termsIn } from '../../corpus/lexicon/glossary/index.js';
import type { GlossaryEntry } from '../../corpus/lexicon/glossary/types.js';
import { BROADER_WEIGHT, NARROWER_WEIGHT, broaderOf, expandConcepts, hierarchyProblems, narrowerOf } from '../../corpus/lexicon/hierarchy.js';
import { compileTerm, findTerms } from '../../corpus/lexicon/match.js';
import { normalizeText } from '../../corpus/lexicon/normalize.js';
import { corpusText } from '../helpers/corpus.js';

const entry = (id: string): GlossaryEntry => {
  const e = GLOSSARY.find((x) => x.id === id);
  if (!e) throw new Error(`no glossary concept ${id}`);
  return e;
};

describe('glossary hierarchy is sound', () => {
  test('every broader id exists, no concept is its own parent, no cycles', () => {
    expect(hierarchyProblems()).toEqual([]);
  });

  test('the check finds unknown ids, self-parents and cycles in synthetic entries', () => {
    const terms = GLOSSARY[0]!.terms;
    const problems = hierarchyProblems([
      { id: 'a', broader: ['b'], terms },
      { id: 'b', broader: ['c'], terms },
      { id: 'c', broader: ['a', 'zz'], terms },
      { id: 'd', broader: ['d'], terms },
    ]);
    expect(problems).toEqual([
      'Unexpected broader id zz on c, expected a glossary concept id',
      'Unexpected d as its own broader concept, expected another concept',
      'Unexpected cycle a → b → c → a, expected a hierarchy without cycles',
    ]);
  });

  test('most specific concepts have a broader concept, in every domain with a clear tree', () => {
    const linked = GLOSSARY.filter((e) => (e.broader ?? []).length > 0);
    expect(linked.length).toBeGreaterThanOrEqual(250);
    const specific = GLOSSARY.filter((e) => !e.broad);
    const placed = specific.filter((e) => broaderOf(e.id).length > 0 || narrowerOf(e.id).length > 0);
    expect(placed.length / specific.length).toBeGreaterThan(0.75);
    for (const domain of ['corruption', 'cyber', 'environment', 'victims', 'justice', 'drugs', 'terrorism', 'cooperation', 'firearms']) {
      const entries = GLOSSARY_BY_DOMAIN[domain]!;
      const share = entries.filter((e) => (e.broader ?? []).length > 0).length / entries.length;
      expect([domain, share >= 0.4]).toEqual([domain, true]);
    }
  });

  test('a concept does not fan out into more narrower concepts than a search can afford', () => {
    const wide = GLOSSARY.filter((e) => narrowerOf(e.id).length > 10).map((e) => e.id);
    expect(wide).toEqual([]);
  });
});

describe('named relations', () => {
  test.each([
    ['water-pollution', 'pollution'],
    ['soil-pollution', 'pollution'],
    ['air-pollution', 'pollution'],
    ['hazardous-waste', 'pollution'],
    ['pollution', 'environmental-crime'],
    ['illegal-fishing', 'environmental-crime'],
    ['illegal-mining', 'environmental-crime'],
    ['illegal-logging', 'environmental-crime'],
    ['child-sexual-abuse-material', 'child-sexual-exploitation'],
    ['child-sexual-exploitation', 'sexual-exploitation'],
    ['telecom-fraud', 'fraud'],
    ['computer-related-fraud', 'fraud'],
    ['computer-related-fraud', 'cybercrime'],
    ['witness-tampering', 'obstruction-of-justice'],
    ['active-bribery', 'bribery'],
    ['bribery', 'corruption'],
    ['self-laundering', 'money-laundering'],
    ['customer-due-diligence', 'aml-preventive-measures'],
    ['aml-preventive-measures', 'money-laundering'],
    ['letters-rogatory', 'mutual-legal-assistance'],
    ['child-trafficking', 'trafficking-in-persons'],
    ['debt-bondage', 'slavery'],
    ['heroin', 'narcotic-drugs'],
    ['terrorist-financing', 'terrorism'],
    ['marking-of-firearms', 'firearms-control'],
  ])('%s → %s', (narrow, broad) => {
    expect(broaderOf(narrow)).toContain(broad);
    expect(narrowerOf(broad)).toContain(narrow);
  });

  test('new parent concepts have terms in all six UN languages', () => {
    for (const id of ['aml-preventive-measures', 'corruption-prevention', 'firearms-control']) {
      const e = entry(id);
      for (const lang of ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const) expect([id, lang, e.terms[lang].length > 0]).toEqual([id, lang, true]);
    }
  });

  test('unknown ids have no relations', () => {
    expect(broaderOf('no-such-concept')).toEqual([]);
    expect(narrowerOf('no-such-concept')).toEqual([]);
    expect(expandConcepts(['no-such-concept'])).toEqual([]);
  });
});

describe('expandConcepts', () => {
  test('weights are the named constants', () => {
    expect(NARROWER_WEIGHT).toBe(0.6);
    expect(BROADER_WEIGHT).toBe(0.3);
  });

  test('a specific concept adds its broader concept at the broader weight', () => {
    expect(expandConcepts(['water-pollution'])).toEqual([{ id: 'pollution', weight: BROADER_WEIGHT, via: 'water-pollution', relation: 'broader' }]);
  });

  test('a general concept adds its narrower concepts, in glossary order, then its broader one', () => {
    const x = expandConcepts(['pollution']);
    expect(x.map((e) => [e.id, e.weight, e.relation])).toEqual([
      ['water-pollution', NARROWER_WEIGHT, 'narrower'],
      ['soil-pollution', NARROWER_WEIGHT, 'narrower'],
      ['air-pollution', NARROWER_WEIGHT, 'narrower'],
      ['hazardous-waste', NARROWER_WEIGHT, 'narrower'],
      ['waste-management', NARROWER_WEIGHT, 'narrower'],
      ['environmental-crime', BROADER_WEIGHT, 'broader'],
    ]);
    expect(x.every((e) => e.via === 'pollution')).toBe(true);
  });

  test('fraud reaches telecom and computer-related fraud', () => {
    const ids = expandConcepts(['fraud']).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['telecom-fraud', 'computer-related-fraud', 'payment-card-fraud']));
    expect(expandConcepts(['fraud']).every((e) => e.relation === 'narrower' && e.weight === NARROWER_WEIGHT)).toBe(true);
  });

  test('concepts of the query are not added again, and a concept reached twice keeps its highest weight', () => {
    // computer-related-fraud is narrower of fraud (0.6) and broader of phishing (0.3).
    const x = expandConcepts(['phishing', 'fraud']);
    expect(x.filter((e) => e.id === 'computer-related-fraud')).toEqual([{ id: 'computer-related-fraud', weight: NARROWER_WEIGHT, via: 'fraud', relation: 'narrower' }]);
    expect(x.map((e) => e.id)).not.toContain('phishing');
    expect(x.map((e) => e.id)).not.toContain('fraud');
    expect(new Set(x.map((e) => e.id)).size).toBe(x.length);
    // Same input, same output (stable order).
    expect(expandConcepts(['phishing', 'fraud'])).toEqual(x);
  });

  test('two query concepts that are parent and child do not expand into each other', () => {
    const x = expandConcepts(['child-sexual-abuse-material', 'child-sexual-exploitation']);
    expect(x.map((e) => e.id)).not.toContain('child-sexual-exploitation');
    expect(x.map((e) => e.id)).not.toContain('child-sexual-abuse-material');
    expect(x.map((e) => [e.id, e.weight])).toEqual(expect.arrayContaining([['online-grooming', NARROWER_WEIGHT], ['sexual-exploitation', BROADER_WEIGHT]]));
  });

  test('never expands into, or out of, a broad concept', () => {
    // life-imprisonment → imprisonment (broad); firearms → weapons-general (broad).
    expect(broaderOf('life-imprisonment')).toEqual(['imprisonment']);
    expect(entry('imprisonment').broad).toBe(true);
    expect(expandConcepts(['life-imprisonment'])).toEqual([]);
    expect(expandConcepts(['firearms']).map((e) => e.id)).not.toContain('weapons-general');
    expect(narrowerOf('evidence').length).toBeGreaterThan(2);
    expect(expandConcepts(['evidence'])).toEqual([]);
    const all = expandConcepts(GLOSSARY.filter((e) => !e.broad).map((e) => e.id).slice(0, 200));
    expect(all.filter((e) => entry(e.id).broad)).toEqual([]);
  });

  test('illegal mining adds environmental crime and mineral resources; money laundering its preventive measures', () => {
    expect(expandConcepts(['illegal-mining']).map((e) => [e.id, e.weight])).toEqual([['environmental-crime', BROADER_WEIGHT], ['mineral-resources', BROADER_WEIGHT]]);
    expect(expandConcepts(['money-laundering']).map((e) => e.id)).toEqual(['self-laundering', 'predicate-offence', 'concealment-of-proceeds', 'aml-preventive-measures']);
  });
});

describe('statute phrasings reach the real documents that use them', () => {
  const hits = (id: string, docId: string, lang: string): string[] => {
    const text = normalizeText(corpusText(docId));
    return findTerms(text, termsIn(entry(id), lang).map(compileTerm)).map((h) => h.term);
  };

  test.each([
    ['illegal-mining', 'legislation-chn-criminal-law', 'zh', '未取得采矿许可证擅自采矿'],
    ['illegal-mining', 'legislation-chn-mineral-resources-law', 'zh', '未取得采矿权开采'],
    ['illegal-mining', 'legislation-sau-mining-investment-law', 'ar', 'نشاط تعديني دون رخصة'],
    ['illegal-mining', 'legislation-rus-criminal-code', 'ru', 'самовольная добыча янтаря'],
    ['water-pollution', 'legislation-can-fisheries-act-en', 'en', 'deposit of a deleterious substance'],
    ['child-sexual-abuse-material', 'legislation-mex-federal-criminal-code', 'es', 'pornografía de personas menores de dieciocho años'],
    ['child-sexual-abuse-material', 'legislation-deu-criminal-code-stgb', 'de', 'kinderpornographisch*'],
    ['child-sexual-exploitation', 'legislation-rus-criminal-code', 'ru', 'половой неприкосновенности несовершеннолетн*'],
    ['cooperation-of-offenders', 'legislation-arg-law-27401-criminal-liability-legal-persons', 'es', 'acuerdo de colaboración eficaz'],
    ['cooperation-of-offenders', 'legislation-fra-criminal-code', 'fr', "ayant averti l'autorité administrative ou judiciaire"],
    ['cooperation-of-offenders', 'legislation-deu-criminal-code-stgb', 'de', 'Hilfe zur Aufklärung oder Verhinderung von schweren Straftaten'],
    ['embezzlement-by-public-officials', 'legislation-arg-law-11179-criminal-code', 'es', 'sustrajere caudales'],
    ['computer-related-fraud', 'legislation-arg-law-26388-computer-crimes', 'es', 'manipulación informática'],
    ['cross-border-cash-declaration', 'legislation-can-proceeds-of-crime-terrorist-financing-act-en', 'en', 'reporting of currency and monetary instruments'],
    ['cross-border-cash-declaration', 'legislation-chn-anti-money-laundering-law', 'zh', '出入境人员携带的现金'],
    ['commercial-carriers', 'legislation-fra-foreigners-entry-residence-asylum-code-ceseda', 'fr', 'entreprise de transport aérien'],
    ['aml-preventive-measures', 'legislation-chn-anti-money-laundering-law', 'zh', '反洗钱义务'],
    ['firearms-control', 'legislation-chn-firearms-control-law', 'zh', '枪支管理'],
  ])('%s in %s (%s): %s', (id, docId, lang, expected) => {
    expect(hits(id, docId, lang)).toContain(expected);
  });
});
