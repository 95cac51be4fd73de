/** Human and machine-readable output of an ingest run. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IngestReport, Progress } from './run.js';

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
