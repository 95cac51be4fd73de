/**
 * A fraction of a source folder as a folder of its own: a manifest.json subset plus hard links
 * (copies across file systems) of its files. The manifest reader refuses symlinks leading out
 * of the source folder, hence links, never symlinks. Written to a temporary directory only.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface Rec { id: string; file: string | null }

/** Every n-th record, spread evenly over the sorted manifest so both halves (zh and es) are represented. */
export function pickFraction<T>(records: T[], fraction: number): T[] {
  if (fraction >= 1) return records;
  const want = Math.max(1, Math.round(records.length * fraction));
  const out: T[] = [];
  for (let i = 0; i < want; i++) out.push(records[Math.floor((i * records.length) / want)]);
  return out;
}

export function writeSubset(sourceDir: string, fraction: number, targetDir: string): { records: number; bytes: number } {
  const all = JSON.parse(readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8')) as Rec[];
  const chosen = pickFraction(all, fraction);
  mkdirSync(targetDir, { recursive: true });
  let bytes = 0;
  for (const r of chosen) {
    if (!r.file) continue;
    const from = path.join(sourceDir, r.file);
    const to = path.join(targetDir, r.file);
    mkdirSync(path.dirname(to), { recursive: true });
    try {
      linkSync(from, to);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV' && (err as NodeJS.ErrnoException).code !== 'EPERM') throw err;
      copyFileSync(from, to);
    }
    bytes += statSync(to).size;
  }
  writeFileSync(path.join(targetDir, 'manifest.json'), JSON.stringify(chosen));
  return { records: chosen.length, bytes };
}
