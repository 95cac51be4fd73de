/** Snowball stems for search (corpus/lexicon/stem.ts) and the stem-aware concept scan at ingest. */
import { stemText, stemWord, hasStemmer } from '../../corpus/lexicon/stem.js';
import { findConcepts } from '../../corpus/lexicon/concept-index.js';
import { analyzeQuery, queryLocale } from '../../server/search/analyze.js';

describe('stemWord / stemText', () => {
  it('gives inflections of a word one stem', () => {
    expect(stemWord('незаконных', 'ru')).toBe(stemWord('незаконные', 'ru'));
    expect(stemText('obligaciones', 'es')).toBe(stemText('obligación', 'es'));
    expect(stemWord('trafficking', 'en')).toBe(stemWord('trafficked', 'en'));
  });
  it('leaves Chinese, numbers and short words alone', () => {
    expect(hasStemmer('zh')).toBe(false);
    expect(stemText('非法采矿', 'zh')).toBe('');
    expect(stemWord('2005', 'en')).toBe('2005');
    expect(stemWord('of', 'en')).toBe('of');
  });
  it('stems a text after normalising it and stripping Arabic clitics', () => {
    expect(stemText('Déclarations DOUANIÈRES', 'fr')).toBe(stemText('déclaration douanière', 'fr'));
    expect(stemText('déclaration', 'fr')).toBe('declar');
    expect(stemText('والأموال', 'ar')).toBe(stemWord('اموال', 'ar'));
  });
});

describe('concept scan by stems (ingest)', () => {
  it('finds a multi-word term in an inflection the glossary does not list', () => {
    expect(findConcepts('уничтожение незаконных посевов опийного мака', 'ru').has('illicit-cultivation-eradication')).toBe(true);
    expect(findConcepts('verificar los documentos de viaje de los pasajeros', 'es').has('travel-documents-passports')).toBe(true);
  });
});

describe('engine query', () => {
  it('sends the remaining words as stems, with the query language as the engine locale', () => {
    const a = analyzeQuery('tenencia y comercio ilegal de explosivos');
    expect(a.words).toEqual(['tenencia', 'comercio', 'ilegal']);
    expect(a.engineWords).toEqual(['tenencia', 'comercio', 'ilegal'].map((w) => stemWord(w, 'es')));
    expect(a.engineQuery.split(' ').slice(-3)).toEqual(a.engineWords);
    expect(a.locale).toBe('spa');
  });
  it('never tokenises concept tokens as German (compound splitting cuts them apart)', () => {
    expect(queryLocale('de', true)).toBe('eng');
    expect(queryLocale('de', false)).toBe('deu');
    expect(queryLocale('zh', true)).toBe('cmn');
    expect(queryLocale('xx', false)).toBe('eng');
  });
});
