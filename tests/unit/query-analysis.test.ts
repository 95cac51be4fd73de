import { analyzeQuery, MAX_ENGINE_WORDS } from '../../server/search/analyze.js';
import { conceptToken, findConcepts } from '../../corpus/lexicon/concept-index.js';
import { parseSearchQuery, filterExpressions } from '../../server/search/params.js';
import { ValidationError } from '../../server/errors/index.js';

describe('query analysis', () => {
  test.each([
    ['money laundering'], ['洗钱'], ['blanchiment d’argent'], ['lavado de activos'], ['отмывание денег'], ['غسل الأموال'],
  ])('"%s" is the money-laundering concept, searched as its token', (q) => {
    const a = analyzeQuery(q);
    expect(a.concepts).toContain('money-laundering');
    expect(a.engineQuery.split(' ')).toContain(conceptToken('money-laundering'));
  });

  test('texts are scanned in their own language, with inflection and Arabic clitics', () => {
    expect(findConcepts('Легализация (отмывание) денежных средств', 'ru').has('money-laundering')).toBe(true);
    expect(findConcepts('جريمة لغسل الأموال', 'ar').has('money-laundering')).toBe(true);
    expect(findConcepts('为了预防洗钱活动', 'zh').has('money-laundering')).toBe(true);
    expect(findConcepts('blanchiment', 'en').has('money-laundering')).toBe(false);
  });

  test('a long query keeps at most the engine limit of words, drops stopwords and says what it dropped', () => {
    const q = 'obligaciones de las empresas de transporte de verificar los documentos de viaje de los pasajeros en las fronteras internacionales terrestres y maritimas';
    const a = analyzeQuery(q);
    expect(a.engineQuery.split(' ').length).toBeLessThanOrEqual(MAX_ENGINE_WORDS);
    expect(a.dropped).toEqual(expect.arrayContaining(['de', 'los']));
    expect(a.engineQuery).not.toMatch(/\bde\b/);
  });

  test('general vocabulary inside a concept the query names is not a further concept', () => {
    // "funcionarios públicos extranjeros" is the bribery of foreign public officials; the exact
    // scanner alone would also read "foreigners" (migrants, general vocabulary) in it.
    expect(analyzeQuery('corrupción de funcionarios públicos extranjeros').concepts).not.toContain('migrants-foreigners');
    expect(analyzeQuery('corrupción de funcionarios públicos extranjeros').concepts).toEqual(expect.arrayContaining(['corruption', 'bribery-of-foreign-public-officials']));
    // A specific concept the scanner finds inside another stays ("funcionarios públicos").
    expect(analyzeQuery('corrupción de funcionarios públicos extranjeros').concepts).toContain('public-official');
    // Two separate concepts stay two.
    expect(analyzeQuery('trafficking in persons for forced labour').concepts).toEqual(['trafficking-in-persons', 'forced-labour']);
  });

  test('concept tokens are fixed-length letters', () => {
    expect(conceptToken('money-laundering')).toMatch(/^qx[a-z]{8}$/);
    expect(conceptToken('money-laundering')).not.toBe(conceptToken('trafficking-in-persons'));
  });
});

describe('search parameters', () => {
  test('unknown vocabulary values name the parameter and list what is allowed', () => {
    try {
      parseSearchQuery({ crime: 'drugs' });
      throw new Error('expected a ValidationError');
    } catch (err) {
      expect(err).toBeInstanceOf(ValidationError);
      const e = err as ValidationError;
      expect(e.extra.errors?.[0].field).toBe('crime');
      expect(e.extra.errors?.[0].message).toMatch(/^unknown crime category 'drugs'; expected one of participation-in-organized-criminal-group, corruption/);
    }
  });
  test('filter injection attempts never reach the filter syntax', () => {
    expect(() => parseSearchQuery({ country: 'CHN OR 1=1' })).toThrow(/unknown country 'CHN OR 1=1'/);
    expect(() => parseSearchQuery({ article: 'UNTOC-5"] OR [' })).toThrow(/unknown convention article/);
    expect(() => parseSearchQuery({ per_page: '101' })).toThrow(ValidationError);
    expect(() => parseSearchQuery({ year_from: '2020', year_to: '2010' })).toThrow(/year_from 2020 is after year_to 2010/);
  });
  test('repeated filters combine with OR inside a facet and AND across facets', () => {
    const p = parseSearchQuery({ country: ['chn', 'FRA'], kind: 'legislation', year_from: '2000' });
    expect(filterExpressions(p)).toEqual(['kind IN ["legislation"]', 'country IN ["CHN", "FRA"]', 'year >= 2000']);
    expect(filterExpressions(p, 'country')).toEqual(['kind IN ["legislation"]', 'year >= 2000']);
  });
});
