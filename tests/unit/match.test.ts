import { compileTerm, compileTermSet, findTerms, findTermSet } from '../../corpus/lexicon/match.js';
import { normalizeText, normalizeWithMap, originalSlice } from '../../corpus/lexicon/normalize.js';

const matches = (term: string, text: string): string[] => findTerms(normalizeText(text), [compileTerm(term)]).map((h) => h.match);

describe('normalizeText', () => {
  it('lowercases, strips Latin diacritics, unifies Arabic letters and drops harakat', () => {
    expect(normalizeText('Geldwäsche BLANCHIMENT Señal')).toBe('geldwasche blanchiment senal');
    expect(normalizeText('Straße')).toBe('strasse');
    expect(normalizeText('Ёлка')).toBe('елка');
    expect(normalizeText('الأموالُ المُخدّرة')).toBe('الاموال المخدره');
    expect(normalizeText('l’entente')).toBe("l'entente");
  });

  it('maps normalised positions back to the original text, so evidence is quoted as written', () => {
    const original = 'Die Geldwäsche (§ 261) und Straße';
    const { text, map } = normalizeWithMap(original);
    const at = text.indexOf('geldwasche');
    expect(originalSlice(original, map, at, at + 'geldwasche'.length)).toBe('Geldwäsche');
    const ss = text.indexOf('strasse');
    expect(originalSlice(original, map, ss, ss + 'strasse'.length)).toBe('Straße');
  });
});

describe('compileTerm / findTerms', () => {
  it('matches whole words only, with a trailing * as a word prefix', () => {
    expect(matches('drug', 'the drugstore sells drugs')).toEqual([]);
    expect(matches('drug*', 'the drugstore sells drugs')).toEqual(['drugstore', 'drugs']);
    expect(matches('blanchi*', 'Le blanchiment et blanchir, pas le blanc')).toEqual(['blanchiment', 'blanchir']);
  });

  it('matches a leading * as a word suffix (German compounds)', () => {
    expect(matches('*bestechung', 'Abgeordnetenbestechung und Bestechung, nicht Bestechungsgeld')).toEqual(['abgeordnetenbestechung', 'bestechung']);
  });

  it('lets the words of a term be separated by spaces, hyphens and line breaks', () => {
    expect(matches('money laundering', 'anti-money-laundering rules; money\nlaundering')).toEqual(['money-laundering', 'money\nlaundering']);
  });

  it('finds Chinese terms as substrings', () => {
    expect(matches('洗钱', '中华人民共和国反洗钱法第二条规定的洗钱活动')).toEqual(['洗钱', '洗钱']);
  });

  it('accepts Arabic clitics and the article, written or not in the term', () => {
    expect(matches('غسل الأموال', 'جريمة غسل الاموال وبغسل الأموال ولغسل الأموال')).toHaveLength(3);
    expect(matches('المخدرات', 'تهريب المخدرات والمخدرات وبالمخدرات ومخدرات')).toHaveLength(4);
  });

  it('does not read a short Arabic word into longer words through clitics', () => {
    expect(matches('الرق', 'فرق العمل')).toEqual([]);
    expect(matches('الرق', 'مكافحة الرق والرق')).toHaveLength(2);
  });

  it('matches Russian words in their inflected forms', () => {
    expect(matches('торговля людьми', 'о противодействии торговле людьми и торговлей людьми')).toEqual(['торговле людьми', 'торговлей людьми']);
    expect(matches('отмывание', 'легализация (отмывания) денежных средств')).toEqual(['отмывания']);
    expect(matches('оборот', 'незаконного оборота наркотиков')).toEqual(['оборота']);
  });
});

describe('compileTermSet / findTermSet', () => {
  const set = compileTermSet(['money laundering', 'laundering', 'launder*', '洗钱', 'غسل الأموال', '*bestechung', 'торговля людьми']);

  it('finds every term of the set, in text order, with the longer of nested matches', () => {
    const hits = findTermSet(normalizeText('Money laundering; they laundered it. 反洗钱. وغسل الأموال. Wählerbestechung. торговли людьми'), set);
    expect(hits.map((h) => h.term)).toEqual(['money laundering', 'launder*', '洗钱', 'غسل الأموال', '*bestechung', 'торговля людьми']);
    expect(hits[0].match).toBe('money laundering');
  });

  it('finds terms whose first word holds an apostrophe, and Arabic words behind clitics', () => {
    const elision = compileTermSet(["l'association ou l'entente"]);
    expect(findTermSet(normalizeText("L’association ou l’entente en vue de commettre"), elision).map((h) => h.match)).toEqual(["l'association ou l'entente"]);
    const arabic = compileTermSet(['غسل الأموال']);
    expect(findTermSet(normalizeText('المتعلقة بغسل الأموال'), arabic)).toHaveLength(1);
  });

  it('agrees with findTerms term by term', () => {
    const text = normalizeText('laundering money laundering launders');
    for (const term of ['laundering', 'launder*', 'money laundering']) {
      const one = findTerms(text, [compileTerm(term)]).map((h) => h.index);
      const inSet = findTermSet(text, compileTermSet([term])).map((h) => h.index);
      expect(inSet).toEqual(one);
    }
  });
});
