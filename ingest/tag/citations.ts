/**
 * Explicit citations of convention articles: "article 5 of the United Nations Convention against
 * Transnational Organized Crime", "artículos 5, 6 y 8 de la Convención de Palermo",
 * "《联合国打击跨国有组织犯罪公约》第五条". A citation counts only when the treaty is named next
 * to the article number ("article 5 of the Convention" alone names no treaty).
 */
import { TREATY_ALIASES } from '../../corpus/lexicon/articles.js';
import { compileTermSet, findTermSet, type TermSet } from '../../corpus/lexicon/match.js';
import { normalizeWithMap, originalSlice } from '../../corpus/lexicon/normalize.js';
import { isArticleCode, TREATIES } from '../../corpus/vocab/treaties.js';

export interface Citation {
  code: string;
  /** The citation as written. */
  text: string;
}

/** Characters allowed between the article number and the treaty name, and what they may be. */
const GAP_AFTER = 60;
const GAP_BEFORE = 12;
const GAP_WORDS = /^(?:[\s,()]|\d+|[a-z]\)|\([a-z]\)|paragraphs?|para\.|párrafos?|parrafos?|apartados?|incisos?|alineas?|al\.|absatz|abs\.|lid|пункт\S*|п\.|الفقر\S*|of|the|de|del|la|el|los|las|du|des|de l'|der|des|van|het|de|do|da|dos|das|um|und|and|et|y|e|en|и|из|от|من|في|ال|this|these|said|cette|esta|este|dicha|dicho|mentioned|above|susodich\S*|precitad\S*|united|nations|naciones|unidas|nations unies)*$/u;

let names: { set: TermSet; code: Map<string, string> } | undefined;

function treatyNames(): { set: TermSet; code: Map<string, string> } {
  if (names) return names;
  const code = new Map<string, string>();
  for (const t of TREATIES) {
    for (const label of [...Object.values(t.labels), ...Object.values(t.short)]) if (label.length > 6) code.set(label, t.code);
  }
  for (const [c, aliases] of Object.entries(TREATY_ALIASES)) for (const a of aliases) code.set(a, c);
  names = { set: compileTermSet([...code.keys()]), code };
  return names;
}

const NUM = String.raw`\d+`;
const LIST = String.raw`(${NUM}(?:\s*(?:\(\d+\)|\([a-z]\)|[a-z]\)))?(?:\s*(?:,|and|et|y|e|und|en|и|و|or|ou|o)\s*${NUM})*)`;
/** Article words followed by a number list, after normalisation (lowercase, no diacritics). */
const ARTICLE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:articles?|art\.|articulos?|artigos?|artikel(?:en)?|artt?\.|стать(?:я|и|е|ю|ей|ям|ях)|ст\.|الماد(?:ه|تين|تان|تا)|المواد)\s*\(?${LIST}`,
  'gu',
);
const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_ARTICLE_RE = /第([零〇一二两三四五六七八九十百\d]+)条/gu;

/** 第五十三条 → 53. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') { total += (digit || 1) * 100; digit = 0; }
    else if (ch === '十') { total += (digit || 1) * 10; digit = 0; }
    else if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else return null;
  }
  return total + digit;
}

/** Every cited treaty article in a text whose treaty is named next to the number. */
export function findCitations(text: string): Citation[] {
  if (!text) return [];
  const { text: norm, map } = normalizeWithMap(text);
  const { set, code } = treatyNames();
  const treaties = findTermSet(norm, set);
  if (!treaties.length) return [];
  const out: Citation[] = [];
  const cite = (treaty: string, nums: number[], from: number, to: number): void => {
    for (const n of nums) {
      const c = `${treaty}-${n}`;
      if (isArticleCode(c)) out.push({ code: c, text: originalSlice(text, map, from, to).replace(/\s+/g, ' ').trim() });
    }
  };
  for (const m of norm.matchAll(ARTICLE_RE)) {
    const end = (m.index ?? 0) + m[0].length;
    const after = treaties.find((t) => t.index >= end && t.index - end <= GAP_AFTER && GAP_WORDS.test(norm.slice(end, t.index)));
    if (!after) continue;
    cite(code.get(after.term) ?? '', numbersOnly(m[1]), m.index ?? 0, after.index + after.match.length);
  }
  for (const m of norm.matchAll(ZH_ARTICLE_RE)) {
    const start = m.index ?? 0;
    const before = treaties.find((t) => start - (t.index + t.match.length) >= 0 && start - (t.index + t.match.length) <= GAP_BEFORE);
    const n = chineseNumber(m[1]);
    if (before && n !== null) cite(code.get(before.term) ?? '', [n], before.index, start + m[0].length);
  }
  return out;
}

/** Article numbers of a number list, without paragraph numbers: "5 (1)" → [5], "5, 6 and 8" → [5, 6, 8]. */
function numbersOnly(list: string): number[] {
  return (list.replace(/\(\d+\)|\([a-z]\)|\b[a-z]\)/g, ' ').match(/\d+/g) ?? []).map(Number);
}
