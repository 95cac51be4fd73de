import { analyzeQuery, expansionsFor, searchForm } from '../../corpus/lexicon/query.js';
import { normalizeText } from '../../corpus/lexicon/normalize.js';
import { corpusText } from '../helpers/corpus.js';

const ids = (q: string, lang?: string): string[] => analyzeQuery(q, lang).concepts.map((c) => c.id);

describe('analyzeQuery finds concepts in all six UN languages', () => {
  test.each([
    ['money laundering', 'en', 'money laundering'],
    ['洗钱', 'zh', '洗钱'],
    ["blanchiment d'argent", 'fr', "blanchiment d'argent"],
    ['lavado de activos', 'es', 'lavado de activos'],
    ['отмывание денег', 'ru', 'отмывание денег'],
    ['غسل الأموال', 'ar', 'غسل الأموال'],
  ])('money laundering: %s', (q, language, matched) => {
    const a = analyzeQuery(q);
    expect(a.language).toBe(language);
    expect(a.concepts.map((c) => [c.id, c.matched, c.fuzzy, c.broad])).toEqual([['money-laundering', matched, false, false]]);
    expect(a.concepts[0].crimes).toEqual(['money-laundering']);
    expect(a.concepts[0].articles).toEqual(expect.arrayContaining(['UNTOC-6']));
    expect(a.residual).toBe('');
  });

  test.each([
    ['贩运人口', 'zh'],
    ['trata de personas', 'es'],
    ['торговля людьми', 'ru'],
    ['trafficking of persons', 'en'],
    ['الاتجار بالبشر', 'ar'],
  ])('trafficking in persons: %s', (q, language) => {
    const a = analyzeQuery(q);
    expect(a.language).toBe(language);
    expect(a.concepts.map((c) => c.id)).toEqual(['trafficking-in-persons']);
  });

  test('inflected and clitic forms are read (Russian case endings, Arabic prefixes, French plural)', () => {
    expect(ids('легализация доходов, полученных преступным путем')).toEqual(expect.arrayContaining(['money-laundering']));
    expect(ids('لغسل الأموال')).toEqual(['money-laundering']);
    expect(ids('والأسلحة النارية')).toEqual(['firearms']);
    expect(ids('groupes criminels organisés')).toEqual(['organized-criminal-group']);
  });

  test('Chinese terms match through punctuation and inside longer text', () => {
    expect(ids('偷越国（边）境')).toEqual(['illegal-entry']);
    expect(ids('关于容留他人吸毒的判例')).toEqual(['premises-for-drug-use']);
  });
});

describe('typo tolerance', () => {
  test('Latin: one letter missing in a word of 6+ letters', () => {
    const a = analyzeQuery('expedited preservaton of stored computer data');
    expect(a.concepts.map((c) => [c.id, c.fuzzy])).toEqual([['expedited-preservation-of-data', true]]);
  });

  test('Cyrillic: one wrong letter', () => {
    const a = analyzeQuery('контробанда оружия');
    expect(a.concepts.map((c) => [c.id, c.matched, c.fuzzy])).toEqual([['firearms-trafficking', 'контробанда оружия', true]]);
  });

  test('Cyrillic: a truncated word still meets a prefix term', () => {
    expect(analyzeQuery('растрата бюджетных средст').concepts.map((c) => [c.id, c.fuzzy])).toEqual([
      ['embezzlement-by-public-officials', false],
      ['public-funds', true],
    ]);
  });

  test('short words get no typo tolerance (no false friends)', () => {
    expect(ids('mony')).toEqual([]);
  });

  test('two query words may spell one term word', () => {
    expect(ids('marking and tracing of fire arms')).toEqual(['marking-of-firearms', 'tracing-of-firearms']);
  });
});

describe('overlapping matches', () => {
  test('the longest match wins over the words inside it', () => {
    expect(ids("trafic d'influence")).toEqual(['trading-in-influence']);
    expect(ids('illicit trafficking in firearms')).toEqual(['firearms-trafficking']);
    expect(ids('容留他人吸毒')).toEqual(['premises-for-drug-use']);
  });

  test('two exact phrases that share a word both stand', () => {
    expect(ids('تزييف العملة الورقية')).toEqual(['counterfeit-currency', 'currency-banknotes']);
  });

  test('a query in one language is not read through a short false friend of another', () => {
    expect(ids('port of Rotterdam', 'en')).toEqual(['ports']);
    expect(analyzeQuery('vol', 'en').concepts).toEqual([]);
  });
});

describe('residual, salient words and language', () => {
  test('residual keeps uncovered content words only', () => {
    const a = analyzeQuery('agent-based simulation of mafia extortion');
    expect(a.concepts.map((c) => c.id)).toEqual(['mafia-type-organization', 'extortion']);
    expect(a.residual).toBe('agent based simulation');
  });

  test('a long query keeps at most 10 salient words, concept words first, in query order', () => {
    const q =
      'what are the obligations of the requested State under the convention when it receives a request for ' +
      'mutual legal assistance and extradition concerning the laundering of the proceeds of crime committed by an organized criminal group abroad';
    const a = analyzeQuery(q);
    expect(a.language).toBe('en');
    expect(a.salient.length).toBe(10);
    expect(a.salient).toEqual(expect.arrayContaining(['mutual', 'legal', 'assistance', 'extradition', 'laundering', 'proceeds', 'organized', 'criminal', 'group']));
    expect(a.salient).not.toContain('the');
    const order = a.salient.map((w) => q.indexOf(w));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  test('general legal vocabulary is read but marked broad', () => {
    const a = analyzeQuery('police evidence of money laundering');
    expect(a.concepts.map((c) => [c.id, c.broad])).toEqual([['police', true], ['evidence', true], ['money-laundering', false]]);
  });

  test('Chinese salient items are concept spans and residual chunks cut at function words', () => {
    const a = analyzeQuery('技术侦查措施的批准和适用');
    expect(a.concepts.map((c) => c.id)).toEqual(['special-investigative-techniques']);
    expect(a.salient).toEqual(['技术侦查措施', '批准', '适用']);
    expect(a.residual).toBe('批准 适用');
  });

  test('the given language wins; otherwise it is detected', () => {
    expect(analyzeQuery('corruption', 'fr-FR').language).toBe('fr');
    expect(analyzeQuery('corruption').language).toBe('en');
    expect(analyzeQuery('corrupción de funcionarios').language).toBe('es');
    expect(analyzeQuery('Bestechung und Geldwäsche').language).toBe('de');
  });
});

describe('expansionsFor', () => {
  const ml = analyzeQuery('money laundering').concepts;

  test('gives searchable strings per language: natural forms and bare stems, never a `*`', () => {
    const x = expansionsFor(ml, ['zh', 'ru', 'es', 'ar'], { perConcept: 3 });
    expect(x.zh).toEqual(['洗钱', '反洗钱']);
    expect(x.ru).toEqual(['отмывание денег', 'отмыв', 'отмывание денежных средств']);
    expect(x.es).toEqual(['lavado de activos', 'blanqueo de capitales', 'lavado de dinero']);
    expect(x.ar[0]).toBe('غسل الأموال');
    for (const list of Object.values(x)) for (const t of list) expect(t).not.toContain('*');
  });

  test('deduplicates across concepts and caps each concept', () => {
    const two = analyzeQuery('money laundering and self-laundering').concepts;
    const x = expansionsFor([...two, ...two], ['en'], { perConcept: 2 });
    expect(x.en).toEqual(['money laundering', 'launder', 'self-laundering']);
  });

  test('searchForm: a final star becomes the stem, an inner star cannot be searched', () => {
    expect(searchForm('отмыв*')).toBe('отмыв');
    expect(searchForm('blanchiment d\'argent')).toBe('blanchiment d\'argent');
    expect(searchForm('легализаци* доход*')).toBeNull();
  });

  test.each([
    ['money laundering', 'zh', 'legislation-chn-anti-money-laundering-law'],
    ['money laundering', 'ar', 'legislation-sau-anti-money-laundering-law'],
    ['money laundering', 'es', 'legislation-ury-law-19574-money-laundering'],
    ['money laundering', 'fr', 'legislation-lux-law-2004-11-12-money-laundering-terrorist-financing'],
    ['money laundering', 'ru', 'legislation-rus-criminal-code'],
    ['money laundering', 'de', 'legislation-deu-money-laundering-act-gwg'],
    ['贩运人口', 'en', 'treaty-int-tip-en'],
    ['贩运人口', 'es', 'legislation-arg-law-26364-trafficking-in-persons'],
    ['贩运人口', 'fr', 'legislation-fra-criminal-code'],
  ])('"%s" expanded to %s reaches %s', (q, lang, docId) => {
    const expansions = expansionsFor(analyzeQuery(q).concepts, [lang])[lang];
    const text = normalizeText(corpusText(docId));
    expect(expansions.filter((t) => text.includes(normalizeText(t))).length).toBeGreaterThan(0);
  });
});
