/**
 * Shape of the multilingual legal glossary used for cross-lingual search.
 *
 * A concept is written once with its terms in the six UN languages (always) and in German,
 * Portuguese and Dutch where the corpus holds documents in those languages on the topic.
 * Terms use the syntax of ../match.ts: natural spelling, a trailing `*` on a word is a prefix
 * (for inflected forms), Chinese terms match as substrings. Every language list starts with a
 * natural form without `*` — that form is what the search engine is sent (see ../query.ts).
 */
import type { CrimeSlug } from '../../schema.js';
import type { UnLanguage } from '../../vocab/labels.js';

/** Corpus languages beyond the UN six that the glossary covers where the corpus has texts. */
export const EXTRA_LANGUAGES = ['de', 'pt', 'nl'] as const;
export type ExtraLanguage = (typeof EXTRA_LANGUAGES)[number];
export type GlossaryLanguage = UnLanguage | ExtraLanguage;
export const GLOSSARY_LANGUAGES: readonly GlossaryLanguage[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'de', 'pt', 'nl'];

export type GlossaryTerms = Record<UnLanguage, string[]> & Partial<Record<ExtraLanguage, string[]>>;

export interface GlossaryEntry {
  /** English slug, unique across the glossary. */
  id: string;
  /** Crime categories the concept belongs to (a search may boost or facet on them). */
  crimes?: CrimeSlug[];
  /** Convention articles that deal with the concept (`UNTOC-6`, `BUDAPEST-16`). */
  articles?: string[];
  /**
   * General legal vocabulary ("evidence", "police", "victim", "internet"): matches very widely, so
   * a search or tagger should weight it low rather than treat it as a topic.
   */
  broad?: true;
  /**
   * Ids of the directly broader concepts (a thesaurus BT relation; the inverse is "narrower").
   * Either a kind of the broader concept (`water-pollution` → `pollution`, `telecom-fraud` →
   * `fraud`) or a clearly contained sub-topic (`customer-due-diligence` → `aml-preventive-measures`).
   * Several parents make a DAG; the relation has no cycles and every id exists (tests/unit/glossary-hierarchy).
   * Search uses it through ../hierarchy.ts to add related concepts with lower weights.
   */
  broader?: string[];
  terms: GlossaryTerms;
}

/** The terms of an entry in one language (empty when the entry has none in that language). */
export function termsIn(entry: GlossaryEntry, lang: string): readonly string[] {
  return (entry.terms as Partial<Record<string, string[]>>)[lang] ?? [];
}
