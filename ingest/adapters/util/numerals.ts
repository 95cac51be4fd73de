/**
 * Numerals as legal texts write article numbers: Chinese (第一百九十一条, 第一百二十条之一),
 * Arabic ordinal words (المادة الحادية والتسعون, المادة الأولى بعد المائة), Roman numerals and
 * Arabic-Indic digits. Every parser returns `null` for input it does not understand: callers turn
 * that into a Finding, never an exception.
 */

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** `一百九十一` → 191, `十二` → 12, `一百零一` → 101, `两千` → 2000; also plain digits. */
export function chineseToInt(raw: string): number | null {
  const s = raw.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || !/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return null;
  let total = 0;
  let section = 0; // below 万
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CHINESE_DIGITS) {
      if (digit !== null && CHINESE_DIGITS[ch] !== 0) return null; // two digits in a row: 一二
      digit = CHINESE_DIGITS[ch] === 0 ? null : CHINESE_DIGITS[ch]!;
    } else if (ch in CHINESE_UNITS) {
      // a unit without a digit before it counts once: 十二 = 12, 百 = 100
      section += (digit ?? 1) * CHINESE_UNITS[ch]!;
      digit = null;
    } else {
      // 万
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

export interface ChineseArticleNumber {
  /** Main number: 第一百二十条之一 → 120. */
  number: number;
  /** Inserted-article index: 之一 → 1; null when absent. */
  sub: number | null;
  /** The label as written, e.g. `第一百二十条之一`. */
  label: string;
}

const CHINESE_ARTICLE = /^第([零〇一二两三四五六七八九十百千万\d]+)条(?:之([零〇一二两三四五六七八九十\d]+))?/;

/** Reads `第X条` / `第X条之Y` at the start of a string. */
export function parseChineseArticle(s: string): ChineseArticleNumber | null {
  const m = CHINESE_ARTICLE.exec(s);
  if (!m) return null;
  const number = chineseToInt(m[1]!);
  const sub = m[2] ? chineseToInt(m[2]) : null;
  if (number === null || (m[2] && sub === null)) return null;
  return { number, sub, label: m[0] };
}

/** `١٢٣` / `۱۲۳` → `123`; other characters unchanged. */
export function westernDigits(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Folds spelling variants: diacritics, tatweel, hamza forms, ta marbuta, alif maqsura. */
export function normaliseArabic(s: string): string {
  return s
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/\s+/g, ' ')
    .trim();
}

// Keys are normalised (see normaliseArabic), without the article ال.
const ARABIC_UNITS: Record<string, number> = {
  اول: 1, اولي: 1, حادي: 1, حاديه: 1, واحد: 1,
  ثاني: 2, ثانيه: 2, ثالث: 3, ثالثه: 3, رابع: 4, رابعه: 4, خامس: 5, خامسه: 5,
  سادس: 6, سادسه: 6, سابع: 7, سابعه: 7, ثامن: 8, ثامنه: 8, تاسع: 9, تاسعه: 9,
  عاشر: 10, عاشره: 10,
};
const ARABIC_TENS: Record<string, number> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};
const ARABIC_HUNDREDS: Record<string, number> = {
  مائه: 100, مئه: 100, مايه: 100, مائتان: 200, مائتين: 200, مئتان: 200, مئتين: 200,
  ثلاثمائه: 300, ثلاثمئه: 300, اربعمائه: 400, اربعمئه: 400,
};
const TEEN_MARKERS = new Set(['عشر', 'عشره']);

export interface ArabicOrdinal {
  value: number;
  /** Words after the number that qualify it (`مكرر`, `(١)`), as written; '' when none. */
  rest: string;
}

/**
 * Arabic ordinal words → integer: `الأولى` 1, `الحادية عشرة` 11, `الحادية والتسعون` 91,
 * `المائة` 100, `الأولى بعد المائة` 101, `الخامسة الثلاثون` 35 (a source typo without و).
 * Also accepts digits: `9`, `(١)`. Stops at the first word that is not part of the number.
 */
export function arabicOrdinalToInt(raw: string): ArabicOrdinal | null {
  const s = raw.trim();
  const digits = /^\(?\s*([\d\u0660-\u0669\u06f0-\u06f9]+)\s*\)?\s*(.*)$/s.exec(s);
  if (digits) return { value: Number(westernDigits(digits[1]!)), rest: digits[2]!.trim() };
  const words = s.split(/\s+/);
  let value = 0;
  let used = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    let w = normaliseArabic(words[i]!).replace(/[:：.،,]+$/, '');
    if (w === 'بعد' && seen) { used = i + 1; continue; }
    if (w.startsWith('وال')) w = w.slice(1);
    if (w.startsWith('ال')) w = w.slice(2);
    if (w in ARABIC_UNITS) value += ARABIC_UNITS[w]!;
    else if (TEEN_MARKERS.has(w) && seen) value += 10;
    else if (w in ARABIC_TENS) value += ARABIC_TENS[w]!;
    else if (w in ARABIC_HUNDREDS) value += ARABIC_HUNDREDS[w]!;
    else break;
    seen = true;
    used = i + 1;
  }
  if (!seen) return null;
  // "بعد" must be followed by a hundred; a trailing "بعد" is not part of the number
  if (normaliseArabic(words[used - 1] ?? '') === 'بعد') used -= 1;
  return { value, rest: words.slice(used).join(' ').trim() };
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** `XIV` → 14, `iv` → 4; null for anything that is not a well-formed Roman numeral. */
export function romanToInt(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (!/^[ivxlcdm]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  // Reject ill-formed input such as IIII or VX by checking the canonical spelling.
  return intToRoman(total) === s.toUpperCase() ? total : null;
}

export function intToRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, r] of table) while (n >= v) { out += r; n -= v; }
  return out;
}
