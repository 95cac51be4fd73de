/**
 * Compact builders for treaty article lists, so that the data files hold one article per line.
 * Column order puts Arabic last: right-to-left text in the middle of a line makes editors
 * display the other columns out of order.
 */
import type { Labels } from '../labels.js';
import type { TreatyArticle } from '../treaties-types.js';

/** Official titles in the six UN languages, in the column order en, fr, es, ru, zh, ar. */
export type Titles = readonly [en: string, fr: string, es: string, ru: string, zh: string, ar: string];
/** One article: its number, then its Titles. */
export type ArticleRow = readonly [n: number, ...titles: Titles];

export function fromRows(rows: readonly ArticleRow[]): TreatyArticle[] {
  return rows.map(([n, en, fr, es, ru, zh, ar]) => ({ n, labels: { ar, en, es, fr, ru, zh } }));
}

/**
 * Titles held in English and French (and Spanish where given) only. The other languages repeat
 * the English title: a marked fallback, not a translation, until official titles are added.
 */
export type PartialRow = readonly [n: number, en: string, fr: string, es?: string];

export function fromPartialRows(rows: readonly PartialRow[]): TreatyArticle[] {
  return rows.map(([n, en, fr, es]) => ({ n, labels: { ar: en, en, es: es ?? en, fr, ru: en, zh: en } }));
}

/** English titles only (article n is titles[n-1]); every language repeats the English title (fallback). */
export function fromEnglish(titles: readonly string[]): TreatyArticle[] {
  return titles.map((en, i) => ({ n: i + 1, labels: { ar: en, en, es: en, fr: en, ru: en, zh: en } }));
}

/** The treaty gives its articles no titles: "Article N" in each language. */
export function untitled(count: number): TreatyArticle[] {
  return Array.from({ length: count }, (_, i) => ({ n: i + 1, labels: articleNumberLabels(i + 1) }));
}

export function articleNumberLabels(n: number): Labels {
  return { ar: `المادة ${n}`, en: `Article ${n}`, es: `Artículo ${n}`, fr: `Article ${n}`, ru: `Статья ${n}`, zh: `第${n}条` };
}
