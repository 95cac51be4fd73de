/**
 * Engine lifecycle, ingest (atomic rebuild, incremental runs, bad inputs) and the API's behaviour
 * when the engine goes away — on an engine of this suite's own, over a source folder it writes.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { startEngine, EngineStartError } from '../../server/engine/process.js';
import { adminClient, indexNames, type EngineConnection } from '../../server/engine/client.js';
import { loadConfig } from '../../server/config.js';
import { openEngine } from '../../server/engine/runtime.js';
import { runIngest } from '../../ingest/run.js';
import { sha256Hex } from '../../corpus/manifest.js';
import { startTestEngine } from '../helpers/engine.js';
import { testApp } from '../helpers/app.js';

type Engine = Awaited<ReturnType<typeof startTestEngine>>;

function writeSource(dir: string, n: number, extra: { id: string; file: string; content: Buffer | string; format?: string }[] = []) {
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  const records: object[] = [];
  const add = (id: string, file: string, content: Buffer | string, format = 'markdown') => {
    writeFileSync(path.join(dir, file), content);
    const buf = Buffer.isBuffer(content) ? content : Buffer.from(content);
    records.push({ id, kind: 'legislation', file, format, title: `Synthetic law ${id}`, title_en: null, country: 'FRA', language: 'fr', date: `20${String(n % 20).padStart(2, '0')}-01-01`, source: { url: null }, licence: 'test fixture', sha256: sha256Hex(buf), bytes: buf.length, meta: {}, notes: null });
  };
  for (let i = 0; i < n; i++) add(`synthetic-law-${i}`, `docs/law-${i}.md`, `# Loi synthétique ${i}\n\n## Section ${i}\n\nLe blanchiment de capitaux numéro ${i} est puni.\n`);
  for (const e of extra) add(e.id, e.file, e.content, e.format);
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(records));
}

describe('embedded engine lifecycle', () => {
  test('starts with a master key stored 0600, stops, restarts on the same data', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-life-'));
    const a = await startEngine({ dataDir: dir });
    expect((await fetch(`${a.url}/health`)).ok).toBe(true);
    const { statSync } = await import('node:fs');
    expect(statSync(path.join(dir, 'master.key')).mode & 0o777).toBe(0o600);
    await a.stop();
    await expect(fetch(`${a.url}/health`)).rejects.toThrow();
    const b = await startEngine({ dataDir: dir });
    expect(b.masterKey).toBe(a.masterKey);
    await b.stop();
    expect(() => process.kill(b.pid, 0)).toThrow();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a port already taken gives a clear error with the engine output', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-port-'));
    await expect(startEngine({ dataDir: dir, port, timeoutMs: 15000 })).rejects.toThrow(EngineStartError);
    await expect(startEngine({ dataDir: dir, port, timeoutMs: 15000 })).rejects.toThrow(new RegExp(`Meilisearch exited \\(code \\d+\\) before answering /health on http://127\\.0\\.0\\.1:${port}\\. Last engine output:\\n[\\s\\S]+`));
    blocker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('MEILI_URL mode uses the given instance and starts none', async () => {
    const e = await startTestEngine();
    const rt = await openEngine(loadConfig({ MEILI_URL: e.url, MEILI_MASTER_KEY: e.masterKey }));
    expect(rt.handle).toBeNull();
    expect(rt.conn.url).toBe(e.url);
    expect(() => loadConfig({ MEILI_URL: e.url })).toThrow(/MEILI_MASTER_KEY: required when MEILI_URL is set/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    await e.cleanup();
  });
});

describe('ingest into an engine of its own', () => {
  let engine: Engine;
  let conn: EngineConnection;
  let source: string;
  const live = indexNames('t');
  beforeAll(async () => {
    engine = await startTestEngine();
    conn = { url: engine.url, masterKey: engine.masterKey, timeoutMs: 5000, prefix: 't' };
    source = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-src-'));
    writeSource(source, 1200, [
      { id: 'bad-utf8', file: 'docs/bad.md', content: Buffer.from([0x23, 0x20, 0xc3, 0x28]) },
      { id: 'truncated-xml', file: 'docs/t.xml', content: '<akomaNtoso><act><body><article><num>Art. 1', format: 'akn-xml' },
      { id: 'empty-file', file: 'docs/empty.md', content: '' },
      { id: 'binary-junk', file: 'docs/junk.md', content: Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0]) },
      { id: 'bad-front-matter', file: 'docs/fm.md', content: '---\ntitle: [unclosed\n---\n# Titre\n\nTexte de la loi.\n' },
      { id: 'large-file', file: 'docs/large.md', content: `# Grande loi\n\n${'Article premier du texte. '.repeat(2_200_000)}` },
    ]);
  }, 120000);
  afterAll(async () => {
    await engine.cleanup();
    rmSync(source, { recursive: true, force: true });
  });

  test('a full run indexes every good document and reports each bad one with a clear reason', async () => {
    const report = await runIngest({ sourceDir: source, client: adminClient(conn), live, full: true });
    expect(report.mode).toBe('full');
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.id, s.reason]));
    expect(skipped['bad-utf8']).toMatch(/invalid UTF-8 byte 0xc3 at byte 2/);
    expect(skipped['truncated-xml']).toBeUndefined(); // read with findings, not skipped: the adapter keeps what it could
    expect(report.findings.some((f) => f.documentId === 'truncated-xml' && f.severity !== 'info')).toBe(true);
    expect(skipped['empty-file']).toMatch(/empty file/);
    expect(skipped['binary-junk']).toMatch(/binary content/);
    expect(skipped['large-file']).toMatch(/expected at most \d+ bytes/);
    expect(report.findings.some((f) => f.documentId === 'bad-front-matter' && f.rule === 'front-matter-yaml')).toBe(true);
    expect(report.documents).toBe(1202);
    const stats = await adminClient(conn).index(live.documents).getStats();
    expect(stats.numberOfDocuments).toBe(1202);
  }, 300000);

  test('results beyond the first 1,000 are reachable', async () => {
    const { app } = await testApp({}, conn);
    const res = await request(app).get('/api/search?q=&per_page=10&page=115');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1202);
    expect(res.body.hits).toHaveLength(10);
    // A concept query: the fused documents first, then the rest of its set, past 1,000 too.
    const last = await request(app).get('/api/search?q=blanchiment&per_page=100&page=12');
    expect(last.body.query.ranking).toBe('fused');
    expect(last.body.total).toBeGreaterThan(1100);
    expect(last.body.hits).toHaveLength(Math.min(100, last.body.total - 1100));
    const first = await request(app).get('/api/search?q=blanchiment&per_page=100&page=1');
    const firstIds = new Set((first.body.hits as { id: string }[]).map((h) => h.id));
    expect((last.body.hits as { id: string }[]).filter((h) => firstIds.has(h.id))).toEqual([]);
  });

  test('an unchanged incremental run does no indexing work', async () => {
    const before = await adminClient(conn).tasks.getTasks({ limit: 1 });
    const report = await runIngest({ sourceDir: source, client: adminClient(conn), live });
    expect(report.mode).toBe('incremental');
    expect(report.unchanged).toBe(1202);
    expect(report.changed).toBe(0);
    const after = await adminClient(conn).tasks.getTasks({ limit: 1 });
    expect(after.results[0].uid).toBe(before.results[0].uid);
  }, 120000);

  test('repeated searches come from the response cache until the index changes', async () => {
    const { app } = await testApp({}, conn);
    const first = await request(app).get('/api/search?q=mandragore&per_page=5');
    expect(first.status).toBe(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(first.headers['server-timing']).toMatch(/analyze;dur=[\d.]+, engine-page;dur=[\d.]+/);
    expect(first.body.total).toBe(0);
    const again = await request(app).get('/api/search?per_page=5&q=mandragore');
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.text).toBe(first.text);
    // Change one document at the source; an incremental run updates it in place.
    const manifestPath = path.join(source, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { id: string; sha256: string; bytes: number }[];
    const changed = Buffer.from('# Loi synthétique 0\n\n## Section 0\n\nLa culture de la mandragore est punie.\n');
    writeFileSync(path.join(source, 'docs/law-0.md'), changed);
    Object.assign(manifest.find((r) => r.id === 'synthetic-law-0')!, { sha256: sha256Hex(changed), bytes: changed.length });
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const report = await runIngest({ sourceDir: source, client: adminClient(conn), live });
    expect(report.changed).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    const after = await request(app).get('/api/search?q=mandragore&per_page=5');
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.body.total).toBe(1);
    expect(after.body.hits[0].id).toBe('synthetic-law-0');
    const { app: uncached } = await testApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', MEILI_URL: conn.url, MEILI_MASTER_KEY: conn.masterKey, INDEX_PREFIX: 't', SEARCH_CACHE_ENTRIES: '0' }) }, conn);
    const off = await request(uncached).get('/api/search?q=mandragore&per_page=5');
    expect(off.headers['x-cache']).toBeUndefined();
    expect(off.body.total).toBe(1);
  }, 120000);

  test('an interrupted rebuild leaves the old index answering, and the next run cleans up', async () => {
    const { app } = await testApp({}, conn);
    await expect(runIngest({
      sourceDir: source, client: adminClient(conn), live, full: true,
      beforeSwap: async () => { throw new Error('interrupted before the swap'); },
    })).rejects.toThrow(/interrupted before the swap/);
    const res = await request(app).get('/api/search?q=blanchiment&per_page=1');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(1100);
    const { results } = await adminClient(conn).getIndexes({ limit: 100 });
    expect(results.map((i) => i.uid).filter((u) => u.includes('-build-'))).toEqual([]);
  }, 300000);

  test('engine stopped → 503 problem with Retry-After; the API recovers when it is back', async () => {
    const { app } = await testApp({}, conn);
    await engine.stop();
    const down = await request(app).get('/api/search?q=blanchiment');
    expect(down.status).toBe(503);
    expect(down.headers['retry-after']).toBeDefined();
    expect(down.body.code).toBe('engine_unavailable');
    expect(JSON.stringify(down.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|fetch failed/);
    expect((await request(app).get('/api/documents/synthetic-law-1')).status).toBe(503);
    expect((await request(app).get('/api/health')).body.engine.reachable).toBe(false);
    const restarted = await startEngine({ dataDir: engine.dataDir, port: Number(new URL(engine.url).port) });
    const up = await request(app).get('/api/search?q=blanchiment');
    expect(up.status).toBe(200);
    expect(up.body.total).toBeGreaterThan(1100);
    await restarted.stop();
  }, 120000);
});
