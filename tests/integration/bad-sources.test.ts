/**
 * A source folder of more than 30 malformed files and manifest records plus a few good
 * documents, ingested into an engine of this suite's own: each bad one is reported with its file
 * or id and a clear reason, every good one is indexed, nothing hangs and memory stays bounded.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminClient, indexNames, type EngineConnection } from '../../server/engine/client.js';
import { runIngest, type IngestReport } from '../../ingest/run.js';
import { readManifest } from '../../corpus/manifest.js';
import { processEntry } from '../../ingest/pipeline/process.js';
import { startTestEngine } from '../helpers/engine.js';
import { writeBadSources, type SourceFolder } from '../helpers/fuzz-sources.js';

type Engine = Awaited<ReturnType<typeof startTestEngine>>;

let engine: Engine;
let conn: EngineConnection;
let root: string;
let folder: SourceFolder;
let report: IngestReport;
let rssGrowthMb: number;
let sourceDir: string;
const live = indexNames('bad');

beforeAll(async () => {
  engine = await startTestEngine();
  conn = { url: engine.url, masterKey: engine.masterKey, timeoutMs: 5000, prefix: 'bad' };
  root = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-bad-'));
  const dir = path.join(root, 'source');
  sourceDir = dir;
  const outside = path.join(root, 'outside');
  mkdirSync(outside);
  folder = writeBadSources(dir, outside);
  global.gc?.();
  const before = process.memoryUsage().rss;
  report = await runIngest({ sourceDir: dir, client: adminClient(conn), live, full: true });
  rssGrowthMb = (process.memoryUsage().rss - before) / 2 ** 20;
}, 240_000);

afterAll(async () => {
  await engine?.cleanup();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Everything the report says about a bad record: skipped reasons and findings, by id or manifest index. */
function reportedAbout(id: string | null, index: number): { skipped: string[]; findings: string[] } {
  const byIndex = (element?: string) => element?.startsWith(`[${index}].`) ?? false;
  return {
    skipped: report.skipped.filter((s) => (id !== null && s.id === id) || s.reason.startsWith(`record ${index},`)).map((s) => `${s.file ?? '-'}: ${s.reason}`),
    findings: report.findings.filter((f) => f.severity !== 'info' && ((id !== null && f.documentId === id) || byIndex(f.element))).map((f) => `${f.file ?? '-'}: ${f.rule}: ${f.reason}`),
  };
}

test('the folder holds at least 30 malformed cases and some good documents', () => {
  expect(folder.bad.length).toBeGreaterThanOrEqual(30);
  expect(folder.good.length).toBeGreaterThanOrEqual(3);
  expect(report.manifestRecords).toBe(folder.records.length);
});

test('every good document is indexed', async () => {
  const docs = adminClient(conn).index(live.documents);
  for (const id of folder.good) {
    const d = await docs.getDocument<{ id: string; provisions: unknown[] }>(id);
    expect({ id, provisions: d.provisions.length }).toEqual({ id, provisions: 2 });
  }
});

describe('each bad case is reported with its file or id and a clear reason', () => {
  test('all cases', () => {
    const problems: string[] = [];
    for (const c of folder.bad) {
      const said = reportedAbout(c.id, c.index);
      const all = [...said.skipped, ...said.findings];
      if (!all.length) problems.push(`${c.what} (${c.id ?? `record ${c.index}`}): not reported`);
      else if (!all.some((r) => c.reason.test(r))) problems.push(`${c.what} (${c.id ?? `record ${c.index}`}): reason ${c.reason} not in ${JSON.stringify(all).slice(0, 400)}`);
      // Reasons say what was found and what was expected.
      else if (!all.some((r) => /expected/i.test(r))) problems.push(`${c.what}: no "expected …" in ${JSON.stringify(all).slice(0, 300)}`);
    }
    expect(problems).toEqual([]);
  });
});

test('bad content never reaches the index as a document', async () => {
  const skippedIds = new Set(report.skipped.map((s) => s.id));
  const docs = adminClient(conn).index(live.documents);
  for (const id of ['invalid-utf8', 'utf16-no-bom', 'utf16-bom', 'binary-junk', 'empty-file', 'blank-file', 'sha-mismatch', 'outside-symlink', 'huge-file', 'unknown-format']) {
    expect({ id, skipped: skippedIds.has(id) }).toEqual({ id, skipped: true });
    await expect(docs.getDocument(id)).rejects.toThrow();
  }
  // The duplicate keeps the first record's content.
  const first = await docs.getDocument<{ title: string }>('good-law-one');
  expect(first.title).toBe('Fixture good-law-one');
});

test('entity expansion is not performed (billion laughs stays small)', async () => {
  const d = await adminClient(conn).index(live.documents).getDocument<{ provisions: { text: string }[] }>('billion-laughs').catch(() => null);
  const text = d ? d.provisions.map((p) => p.text).join(' ') : '';
  expect(text.length).toBeLessThan(10_000);
  expect(text).not.toMatch(/(lol){100}/);
});

test('nothing hangs and memory stays bounded', () => {
  expect(report.durationMs).toBeLessThan(180_000);
  expect(rssGrowthMb).toBeLessThan(768);
  process.stderr.write(`[bad-sources] ${folder.bad.length} bad cases, ${folder.good.length} good; ${report.documents} indexed, ${report.skipped.length} skipped, ${report.findings.length} findings; ${report.durationMs} ms; RSS +${rssGrowthMb.toFixed(0)} MB\n`);
});

test('deep nesting is refused quickly, not parsed in quadratic time', async () => {
  // 100,000 nested XML elements (2.2 MB) and 10,000 nested Markdown lists (20 KB): each must be
  // read or refused within seconds (measured before a depth guard: ~60 s and ~90 s).
  const entries = readManifest(sourceDir).entries.filter((e) => ['deep-xml', 'nested-lists', 'nested-quotes', 'deep-csl-json'].includes(e.record.id));
  expect(entries).toHaveLength(4);
  for (const e of entries) {
    const t = Date.now();
    const out = await processEntry(e, 'test');
    const ms = Date.now() - t;
    expect({ id: e.record.id, slow: ms > 10_000 ? ms : false }).toEqual({ id: e.record.id, slow: false });
    expect(out.findings.some((f) => f.severity !== 'info' && /nest|deep/i.test(f.reason))).toBe(true);
  }
}, 600_000);
