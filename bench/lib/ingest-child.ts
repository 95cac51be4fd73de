/**
 * Runs in a child process so that its peak RSS (process.resourceUsage().maxRSS) is the ingest's
 * own, not the benchmark's. Modes: `ingest` (runIngest, full or incremental) and `engine-only`
 * (the same records, produced by the pipeline beforehand and held in memory, pushed straight to
 * fresh indexes with the same settings: what the engine alone costs). Prints one `RESULT {json}` line.
 */
import { readManifest } from '../../corpus/manifest.js';
import { adminClient, indexNames } from '../../server/engine/client.js';
import { runIngest } from '../../ingest/run.js';
import { processEntry } from '../../ingest/pipeline/process.js';
import { pipelineVersion } from '../../ingest/pipeline/version.js';
import { BatchWriter, createWithSettings, waitOk } from '../../ingest/index/engine-ops.js';
import { DOCUMENT_SETTINGS, RECORD_SETTINGS, toRecords, type SearchRecord } from '../../ingest/index/records.js';

export interface ChildArgs {
  mode: 'ingest' | 'engine-only';
  url: string;
  masterKey: string;
  prefix: string;
  source: string;
  full: boolean;
}

export interface ChildResult {
  mode: ChildArgs['mode'];
  ingestMode?: 'full' | 'incremental';
  durationMs: number;
  /** Engine-only: time spent producing the records (pipeline), not counted in durationMs. */
  prepareMs?: number;
  documents: number;
  provisions: number;
  records: number;
  maxRssMb: number;
}

async function engineOnly(a: ChildArgs): Promise<ChildResult> {
  const version = pipelineVersion();
  const manifest = readManifest(a.source);
  const t0 = Date.now();
  const recs: SearchRecord[] = [];
  const docs: object[] = [];
  let provisions = 0;
  for (const entry of manifest.entries) {
    const out = await processEntry(entry, version);
    if (!out.document) continue;
    recs.push(...toRecords(out.document));
    docs.push({ ...out.document, pipelineVersion: version });
    provisions += out.document.provisions.length;
  }
  const prepareMs = Date.now() - t0;
  const client = adminClient({ url: a.url, masterKey: a.masterKey, timeoutMs: 120_000, prefix: a.prefix });
  const idx = indexNames(`${a.prefix}-engine-only`);
  const started = Date.now();
  await createWithSettings(client, idx.records, RECORD_SETTINGS);
  await createWithSettings(client, idx.documents, DOCUMENT_SETTINGS);
  const rw = new BatchWriter(client, idx.records);
  const dw = new BatchWriter(client, idx.documents);
  for (const r of recs) await rw.add(r);
  for (const d of docs) await dw.add(d);
  await rw.done();
  await dw.done();
  const durationMs = Date.now() - started;
  // The copy is not needed afterwards; dropping it keeps the disk figure of the real index honest.
  await waitOk(client.deleteIndex(idx.records), 'delete engine-only records');
  await waitOk(client.deleteIndex(idx.documents), 'delete engine-only documents');
  return { mode: 'engine-only', durationMs, prepareMs, documents: docs.length, provisions, records: recs.length, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function ingest(a: ChildArgs): Promise<ChildResult> {
  const client = adminClient({ url: a.url, masterKey: a.masterKey, timeoutMs: 120_000, prefix: a.prefix });
  const report = await runIngest({ sourceDir: a.source, client, live: indexNames(a.prefix), full: a.full });
  return {
    mode: 'ingest', ingestMode: report.mode, durationMs: report.durationMs, documents: report.documents, provisions: report.provisions,
    records: report.records, maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
const result = await (args.mode === 'engine-only' ? engineOnly(args) : ingest(args));
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
