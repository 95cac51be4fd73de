/**
 * `npm run ingest [-- --source DIR] [--full]`: ingest a source folder into the index, with a
 * progress line, a summary and a machine-readable report under DATA_DIR/reports/.
 * Exit code 1 only when the source yields nothing or the engine fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { adminClient, indexNames } from '../server/engine/client.js';
import { openEngine } from '../server/engine/runtime.js';
import { runIngest, IngestError, type IngestReport, type Progress } from './run.js';

export function formatProgress(p: Progress): string {
  const s = Math.max(p.elapsedMs, 1) / 1000;
  const width = 30;
  const filled = Math.round((p.done / Math.max(p.total, 1)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} records · ${p.documents} documents (${(p.documents / s).toFixed(1)}/s) · ${p.provisions} provisions (${(p.provisions / s).toFixed(0)}/s)`;
}

export function summary(r: IngestReport): string {
  const lines = [
    `Ingest (${r.mode}) of ${r.source} in ${(r.durationMs / 1000).toFixed(1)} s`,
    `  manifest records: ${r.manifestRecords}; indexed documents: ${r.documents} (${r.pointers} pointer records); provisions: ${r.provisions}; search records: ${r.records}`,
    `  unchanged: ${r.unchanged}; changed: ${r.changed}; removed: ${r.removed}; skipped: ${r.skipped.length}`,
    `  throughput: ${r.docsPerSec} documents/s, ${r.provisionsPerSec} provisions/s`,
    `  findings: ${r.findingsBySeverity.error} errors, ${r.findingsBySeverity.warning} warnings, ${r.findingsBySeverity.info} info`,
    '  per format:',
    ...Object.entries(r.byFormat).sort().map(([f, c]) => `    ${f.padEnd(16)} ${String(c.documents).padStart(6)} documents ${String(c.provisions).padStart(8)} provisions`),
  ];
  if (r.skipped.length) lines.push('  skipped:', ...r.skipped.map((s) => `    ${s.id ?? '(no id)'} ${s.file ?? ''}: ${s.reason}`));
  return lines.join('\n');
}

export function writeReport(dataDir: string, report: IngestReport): string {
  const dir = path.join(dataDir, 'reports');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `ingest-${report.startedAt.replace(/[:.]/g, '-')}.json`);
  const json = JSON.stringify(report, null, 2);
  writeFileSync(file, json);
  writeFileSync(path.join(dir, 'ingest-latest.json'), json);
  return file;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { source: { type: 'string' }, full: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const sourceDir = values.source ?? config.CORPUS_DIR;
  if (!sourceDir) {
    console.error('No source folder: pass --source DIR or set CORPUS_DIR (default ../shared/corpus when it exists).');
    return 2;
  }
  const runtime = await openEngine(config);
  const tty = process.stderr.isTTY;
  let last = 0;
  try {
    const report = await runIngest({
      sourceDir, client: adminClient(runtime.conn), live: indexNames(config.INDEX_PREFIX), full: values.full,
      onProgress: (p) => {
        if (Date.now() - last < (tty ? 100 : 2000) && p.done !== p.total) return;
        last = Date.now();
        process.stderr.write(tty ? `\r${formatProgress(p)}` : `${formatProgress(p)}\n`);
      },
    });
    if (tty) process.stderr.write('\n');
    console.log(summary(report));
    console.log(`  report: ${writeReport(config.DATA_DIR, report)}`);
    return 0;
  } catch (err) {
    if (tty) process.stderr.write('\n');
    console.error(`Ingest failed: ${(err as Error).message}`);
    if (err instanceof IngestError && err.report) console.error(`  report: ${writeReport(config.DATA_DIR, err.report)}`);
    return 1;
  } finally {
    await runtime.handle?.stop();
  }
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error((err as Error).message);
  process.exitCode = 1;
});
