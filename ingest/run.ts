/**
 * The ingest run: manifest → documents → records → index. A full run rebuilds into fresh
 * indexes and swaps them in; an incremental run skips documents whose content hash is
 * unchanged, re-indexes changed ones and removes those that left the manifest.
 */
import type { EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import { readManifest } from '../corpus/manifest.js';
import type { Finding } from '../corpus/schema.js';
import type { IndexNames } from '../server/engine/client.js';
import { processEntry } from './pipeline/process.js';
import { pipelineVersion } from './pipeline/version.js';
import { contentHash } from './pipeline/normalise.js';
import { BatchWriter, buildNames, cleanupBuilds, createWithSettings, indexExists, swapIn, waitOk, IndexingError } from './index/engine-ops.js';
import { DOCUMENT_SETTINGS, RECORD_SETTINGS, toRecords } from './index/records.js';

export interface IngestOptions {
  sourceDir: string;
  client: Meilisearch;
  live: IndexNames;
  /** Force a full rebuild (otherwise incremental when a compatible index exists). */
  full?: boolean;
  onProgress?: (p: Progress) => void;
  /** For tests and benchmarks: a hook between stages of a full rebuild. */
  beforeSwap?: () => Promise<void>;
}

export interface Progress {
  done: number;
  total: number;
  documents: number;
  provisions: number;
  elapsedMs: number;
}

export interface IngestReport {
  mode: 'full' | 'incremental';
  source: string;
  pipelineVersion: string;
  startedAt: string;
  durationMs: number;
  manifestRecords: number;
  documents: number;
  pointers: number;
  provisions: number;
  records: number;
  unchanged: number;
  changed: number;
  removed: number;
  byFormat: Record<string, { documents: number; provisions: number }>;
  skipped: { id: string | null; file: string | null; reason: string }[];
  findingsBySeverity: Record<Finding['severity'], number>;
  findings: Finding[];
  docsPerSec: number;
  provisionsPerSec: number;
  cleanedUp: string[];
}

export class IngestError extends Error {
  constructor(message: string, readonly report?: IngestReport) {
    super(message);
  }
}

interface Existing {
  hashes: Map<string, string>;
  compatible: boolean;
}

async function existingDocuments(client: Meilisearch, live: IndexNames, version: string): Promise<Existing | null> {
  if (!(await indexExists(client, live.documents)) || !(await indexExists(client, live.records))) return null;
  const hashes = new Map<string, string>();
  let compatible = true;
  const limit = 5000;
  for (let offset = 0; ; offset += limit) {
    const page = await client.index(live.documents).getDocuments<{ id: string; contentHash: string; pipelineVersion?: string }>({
      fields: ['id', 'contentHash', 'pipelineVersion'], limit, offset,
    });
    for (const d of page.results) {
      hashes.set(d.id, d.contentHash);
      if (d.pipelineVersion !== version) compatible = false;
    }
    if (page.results.length < limit) break;
  }
  return hashes.size ? { hashes, compatible } : null;
}

export async function runIngest(opts: IngestOptions): Promise<IngestReport> {
  const started = Date.now();
  const version = pipelineVersion();
  const manifest = readManifest(opts.sourceDir);
  const findings: Finding[] = [...manifest.findings];
  const report: IngestReport = {
    mode: 'full', source: manifest.dir, pipelineVersion: version, startedAt: new Date(started).toISOString(), durationMs: 0,
    manifestRecords: manifest.total, documents: 0, pointers: 0, provisions: 0, records: 0, unchanged: 0, changed: 0, removed: 0,
    byFormat: {}, skipped: [], findingsBySeverity: { error: 0, warning: 0, info: 0 }, findings, docsPerSec: 0, provisionsPerSec: 0, cleanedUp: [],
  };
  for (const f of manifest.findings) report.skipped.push({ id: f.documentId ?? null, file: f.file, reason: f.reason });

  const { client, live } = opts;
  report.cleanedUp = await cleanupBuilds(client, live);
  const existing = opts.full ? null : await existingDocuments(client, live, version);
  const incremental = existing !== null && existing.compatible;
  report.mode = incremental ? 'incremental' : 'full';
  const target = incremental ? live : buildNames(live, `${started}`);
  if (!incremental) {
    await createWithSettings(client, target.records, RECORD_SETTINGS);
    await createWithSettings(client, target.documents, DOCUMENT_SETTINGS);
  }
  const records = new BatchWriter(client, target.records);
  const documents = new BatchWriter(client, target.documents);
  const pendingDeletes: EnqueuedTaskPromise[] = [];

  try {
    let done = 0;
    for (const entry of manifest.entries) {
      done++;
      const fmt = entry.record.format ?? 'pointer';
      report.byFormat[fmt] ??= { documents: 0, provisions: 0 };
      if (incremental) {
        if (existing.hashes.get(entry.record.id) === contentHash(entry.record, version)) {
          report.unchanged++;
          report.byFormat[fmt].documents++;
          continue;
        }
      }
      const out = await processEntry(entry, version);
      findings.push(...out.findings);
      if (!out.document) {
        const why = out.findings.find((f) => f.severity === 'error') ?? out.findings[0];
        report.skipped.push({ id: entry.record.id, file: entry.record.file, reason: why?.reason ?? 'unknown reason' });
        continue;
      }
      const doc = out.document;
      if (incremental) {
        report.changed++;
        // Enqueued before this document's new records: tasks run in order.
        if (existing.hashes.has(doc.id)) pendingDeletes.push(client.index(live.records).deleteDocuments({ filter: `docId = ${JSON.stringify(doc.id)}` }));
      }
      const recs = toRecords(doc);
      for (const r of recs) await records.add(r);
      await documents.add({ ...doc, pipelineVersion: version });
      report.documents++;
      if (doc.pointer) report.pointers++;
      report.provisions += doc.provisions.length;
      report.records += recs.length;
      report.byFormat[fmt].documents++;
      report.byFormat[fmt].provisions += doc.provisions.length;
      opts.onProgress?.({ done, total: manifest.entries.length, documents: report.documents, provisions: report.provisions, elapsedMs: Date.now() - started });
    }

    if (incremental) {
      const inManifest = new Set(manifest.entries.map((e) => e.record.id));
      const removed = [...existing.hashes.keys()].filter((id) => !inManifest.has(id));
      report.removed = removed.length;
      for (let i = 0; i < removed.length; i += 200) {
        const ids = removed.slice(i, i + 200);
        const filter = `docId IN [${ids.map((id) => JSON.stringify(id)).join(', ')}]`;
        pendingDeletes.push(client.index(live.records).deleteDocuments({ filter }), client.index(live.documents).deleteDocuments(ids));
      }
    } else if (report.documents === 0) {
      throw new IngestError(`The source ${manifest.dir} yielded no document (${manifest.total} manifest records, ${report.skipped.length} skipped)`, report);
    }
    await records.done();
    await documents.done();
    for (const p of pendingDeletes) await waitOk(p, 'delete stale records');
    if (!incremental) {
      await opts.beforeSwap?.();
      await swapIn(client, live, target);
    }
  } catch (err) {
    if (!incremental) {
      for (const uid of [target.records, target.documents]) {
        try {
          if (await indexExists(client, uid)) await waitOk(client.deleteIndex(uid), `delete ${uid}`);
        } catch {
          /* the engine may be gone; the next run cleans up */
        }
      }
    }
    if (err instanceof IngestError || err instanceof IndexingError) throw err;
    throw new IngestError(`Indexing failed: ${(err as Error).message}`, report);
  } finally {
    report.durationMs = Date.now() - started;
    for (const f of findings) report.findingsBySeverity[f.severity]++;
    const secs = Math.max(report.durationMs, 1) / 1000;
    report.docsPerSec = Math.round((report.documents / secs) * 10) / 10;
    report.provisionsPerSec = Math.round((report.provisions / secs) * 10) / 10;
  }
  return report;
}
