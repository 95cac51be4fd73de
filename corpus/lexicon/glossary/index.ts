/**
 * The multilingual legal glossary (cross-lingual search): concepts of transnational organized
 * crime, criminal law and procedure and international cooperation, with terms in the six UN
 * languages and, where the corpus holds texts on the topic, German, Portuguese and Dutch.
 * Split by domain only to keep files readable; GLOSSARY is the flat list.
 */
import type { GlossaryEntry } from './types.js';
import { GENERAL } from './general.js';
import { OFFENCES } from './offences.js';
import { COUNTERFEITING } from './counterfeiting.js';
import { CORRUPTION } from './corruption.js';
import { FINANCE } from './finance.js';
import { AML } from './aml.js';
import { COOPERATION } from './cooperation.js';
import { PROCEDURE } from './procedure.js';
import { JUSTICE } from './justice.js';
import { VICTIMS } from './victims.js';
import { MIGRATION } from './migration.js';
import { DRUGS } from './drugs.js';
import { FIREARMS } from './firearms.js';
import { CYBER } from './cyber.js';
import { DIGITAL_EVIDENCE } from './digital-evidence.js';
import { ENVIRONMENT } from './environment.js';
import { MARITIME } from './maritime.js';
import { CULTURAL_PROPERTY } from './cultural-property.js';
import { TERRORISM } from './terrorism.js';
import { CUSTOMS } from './customs.js';
import { INSTRUMENTS } from './instruments.js';

export type { GlossaryEntry, GlossaryTerms, GlossaryLanguage } from './types.js';
export { GLOSSARY_LANGUAGES, EXTRA_LANGUAGES, termsIn } from './types.js';

/** Entries by domain (the file they live in). */
export const GLOSSARY_BY_DOMAIN: Readonly<Record<string, readonly GlossaryEntry[]>> = {
  general: GENERAL,
  offences: OFFENCES,
  counterfeiting: COUNTERFEITING,
  corruption: CORRUPTION,
  finance: FINANCE,
  aml: AML,
  cooperation: COOPERATION,
  procedure: PROCEDURE,
  justice: JUSTICE,
  victims: VICTIMS,
  migration: MIGRATION,
  drugs: DRUGS,
  firearms: FIREARMS,
  cyber: CYBER,
  'digital-evidence': DIGITAL_EVIDENCE,
  environment: ENVIRONMENT,
  maritime: MARITIME,
  'cultural-property': CULTURAL_PROPERTY,
  terrorism: TERRORISM,
  customs: CUSTOMS,
  instruments: INSTRUMENTS,
};

export const GLOSSARY: readonly GlossaryEntry[] = Object.values(GLOSSARY_BY_DOMAIN).flat();
