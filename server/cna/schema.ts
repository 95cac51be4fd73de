/** The CNA directory's vocabularies and the input of an entry (zod). */
import { z } from 'zod';
import { stateCode, Pagination } from '../auth/schemas.js';

/** Kinds of designated authority (UNTOC arts. 16–18, the Protocols' contact points, asset recovery). */
export const CNA_TYPES = [
  'mla-central-authority', 'extradition', 'transfer-of-sentenced-persons',
  'tip-contact-point', 'som-contact-point', 'fp-contact-point', 'asset-recovery', 'other',
] as const;
export type CnaType = (typeof CNA_TYPES)[number];

export const CNA_CHANNELS = ['interpol', 'diplomatic', 'direct', 'eurojust', 'other'] as const;
export type CnaChannel = (typeof CNA_CHANNELS)[number];

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/** Codes that name no language a request could be written in. */
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

/** A BCP-47 primary language subtag that ICU knows (`fr`, `ar`, `fil`). */
export const languageCode = z.string().trim().toLowerCase().refine(
  (c) => /^[a-z]{2,3}$/.test(c) && !NOT_A_LANGUAGE.has(c) && languageNames.of(c) !== undefined,
  { message: 'expected a language code (ISO 639-1 or 639-3, e.g. en, fr, ar)' },
);

const isoDate = z.iso.date();

export const CnaEntryInput = z.object({
  country: stateCode,
  type: z.enum(CNA_TYPES),
  /** The authority's name in its own language. */
  name: z.string().trim().min(1).max(500),
  nameLanguage: languageCode,
  otherNames: z.array(z.object({ language: languageCode, name: z.string().trim().min(1).max(500) }).strict()).max(20).default([]),
  postalAddress: z.string().trim().min(1).max(2000),
  phone: z.string().trim().regex(/^\+?[0-9][0-9 ()./-]{3,38}$/, 'expected a phone number such as +33 1 23 45 67 89').nullish(),
  email: z.string().trim().max(320).pipe(z.email()).nullish(),
  languages: z.array(languageCode).min(1).max(30),
  channels: z.array(z.enum(CNA_CHANNELS)).min(1),
  notes: z.string().trim().max(5000).nullish(),
  lastVerified: isoDate,
}).strict();
export type CnaEntryInput = z.infer<typeof CnaEntryInput>;

/** An update states the version it was edited from, so two editors cannot silently overwrite each other. */
export const CnaEntryUpdate = CnaEntryInput.extend({ version: z.number().int().positive() }).strict();

const repeatable = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(50));

export const CnaListQuery = z.object({
  country: repeatable(stateCode),
  type: repeatable(z.enum(CNA_TYPES)),
  language: repeatable(languageCode),
  ...Pagination,
});

export const CnaSearchQuery = CnaListQuery.extend({
  q: z.string().trim().min(1).max(200),
});
