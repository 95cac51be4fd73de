/**
 * Shape of a crime-category lexicon. Terms are written naturally and matched with
 * corpus/lexicon/match.ts (`*` = word prefix/suffix, Arabic clitics and Russian endings implied).
 */
import type { CrimeSlug } from '../../vocab/crimes.js';

/** The languages of the corpus the lexicons cover (documents in `mul` use en + nl). */
export const LEXICON_LANGUAGES = ['zh', 'en', 'fr', 'es', 'ar', 'ru', 'de', 'pt', 'nl'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

export type Terms = Record<LexiconLanguage, readonly string[]>;

export interface CrimeLexicon {
  slug: CrimeSlug;
  /**
   * Offence names and defined terms. One in a heading (or a division heading above the
   * provision), or repeated in a provision's text, shows that the provision addresses the category.
   */
  strong: Terms;
  /**
   * Terms that name the category in a document title only: a law "on the protection of witnesses"
   * is about obstruction of justice, a provision mentioning witness protection need not be.
   */
  title?: Partial<Record<LexiconLanguage, readonly string[]>>;
  /** Context terms: they add weight to strong hits but never tag on their own. */
  weak: Terms;
  /**
   * Phrases that contain a strong term but mean something else ("corruption of minors",
   * "software piracy"). They are matched and ignored: a longer match hides the shorter one.
   */
  not?: Partial<Record<LexiconLanguage, readonly string[]>>;
  /**
   * Co-occurrence within a short stretch of one provision: a term of each list together count as
   * a mention ("adulterated" + "drug"), for categories named by a combination of words.
   */
  pairs?: Partial<Record<LexiconLanguage, readonly (readonly (readonly string[])[])[]>>;
}
