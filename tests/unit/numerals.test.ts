import {
  arabicOrdinalToInt, chineseToInt, intToRoman, normaliseArabic, parseChineseArticle, romanToInt, westernDigits,
} from '../../ingest/adapters/util/numerals.js';

describe('chineseToInt', () => {
  test.each([
    ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十一', 21], ['一百', 100], ['一百零一', 101],
    ['一百一十', 110], ['一百二十', 120], ['一百九十一', 191], ['四百五十二', 452], ['两千', 2000],
    ['一千零五', 1005], ['一万二千', 12000], ['191', 191],
  ])('%s → %i', (s, n) => expect(chineseToInt(s)).toBe(n));

  test.each(['', '第一', 'abc', '一二'])('rejects %j', (s) => expect(chineseToInt(s)).toBeNull());
});

describe('parseChineseArticle', () => {
  test('plain article', () => {
    expect(parseChineseArticle('第一百九十一条 为掩饰、隐瞒')).toEqual({ number: 191, sub: null, label: '第一百九十一条' });
  });
  test('inserted article 之一', () => {
    expect(parseChineseArticle('第一百二十条之一 资助恐怖活动组织')).toEqual({ number: 120, sub: 1, label: '第一百二十条之一' });
  });
  test('not an article label', () => {
    expect(parseChineseArticle('第一章 总则')).toBeNull();
    expect(parseChineseArticle('本法第一条')).toBeNull();
  });
});

describe('arabicOrdinalToInt', () => {
  test.each([
    ['الأولى', 1], ['الثانية', 2], ['الثالثة', 3], ['العاشرة', 10], ['الحادية عشرة', 11],
    ['الثانية عشرة', 12], ['التاسعة عشرة', 19], ['العشرون', 20], ['الحادية والعشرون', 21],
    ['الخامسة والثلاثون', 35], ['الحادية والتسعون', 91], ['التسعون', 90], ['المائة', 100],
    ['الأولى بعد المائة', 101], ['العاشرة بعد المائة', 110], ['الحادية عشرة بعد المائة', 111],
    ['العشرون بعد المائة', 120], ['الخامسة والعشرون بعد المائة', 125],
    // masculine forms and a source typo without و
    ['الحادي عشر', 11], ['الخامسة الثلاثون', 35],
    // hamza and ta marbuta variants
    ['الاولى', 1], ['الاربعون', 40], ['الثالثه', 3],
  ])('%s → %i', (s, n) => expect(arabicOrdinalToInt(s)?.value).toBe(n));

  test('digits, Western and Arabic-Indic', () => {
    expect(arabicOrdinalToInt('(1)')).toEqual({ value: 1, rest: '' });
    expect(arabicOrdinalToInt('٣٠')).toEqual({ value: 30, rest: '' });
  });

  test('keeps the qualifier after the number', () => {
    expect(arabicOrdinalToInt('التاسعة مكرر (١)')).toEqual({ value: 9, rest: 'مكرر (١)' });
    expect(arabicOrdinalToInt('السادسة والخمسون مكرر')).toEqual({ value: 56, rest: 'مكرر' });
  });

  test('a trailing colon is not part of the number', () => {
    expect(arabicOrdinalToInt('الحادية والتسعون:')?.value).toBe(91);
  });

  test.each(['', 'في القيمة', 'مكرر'])('rejects %j', (s) => expect(arabicOrdinalToInt(s)).toBeNull());
});

describe('Arabic helpers', () => {
  test('westernDigits', () => expect(westernDigits('م/٢٠ ١٤٣٩')).toBe('م/20 1439'));
  test('normaliseArabic folds hamza, ta marbuta and alif maqsura', () => {
    expect(normaliseArabic('الأُولى  المادة')).toBe('الاولي الماده');
  });
});

describe('Roman numerals', () => {
  test.each([['I', 1], ['IV', 4], ['ix', 9], ['XIV', 14], ['XL', 40], ['MCMXCIV', 1994]])('%s → %i', (s, n) => {
    expect(romanToInt(s)).toBe(n);
  });
  test.each(['IIII', 'VX', 'IC', 'abc', ''])('rejects %j', (s) => expect(romanToInt(s)).toBeNull());
  test('round trip', () => {
    for (let n = 1; n < 400; n++) expect(romanToInt(intToRoman(n))).toBe(n);
  });
});
