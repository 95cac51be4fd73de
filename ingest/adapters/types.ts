/**
 * The adapter contract. One adapter per source format (`markdown`, `html`, `akn-xml`, ...).
 *
 * An adapter turns one file into the structure of the source: title, date, summary and the
 * provisions in document order with their numbers, headings and place in the hierarchy.
 * It never throws for problems in the content: it records a Finding ("Unexpected X, expected Y")
 * and returns what it could read. Tagging, ids, hashing and validation happen in later stages.
 */
import type { Finding, ManifestRecord, Provision } from '../../corpus/schema.js';

/** A provision as an adapter yields it: tags are added by the tagger. */
export type ParsedProvision = Omit<Provision, 'crimes' | 'articles' | 'crossCutting'>;

export interface ParsedDocument {
  /** Title as found in the document, if any (the manifest title wins for display). */
  title?: string | null;
  /** Date found in the document (YYYY, YYYY-MM or YYYY-MM-DD), if any. */
  date?: string | null;
  /** Abstract, summary, long title or first paragraph. */
  summary?: string | null;
  /** Language detected from the content where the manifest says `mul`/`und` or is known to be wrong. */
  language?: string | null;
  /** Provisions in document order. Keys unique within the document. */
  provisions: ParsedProvision[];
  /** Extra kind-specific metadata found in the file (court, citation, authors, level, topic, ...). */
  meta?: Record<string, unknown>;
}

export interface AdapterInput {
  record: ManifestRecord;
  /** Path of the file relative to the source folder (for findings). */
  file: string;
  /** The decoded text (UTF-8, BOM removed). */
  text: string;
}

export interface AdapterResult {
  document: ParsedDocument;
  findings: Finding[];
}

export interface Adapter {
  format: ManifestRecord['format'] & string;
  parse(input: AdapterInput): AdapterResult | Promise<AdapterResult>;
}
