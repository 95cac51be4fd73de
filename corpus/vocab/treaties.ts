/**
 * The treaties of the library and their articles. An article code is `<treaty code>-<n>`
 * (`UNTOC-5`, `COE-TIP-2005-4`); it is the public contract for tags, filters and URLs.
 * The data, one article per line, lives in ./treaties/.
 */
import type { UnLanguage } from './labels.js';
import type { Treaty, TreatyArticle } from './treaties-types.js';
import { UNTOC } from './treaties/untoc.js';
import { TIP, SOM, FP } from './treaties/protocols.js';
import { UNCAC } from './treaties/uncac.js';
import { DRUGS1988, SINGLE1961, PSYCHO1971 } from './treaties/drugs.js';
import { BUDAPEST, COE_TIP_2005, COE_CORRUPTION } from './treaties/coe.js';
import { COE_ML_1990, COE_ML_2005 } from './treaties/coe-laundering.js';
import { CITES, RECAAP, SLAVERY1926, SLAVERY1956, TF1999 } from './treaties/other.js';

export type { Treaty, TreatyArticle } from './treaties-types.js';

/** The Organized Crime Convention and its Protocols first, as SHERLOC lists them, then UNCAC and the rest by subject. */
export const TREATIES: readonly Treaty[] = [
  UNTOC, TIP, SOM, FP, UNCAC,
  SINGLE1961, PSYCHO1971, DRUGS1988,
  BUDAPEST, COE_TIP_2005, SLAVERY1926, SLAVERY1956,
  COE_CORRUPTION, COE_ML_1990, COE_ML_2005, TF1999,
  CITES, RECAAP,
];

export const TREATY_CODES = TREATIES.map((t) => t.code) as unknown as readonly [string, ...string[]];

const BY_CODE = new Map(TREATIES.map((t) => [t.code, t]));
const ARTICLE_BY_CODE = new Map<string, { treaty: Treaty; article: TreatyArticle }>(
  TREATIES.flatMap((treaty) => treaty.articles.map((article) => [`${treaty.code}-${article.n}`, { treaty, article }] as const)),
);

export function treatyByCode(code: string): Treaty | undefined {
  return BY_CODE.get(code);
}

/** Every article code of every treaty, in treaty then article order. */
export function articleCodes(): string[] {
  return [...ARTICLE_BY_CODE.keys()];
}

export function isArticleCode(code: string): boolean {
  return ARTICLE_BY_CODE.has(code);
}

/** `UNTOC-5` → `{ treaty: 'UNTOC', n: 5 }`, `COE-TIP-2005-4` → `{ treaty: 'COE-TIP-2005', n: 4 }`; null unless the treaty has that article. */
export function parseArticleCode(code: string): { treaty: string; n: number } | null {
  const hit = ARTICLE_BY_CODE.get(code);
  return hit ? { treaty: hit.treaty.code, n: hit.article.n } : null;
}

/** The article's title in `lang`, or undefined for an unknown code. */
export function articleLabel(code: string, lang: UnLanguage): string | undefined {
  return ARTICLE_BY_CODE.get(code)?.article.labels[lang];
}
