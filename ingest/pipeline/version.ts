/**
 * The pipeline version: a hash of the code that turns sources into records (ingest/ and corpus/).
 * Part of every document's content hash, so changing an adapter, a lexicon or the index shape
 * re-processes everything, and an unchanged run skips everything.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/config.js';

let cached: string | undefined;

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|js|json)$/.test(name)) out.push(p);
  }
}

export function pipelineVersion(): string {
  if (cached) return cached;
  const files: string[] = [];
  for (const d of ['ingest', 'corpus']) walk(path.join(PROJECT_ROOT, d), files);
  const h = createHash('sha256');
  for (const f of files) h.update(path.relative(PROJECT_ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  cached = h.digest('hex').slice(0, 16);
  return cached;
}
