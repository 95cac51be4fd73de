import type { Labels } from './labels.js';

/** One article of a treaty: its number and official title (English always, other UN languages where held). */
export interface TreatyArticle {
  n: number;
  labels: Labels;
}

export interface Treaty {
  /** Public code: `UNTOC`, `TIP`, ... An article code is `<code>-<n>`. */
  code: string;
  /** Full official name in the six UN languages. */
  labels: Labels;
  /** Short name (e.g. "Trafficking in Persons Protocol") in the six UN languages. */
  short: Labels;
  /** The parent convention for a protocol (`UNTOC` for TIP, SOM, FP). */
  parent: string | null;
  /** Adoption / opening for signature date (YYYY-MM-DD). */
  adopted: string;
  articles: TreatyArticle[];
}
