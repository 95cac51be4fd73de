/** Real corpus documents for tests, read from CORPUS_DIR at test time (never copied into the repository). */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = path.resolve(process.env.CORPUS_DIR ?? path.join(root, '../shared/corpus'));

if (!existsSync(path.join(CORPUS_DIR, 'manifest.json'))) {
  throw new Error(`CORPUS_DIR ${CORPUS_DIR} has no manifest.json; set CORPUS_DIR to the corpus folder`);
}

type RawRecord = { id: string; file: string | null; format: string | null; [k: string]: unknown };
let manifest: RawRecord[] | undefined;

export function rawManifest(): RawRecord[] {
  manifest ??= JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as RawRecord[];
  return manifest;
}

export function rawRecord(id: string): RawRecord {
  const r = rawManifest().find((x) => x.id === id);
  if (!r) throw new Error(`no manifest record ${id} in ${CORPUS_DIR}`);
  return r;
}

/** The file of a record, decoded as UTF-8 without BOM. */
export function corpusText(id: string): string {
  const r = rawRecord(id);
  if (!r.file) throw new Error(`record ${id} is a pointer record`);
  return readFileSync(path.join(CORPUS_DIR, r.file), 'utf8').replace(/^\uFEFF/, '');
}

import { ManifestRecord, PROVISION_KEY_PATTERN } from '../../corpus/schema.js';
import { ADAPTERS } from '../../ingest/adapters/index.js';
import type { AdapterResult } from '../../ingest/adapters/types.js';

/** Parse a real corpus document through its format's adapter. */
export async function parseCorpusDocument(id: string): Promise<AdapterResult> {
  const record = ManifestRecord.parse(rawRecord(id));
  if (!record.file || !record.format) throw new Error(`record ${id} is a pointer record`);
  return ADAPTERS[record.format].parse({ record, file: record.file, text: corpusText(id) });
}

import type { ParsedProvision } from '../../ingest/adapters/types.js';

const parsedCache = new Map<string, Promise<AdapterResult>>();

/** A real corpus document through its adapter, parsed once per test file. */
export function parsedCorpusDocument(id: string): Promise<AdapterResult> {
  let hit = parsedCache.get(id);
  if (!hit) {
    hit = parseCorpusDocument(id);
    parsedCache.set(id, hit);
  }
  return hit;
}

/** One provision of a real corpus document, by key (throws when missing). */
export async function corpusProvision(id: string, key: string): Promise<ParsedProvision> {
  const p = (await parsedCorpusDocument(id)).document.provisions.find((x) => x.key === key);
  if (!p) throw new Error(`${id} has no provision ${key}`);
  return p;
}

/** What every adapter owes every document: at least one provision, unique valid keys, no empty text. */
export function expectWellFormedProvisions(provisions: readonly ParsedProvision[]): void {
  expect(provisions.length).toBeGreaterThanOrEqual(1);
  const keys = provisions.map((p) => p.key);
  expect(new Set(keys).size).toBe(keys.length);
  for (const p of provisions) {
    expect(p.key).toMatch(PROVISION_KEY_PATTERN);
    expect(p.text.trim()).not.toBe('');
  }
}
