/**
 * Reader of a source folder: `manifest.json` plus the files it names. Every record is validated;
 * each problem is reported with the record's index, id and the field at fault, and the valid
 * records go on. Files outside the folder (`..`, absolute paths, symlinks leading out), missing
 * files, oversize files and SHA-256 or size mismatches are reported, never followed or accepted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ManifestRecord, type Finding } from './schema.js';

/** Larger files are refused: no source document in the library comes near this. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export interface SourceEntry {
  index: number;
  record: ManifestRecord;
  /** Absolute, verified path of the file; null for pointer records. */
  path: string | null;
}

export interface ManifestReadResult {
  dir: string;
  entries: SourceEntry[];
  findings: Finding[];
  /** Number of records in the manifest, valid or not. */
  total: number;
}

export class ManifestError extends Error {}

function problem(file: string, index: number, id: unknown, field: string, reason: string, rule: string): Finding {
  const who = typeof id === 'string' ? ` (id "${id}")` : '';
  return { severity: 'error', file, element: `[${index}].${field}`, rule, reason: `record ${index}${who}, field ${field}: ${reason}`, ...(typeof id === 'string' ? { documentId: id } : {}) };
}

export function sha256Hex(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

/**
 * Throws ManifestError only when there is no usable manifest at all (missing, not JSON, not an array);
 * every per-record problem is a finding.
 */
export function readManifest(dir: string, opts: { verifyFiles?: boolean } = {}): ManifestReadResult {
  const root = path.resolve(dir);
  const manifestPath = path.join(root, 'manifest.json');
  if (!existsSync(manifestPath)) throw new ManifestError(`No manifest.json in source folder ${root}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ManifestError(`${manifestPath}: Unexpected content (${(err as Error).message}), expected a JSON array of records`);
  }
  if (!Array.isArray(raw)) throw new ManifestError(`${manifestPath}: Unexpected ${typeof raw}, expected a JSON array of records`);

  const realRoot = realpathSync(root);
  const findings: Finding[] = [];
  const entries: SourceEntry[] = [];
  const seen = new Map<string, number>();
  const verify = opts.verifyFiles ?? true;

  raw.forEach((item: unknown, index) => {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    const parsed = ManifestRecord.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const message = issue.code === 'unrecognized_keys'
          ? `${issue.message}; expected only the manifest fields (${Object.keys(ManifestRecord.shape).join(', ')})`
          : issue.message;
        findings.push(problem('manifest.json', index, id, issue.path.join('.') || '(record)', message, 'manifest-schema'));
      }
      return;
    }
    const record = parsed.data;
    const first = seen.get(record.id);
    if (first !== undefined) {
      findings.push(problem('manifest.json', index, record.id, 'id', `duplicate id, first used by record ${first}; expected unique ids`, 'manifest-duplicate-id'));
      return;
    }
    seen.set(record.id, index);
    if (record.file === null) {
      entries.push({ index, record, path: null });
      return;
    }
    const file = record.file;
    if (path.isAbsolute(file) || file.split(/[\\/]/).includes('..') || file.includes('\0')) {
      findings.push(problem('manifest.json', index, record.id, 'file', `path "${file}" leaves the source folder; expected a path relative to ${root}`, 'manifest-file-outside'));
      return;
    }
    const abs = path.join(root, file);
    if (!existsSync(abs)) {
      findings.push(problem('manifest.json', index, record.id, 'file', `file "${file}" does not exist; expected a file in ${root}`, 'manifest-file-missing'));
      return;
    }
    const real = realpathSync(abs);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      findings.push(problem('manifest.json', index, record.id, 'file', `"${file}" is a symbolic link leading out of the source folder (to ${real}); expected a file inside ${root}`, 'manifest-file-outside'));
      return;
    }
    if (!statSync(real).isFile()) {
      findings.push(problem('manifest.json', index, record.id, 'file', `"${file}" is not a regular file; expected a document file`, 'manifest-file-not-regular'));
      return;
    }
    const size = statSync(real).size;
    if (size > MAX_FILE_BYTES) {
      findings.push(problem('manifest.json', index, record.id, 'file', `"${file}" is ${size} bytes; expected at most ${MAX_FILE_BYTES} bytes`, 'manifest-file-too-large'));
      return;
    }
    if (verify) {
      if (record.bytes !== null && record.bytes !== size) {
        findings.push(problem('manifest.json', index, record.id, 'bytes', `file "${file}" has ${size} bytes; expected ${record.bytes}`, 'manifest-size-mismatch'));
        return;
      }
      const sum = sha256Hex(readFileSync(real));
      if (record.sha256 !== null && sum !== record.sha256) {
        findings.push(problem('manifest.json', index, record.id, 'sha256', `file "${file}" has SHA-256 ${sum}; expected ${record.sha256}`, 'manifest-sha256-mismatch'));
        return;
      }
    }
    entries.push({ index, record, path: real });
  });
  return { dir: root, entries, findings, total: raw.length };
}
