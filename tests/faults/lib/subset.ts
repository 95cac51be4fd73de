/**
 * Small source folders for the fault checks, written to temporary directories: the chosen
 * manifest records plus hard links (copies across file systems) of their files, as
 * bench/lib/subset.ts does for fractions. Texts stay in the shared corpus; nothing is copied
 * into the repository.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pickFraction } from '../../../bench/lib/subset.js';

interface Rec { id: string; kind: string; file: string | null; format: string | null; bytes: number | null }

export function readRecords(sourceDir: string): Rec[] {
  return JSON.parse(readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8')) as Rec[];
}

export function writeIds(sourceDir: string, ids: readonly string[], targetDir: string): { records: number; bytes: number } {
  const all = readRecords(sourceDir);
  const byId = new Map(all.map((r) => [r.id, r] as const));
  const chosen = ids.map((id) => {
    const r = byId.get(id);
    if (!r) throw new Error(`No record ${id} in ${sourceDir}/manifest.json`);
    return r;
  });
  mkdirSync(targetDir, { recursive: true });
  let bytes = 0;
  for (const r of chosen) {
    if (!r.file) continue;
    const to = path.join(targetDir, r.file);
    mkdirSync(path.dirname(to), { recursive: true });
    try {
      linkSync(path.join(sourceDir, r.file), to);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EXDEV' && code !== 'EPERM') throw err;
      copyFileSync(path.join(sourceDir, r.file), to);
    }
    bytes += r.bytes ?? 0;
  }
  writeFileSync(path.join(targetDir, 'manifest.json'), JSON.stringify(chosen));
  return { records: chosen.length, bytes };
}

/**
 * The default ingest subset of the shared corpus (ids only; the texts are read from CORPUS_DIR):
 * laws with 207, 108 and 102 provisions (most of the index's records; one of them Chinese) and
 * 23 short documents of every format, pointers included. A full ingest is about 650 records and
 * takes 2–4 s on two cores (the 507-provision Chinese criminal law alone would double that).
 */
export const DEFAULT_INGEST_IDS = [
  'legislation-mex-federal-law-firearms-explosives',
  'case-gbr-aul-2022', 'case-jey-bester-2023', 'legislation-mex-international-extradition-law', 'case-gbr-oloyowang-2021',
  'bibliography-mex-estevez-soto-2021', 'bibliography-mex-estevez-soto-2015', 'legislation-can-corruption-foreign-public-officials-act-en-xml',
  'legislation-can-corruption-foreign-public-officials-act-fr-xml', 'case-chn-lecard-ridx-26', 'case-chn-lecard-ridx-6409',
  'module-int-openstax-business-law-i-essentials-2e-m78890-commo', 'bibliography-int-unodc-2014-gpwfc-annual-report',
  'bibliography-int-osce-2017-ilp-guidebook', 'case-usa-leonard-2017', 'case-usa-dean-2017', 'legislation-sau-border-security-law',
  'case-fra-cass-crim-23-81811-2023', 'module-esp-rafaeldelrio-ceti-nc-ud3-legislacion-responsabilid', 'case-nld-ecli-nl-rbrot-2008-be7078',
  'case-nld-ecli-nl-phr-2010-bm7501', 'module-int-dfir-hitchhikers-guide-ch09-forensic-imaging-in-a', 'treaty-int-tip-en', 'treaty-int-tip-es',
  'treaty-int-fp-en', 'legislation-chn-customs-law',
];

/** DEFAULT_INGEST_IDS when the source folder holds them all, else a subset chosen by rule (another corpus). */
export function ingestIds(sourceDir: string): string[] {
  const have = new Set(readRecords(sourceDir).map((r) => r.id));
  return DEFAULT_INGEST_IDS.every((id) => have.has(id)) ? [...DEFAULT_INGEST_IDS] : ingestSubsetIds(sourceDir, 24, 2);
}

/**
 * A subset by rule: records spread evenly over the manifest (every format, kind and both
 * halves), files below `maxBytes` so a full ingest stays at a few seconds on two cores, plus
 * `large` legislation files of 0.3–1 MB, which carry many provisions (several index batches).
 */
export function ingestSubsetIds(sourceDir: string, spread: number, large: number, maxBytes = 150_000): string[] {
  const all = readRecords(sourceDir);
  const small = all.filter((r) => (r.bytes ?? 0) <= maxBytes);
  const picked = pickFraction(small, spread / small.length).map((r) => r.id);
  const big = all
    .filter((r) => r.kind === 'legislation' && (r.bytes ?? 0) > 300_000 && (r.bytes ?? 0) < 1_000_000)
    .sort((a, b) => (a.bytes ?? 0) - (b.bytes ?? 0) || a.id.localeCompare(b.id));
  return [...new Set([...picked, ...pickFraction(big, large / Math.max(big.length, 1)).map((r) => r.id)])];
}

/** A couple of small records: enough for `npm start` to have an index, quick to ingest. */
export function tinySubsetIds(sourceDir: string): string[] {
  const all = readRecords(sourceDir);
  const pointer = all.find((r) => !r.file);
  const text = all.filter((r) => r.file && (r.bytes ?? 0) < 20_000).sort((a, b) => (a.bytes ?? 0) - (b.bytes ?? 0))[0];
  return [pointer, text].filter((r): r is Rec => Boolean(r)).map((r) => r.id);
}
