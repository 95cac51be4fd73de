/** The crime-category lexicons, one per category; the Record type makes a missing category a type error. */
import type { CrimeSlug } from '../../vocab/crimes.js';
import type { CrimeLexicon } from './types.js';
import { participationInOrganizedCriminalGroup } from './participation-in-organized-criminal-group.js';
import { corruption } from './corruption.js';
import { counterfeiting } from './counterfeiting.js';
import { drugTrafficking } from './drug-trafficking.js';
import { moneyLaundering } from './money-laundering.js';
import { obstructionOfJustice } from './obstruction-of-justice.js';
import { cybercrime } from './cybercrime.js';
import { piracyMaritimeCrime } from './piracy-maritime-crime.js';
import { smugglingOfMigrants } from './smuggling-of-migrants.js';
import { traffickingInPersons } from './trafficking-in-persons.js';
import { traffickingInCulturalProperty } from './trafficking-in-cultural-property.js';
import { crimesAffectingTheEnvironment } from './crimes-affecting-the-environment.js';
import { falsifiedMedicalProducts } from './falsified-medical-products.js';
import { firearmsTrafficking } from './firearms-trafficking.js';
import { terrorism } from './terrorism.js';

export type { CrimeLexicon, LexiconLanguage, Terms } from './types.js';
export { LEXICON_LANGUAGES } from './types.js';

export const CRIME_LEXICONS: Record<CrimeSlug, CrimeLexicon> = {
  'participation-in-organized-criminal-group': participationInOrganizedCriminalGroup,
  corruption,
  counterfeiting,
  'drug-trafficking': drugTrafficking,
  'money-laundering': moneyLaundering,
  'obstruction-of-justice': obstructionOfJustice,
  cybercrime,
  'piracy-maritime-crime': piracyMaritimeCrime,
  'smuggling-of-migrants': smugglingOfMigrants,
  'trafficking-in-persons': traffickingInPersons,
  'trafficking-in-cultural-property': traffickingInCulturalProperty,
  'crimes-affecting-the-environment': crimesAffectingTheEnvironment,
  'falsified-medical-products': falsifiedMedicalProducts,
  'firearms-trafficking': firearmsTrafficking,
  terrorism,
};
