/**
 * The multilingual legal glossary (cross-lingual search): concepts of transnational organized
 * crime, criminal law and procedure and international cooperation, with terms in the six UN
 * languages and, where the corpus holds texts on the topic, German, Portuguese and Dutch.
 * Split by domain only to keep files readable; GLOSSARY is the flat list.
 */
import type { GlossaryEntry } from './types.js';
import { FINANCE } from './finance.js';

export type { GlossaryEntry, GlossaryTerms, GlossaryLanguage } from './types.js';
export { GLOSSARY_LANGUAGES, EXTRA_LANGUAGES, termsIn } from './types.js';

/** Entries by domain (the file they live in). */
export const GLOSSARY_BY_DOMAIN: Readonly<Record<string, readonly GlossaryEntry[]>> = {
  finance: FINANCE,
};

export const GLOSSARY: readonly GlossaryEntry[] = Object.values(GLOSSARY_BY_DOMAIN).flat();
