/**
 * The domain model: zod schemas for the source manifest record and the normalised document.
 * TypeScript types are inferred from these schemas; nothing else declares these shapes.
 */
import { z } from 'zod';
import { CRIME_SLUGS } from './vocab/crimes.js';
import { KIND_CODES } from './vocab/kinds.js';
import { isCountryCode } from './vocab/countries.js';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Article codes: `<TREATY>-<n>`, e.g. `UNTOC-5`, `COE-TIP-2005-4`. */
export const ARTICLE_CODE_PATTERN = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+$/;
/** Provision keys are local to their document: `art-5`, `s-462.31`, `para-12`, `art-120-1`. No `_`. */
export const PROVISION_KEY_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export const FORMATS = [
  'markdown', 'html', 'akn-xml', 'canada-xml', 'rechtspraak-xml', 'treaty-json', 'case-facts-json',
  'bibtex', 'csl-json', 'cnxml', 'text',
] as const;
export const Format = z.enum(FORMATS);
export type Format = z.infer<typeof Format>;

export const Kind = z.enum(KIND_CODES);
export type Kind = z.infer<typeof Kind>;
export const CrimeSlug = z.enum(CRIME_SLUGS);
export type CrimeSlug = z.infer<typeof CrimeSlug>;

export const CountryCode = z.string().refine(isCountryCode, { message: 'expected an ISO 3166-1 alpha-3 code or INT' });
/** BCP-47 primary subtag (2–3 lowercase letters), `mul` or `und`. */
export const LanguageTag = z.string().regex(/^[a-z]{2,3}$/, 'expected a BCP-47 primary language subtag such as "zh" or "en"');
export const DateString = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits');

export const Source = z.union([
  z.object({ repo: z.string(), path: z.string(), commit: z.string() }).strict(),
  z.object({ url: z.string().nullable() }).strict(),
]);
export type Source = z.infer<typeof Source>;

const Nullable = <T extends z.ZodType>(t: T) => t.nullable().optional().default(null);

export const LegislationMeta = z.object({ year_enacted: Nullable(z.union([z.number(), z.string()])) }).passthrough();
export const CaseMeta = z.object({
  court: Nullable(z.string()), citation: Nullable(z.string()), parties: Nullable(z.string()), outcome: Nullable(z.string()),
}).passthrough();
export const BibliographyMeta = z.object({
  authors: Nullable(z.array(z.string())), publisher: Nullable(z.string()), container: Nullable(z.string()),
  year: Nullable(z.union([z.string(), z.number()])),
}).passthrough();
export const ModuleMeta = z.object({
  url: Nullable(z.string()), series: Nullable(z.string()), level: Nullable(z.string()), topic: Nullable(z.string()),
}).passthrough();
export const EmptyMeta = z.object({}).passthrough();

/** A tag on a document or provision, and how it was obtained. */
export const TagHow = z.enum(['source', 'rule', 'manual']);
export type TagHow = z.infer<typeof TagHow>;

export const CuratedTags = z.object({
  crimes: z.array(CrimeSlug).optional(),
  articles: z.array(z.string().regex(ARTICLE_CODE_PATTERN)).optional(),
  crossCutting: z.array(z.string()).optional(),
}).strict();
export type CuratedTags = z.infer<typeof CuratedTags>;

/** One record of a source folder's `manifest.json`. */
export const ManifestRecord = z.object({
  id: z.string().max(120).regex(ID_PATTERN, 'expected a lowercase slug of [a-z0-9-]'),
  kind: Kind,
  file: z.string().min(1).nullable(),
  format: Format.nullable(),
  title: z.string().min(1),
  title_en: z.string().nullable().optional().default(null),
  country: CountryCode,
  language: LanguageTag,
  date: DateString.nullable(),
  source: Source,
  licence: z.string().nullable(),
  sha256: Sha256.nullable(),
  bytes: z.number().int().nonnegative().nullable(),
  meta: z.record(z.string(), z.unknown()).nullable().optional().default({}),
  notes: z.string().nullable().optional().default(null),
  /** Curated tags (`how: manual`), which win over rules. */
  tags: CuratedTags.optional(),
}).strict().superRefine((r, ctx) => {
  if (r.file === null && r.format !== null) ctx.addIssue({ code: 'custom', path: ['format'], message: 'expected null for a pointer record (file is null)' });
  if (r.file !== null && r.format === null) ctx.addIssue({ code: 'custom', path: ['format'], message: `expected one of ${FORMATS.join(', ')} when file is set` });
  if (r.file !== null && r.sha256 === null) ctx.addIssue({ code: 'custom', path: ['sha256'], message: 'expected the SHA-256 of the file' });
});
export type ManifestRecord = z.infer<typeof ManifestRecord>;

export const TagEvidence = z.object({
  /** What was tagged: a crime slug, an article code or a cross-cutting issue code. */
  tag: z.string(),
  type: z.enum(['crime', 'article', 'crossCutting']),
  how: TagHow,
  /** The matched terms or citations, verbatim from the text. */
  terms: z.array(z.string()),
  /** Keys of the provisions where the evidence was found (empty: title or whole record). */
  provisions: z.array(z.string()),
  /** Rule that produced it (`lexicon`, `structure`, `citation`, `implies`, ...). */
  rule: z.string().optional(),
});
export type TagEvidence = z.infer<typeof TagEvidence>;

export const ProvisionType = z.enum(['part', 'chapter', 'section', 'article', 'paragraph', 'preamble', 'annex', 'note', 'other']);

export const Provision = z.object({
  key: z.string().regex(PROVISION_KEY_PATTERN, 'expected a provision key such as art-5 or s-462.31'),
  /** The number as the source writes it: `第一百九十一条`, `Article 324-1`, `Статья 210`, `§ 261`. */
  number: z.string().nullable(),
  heading: z.string().nullable(),
  text: z.string(),
  type: ProvisionType,
  /** Headings of the divisions above the provision, outermost first (Part, Chapter, Section). */
  path: z.array(z.string()),
  crimes: z.array(CrimeSlug).default([]),
  articles: z.array(z.string()).default([]),
  crossCutting: z.array(z.string()).default([]),
});
export type Provision = z.infer<typeof Provision>;

export const Finding = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  file: z.string().nullable(),
  /** 1-based line, where known. */
  line: z.number().int().positive().optional(),
  /** Element path (XML/HTML) or JSON pointer, where known. */
  element: z.string().optional(),
  rule: z.string(),
  reason: z.string(),
  documentId: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

/** The normalised document: what adapters, taggers and the index agree on. */
export const NormalisedDocument = z.object({
  id: z.string().regex(ID_PATTERN),
  kind: Kind,
  title: z.string().min(1),
  title_en: z.string().nullable(),
  country: CountryCode,
  language: LanguageTag,
  date: DateString.nullable(),
  year: z.number().int().nullable(),
  format: Format.nullable(),
  file: z.string().nullable(),
  /** Link to the original (official source URL, pointer URL) where known. */
  url: z.string().nullable(),
  source: Source,
  licence: z.string().nullable(),
  notes: z.string().nullable(),
  /** Short descriptive text: abstract, summary (inhoudsindicatie), long title, first paragraph. */
  summary: z.string().nullable(),
  meta: z.record(z.string(), z.unknown()),
  provisions: z.array(Provision),
  crimes: z.array(CrimeSlug),
  articles: z.array(z.string()),
  crossCutting: z.array(z.string()),
  evidence: z.array(TagEvidence),
  /** SHA-256 over the source bytes, the manifest record and the pipeline version: unchanged → skip. */
  contentHash: z.string(),
  /** true for pointer records (no file): metadata and link only. */
  pointer: z.boolean(),
});
export type NormalisedDocument = z.infer<typeof NormalisedDocument>;
