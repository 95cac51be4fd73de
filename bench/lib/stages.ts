/** The measured stages: ingest, search under load (cache off and on, and where the time goes), heavy routes, front-end sizes. */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { EngineHandle } from '../../server/engine/process.js';
import { adminClient, indexNames, searchClient } from '../../server/engine/client.js';
import { runIngestChild, type ServerChild } from './procs.js';
import { diskUsage, mb, type LatencySummary } from './stats.js';
import { runLoad, type LoadResult, type Operation } from './load.js';
import { profilePass, type ProfileFigures } from './profile.js';
import { autocannonGet, type AutocannonSummary } from './autocannon-run.js';
import { captureEngineRequests, type BenchQuery } from './capture.js';

export const PREFIX = 'bench';

export interface IngestFigures {
  label: string;
  manifestRecords: number;
  documents: number;
  provisions: number;
  records: number;
  fullSeconds: number;
  docsPerSec: number;
  provisionsPerSec: number;
  peakRssMb: number;
  indexMb: number;
  incrementalSeconds: number;
  incrementalMode: string;
  engineOnlySeconds: number | null;
  engineOnlyPrepareSeconds: number | null;
}

const secs = (ms: number) => Math.round(ms / 100) / 10;

export async function ingestStage(label: string, engine: EngineHandle, source: string, manifestRecords: number, engineOnly: boolean, log: (s: string) => void): Promise<IngestFigures> {
  const base = { url: engine.url, masterKey: engine.masterKey, prefix: PREFIX, source };
  log(`[ingest ${label}] full run…`);
  const full = await runIngestChild({ ...base, mode: 'ingest', full: true });
  const indexMb = mb(diskUsage(path.join(engine.dataDir, 'db')));
  log(`[ingest ${label}] ${full.documents} documents, ${full.provisions} provisions in ${secs(full.durationMs)} s; incremental run…`);
  const inc = await runIngestChild({ ...base, mode: 'ingest', full: false });
  let eo: Awaited<ReturnType<typeof runIngestChild>> | null = null;
  if (engineOnly) {
    log(`[ingest ${label}] engine-only indexing of the same records…`);
    eo = await runIngestChild({ ...base, mode: 'engine-only', full: true });
  }
  const s = Math.max(full.durationMs, 1) / 1000;
  return {
    label, manifestRecords, documents: full.documents, provisions: full.provisions, records: full.records,
    fullSeconds: secs(full.durationMs), docsPerSec: Math.round(full.documents / s), provisionsPerSec: Math.round(full.provisions / s),
    peakRssMb: Math.round(full.maxRssMb), indexMb, incrementalSeconds: secs(inc.durationMs), incrementalMode: inc.ingestMode ?? '?',
    engineOnlySeconds: eo ? secs(eo.durationMs) : null, engineOnlyPrepareSeconds: eo?.prepareMs !== undefined ? secs(eo.prepareMs) : null,
  };
}

export interface CachedLoad extends LatencySummary {
  hits: number;
  misses: number;
  /** hits / (hits + misses) over the measured requests. */
  hitRate: number;
}

export interface LoadRow {
  concurrency: number;
  /** The server without a response cache: the side the ratio targets compare with the engine. */
  api: LatencySummary;
  engine: LatencySummary;
  /** The server with the response cache on, replaying the same queries (a repeating workload). */
  cached?: CachedLoad | null;
  autocannon: AutocannonSummary | null;
  ratio: { p50: number; p95: number; p99: number; throughput: number };
}

export interface SearchFigures {
  label: string;
  queries: number;
  zeroHitQueries: number;
  engineRequestsPerQuery: number;
  seconds: number;
  rows: LoadRow[];
  serverRssMb: number;
  serverPeakRssMb: number;
  /** The cached server: its entries setting, RSS, and how it was filled before measuring. */
  cachedServer?: { entries: number; rssMb: number; peakRssMb: number; fill: CachedLoad } | null;
  profile?: ProfileFigures | null;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

function cachedLoad(s: LoadResult): CachedLoad {
  const { headerCounts, ...summary } = s;
  const hits = headerCounts?.hit ?? 0;
  const misses = headerCounts?.miss ?? 0;
  return { ...summary, hits, misses, hitRate: r2(hits / Math.max(hits + misses, 1)) };
}

export async function searchStage(label: string, engine: EngineHandle, server: ServerChild, cachedServer: ServerChild | null, queries: BenchQuery[], concurrencies: number[], seconds: number, withAutocannon: boolean, log: (s: string) => void): Promise<SearchFigures> {
  const conn = { url: engine.url, masterKey: engine.masterKey, timeoutMs: 10_000, prefix: PREFIX };
  const key = (await searchClient(conn)).config.apiKey ?? '';
  log(`[search ${label}] capturing the engine requests of ${queries.length} queries…`);
  const captured = await captureEngineRequests(engine.url, key, indexNames(PREFIX), queries);
  const apiOps: Operation[] = captured.map((c) => [{ method: 'GET', path: c.apiPath }]);
  const engineOps: Operation[] = captured.map((c) => c.engine);
  // Warm both sides (server caches, engine page cache) before measuring.
  await runLoad(server.url, apiOps, 2, Math.min(seconds, 3));
  await runLoad(engine.url, engineOps, 2, Math.min(seconds, 3));
  let fill: CachedLoad | null = null;
  if (cachedServer) {
    // One pass over the list: a repeating workload's steady state, every query answered once before.
    log(`[search ${label}] filling the response cache (${apiOps.length} queries)…`);
    fill = cachedLoad(await runLoad(cachedServer.url, apiOps, 2, 600, { countHeader: 'x-cache', maxOps: apiOps.length }));
  }
  log(`[search ${label}] where the time goes: one pass at concurrency 1…`);
  const profile = await profilePass(server.url, engine.url, apiOps, engineOps);
  const rows: LoadRow[] = [];
  for (const c of concurrencies) {
    // Alternating API, engine and cached API, so drift in the machine's load hits all sides alike.
    const api = await runLoad(server.url, apiOps, c, seconds);
    const eng = await runLoad(engine.url, engineOps, c, seconds);
    const cached = cachedServer ? cachedLoad(await runLoad(cachedServer.url, apiOps, c, seconds, { countHeader: 'x-cache' })) : null;
    const ac = withAutocannon ? await autocannonGet(server.url, captured.map((x) => x.apiPath), c, seconds) : null;
    const ratio = { p50: r2(api.p50 / Math.max(eng.p50, 0.01)), p95: r2(api.p95 / Math.max(eng.p95, 0.01)), p99: r2(api.p99 / Math.max(eng.p99, 0.01)), throughput: r2(api.rps / Math.max(eng.rps, 0.01)) };
    log(`[search ${label}] c=${c}: API p50 ${api.p50} p95 ${api.p95} p99 ${api.p99} ms ${api.rps} req/s (${api.errors} errors) | engine p50 ${eng.p50} p95 ${eng.p95} p99 ${eng.p99} ms ${eng.rps} req/s | ratio p95 ${ratio.p95}${cached ? ` | cached p50 ${cached.p50} p95 ${cached.p95} ms ${cached.rps} req/s, hit rate ${cached.hitRate}` : ''}`);
    rows.push({ concurrency: c, api, engine: eng, cached, autocannon: ac, ratio });
  }
  const rss = await server.rss();
  const cachedRss = cachedServer ? await cachedServer.rss() : null;
  return {
    label, queries: captured.length, zeroHitQueries: captured.filter((c) => c.total === 0).length,
    engineRequestsPerQuery: r2(engineOps.reduce((s, o) => s + o.length, 0) / Math.max(engineOps.length, 1)),
    seconds, rows, serverRssMb: rss.rssMb, serverPeakRssMb: rss.maxRssMb,
    cachedServer: cachedServer && cachedRss && fill ? { entries: cachedServer.cacheEntries, rssMb: cachedRss.rssMb, peakRssMb: cachedRss.maxRssMb, fill } : null,
    profile,
  };
}

export interface Timed {
  status: number;
  ttfbMs: number;
  totalMs: number;
  bytes: number;
}

export function timedRequest(baseUrl: string, pathAndQuery: string, body?: string): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let ttfb = 0;
    let bytes = 0;
    const req = http.request(`${baseUrl}${pathAndQuery}`, { method: body ? 'POST' : 'GET', headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      res.on('data', (c: Buffer) => {
        if (!ttfb) ttfb = performance.now() - t0;
        bytes += c.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ttfbMs: Math.round(ttfb), totalMs: Math.round(performance.now() - t0), bytes }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// A synthetic draft provision (written for this benchmark) padded to 2,000 characters.
const DRAFT = 'Article 12. Laundering of proceeds of crime. 1. Any person who, knowing that property is the proceeds of crime, converts or transfers that property for the purpose of concealing or disguising its illicit origin or of helping any person who is involved in the commission of the predicate offence to evade the legal consequences of his or her action, shall be liable to imprisonment for a term of not less than three and not more than ten years and to a fine. 2. The same penalty applies to the concealment or disguise of the true nature, source, location, disposition, movement or ownership of or rights with respect to property, knowing that such property is the proceeds of crime, and to the acquisition, possession or use of property knowing, at the time of receipt, that it is such proceeds. 3. Where the offence is committed by an organized criminal group, or in the course of a professional activity, or through a legal person, the term of imprisonment shall be increased by one half, and the court shall order the confiscation of the property and of instrumentalities used in the offence. ';

export interface HeavyFigures {
  label: string;
  export: Timed & { rows: number; rssBeforeMb: number; rssAfterMb: number; peakRssMb: number };
  similar: Timed & { chars: number };
  matrix: Timed;
  documentPage: { id: string; provisions: number; api: Timed; html: Timed };
}

export async function heavyStage(label: string, engine: EngineHandle, server: ServerChild, log: (s: string) => void): Promise<HeavyFigures> {
  const before = await server.rss();
  log(`[heavy ${label}] export…`);
  const ex = await timedRequest(server.url, '/api/export?format=csv');
  const after = await server.rss();
  const csvRows = await countCsvRows(server.url);
  const text = DRAFT.repeat(3).slice(0, 2000);
  const similar = await timedRequest(server.url, '/api/similar', JSON.stringify({ text, lang: 'en' }));
  const matrix = await timedRequest(server.url, '/api/matrix?article=UNTOC-5');
  const admin = adminClient({ url: engine.url, masterKey: engine.masterKey, timeoutMs: 60_000, prefix: PREFIX });
  const docs = await admin.index(indexNames(PREFIX).records).getDocuments<{ docId: string; provisionCount?: number }>({ filter: 'type = "document"', fields: ['docId', 'provisionCount'], limit: 20000 });
  const biggest = docs.results.reduce((a, b) => ((b.provisionCount ?? 0) > (a.provisionCount ?? 0) ? b : a), { docId: '', provisionCount: 0 });
  const api = await timedRequest(server.url, `/api/documents/${encodeURIComponent(biggest.docId)}`);
  const html = await timedRequest(server.url, `/en/documents/${encodeURIComponent(biggest.docId)}`);
  return {
    label,
    export: { ...ex, rows: csvRows, rssBeforeMb: before.rssMb, rssAfterMb: after.rssMb, peakRssMb: after.maxRssMb },
    similar: { ...similar, chars: text.length }, matrix,
    documentPage: { id: biggest.docId, provisions: biggest.provisionCount ?? 0, api, html },
  };
}

/** Rows of the export: the X-Total-Count header of a second request (cheap: the body is dropped unread). */
function countCsvRows(baseUrl: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${baseUrl}/api/export?format=csv`, (res) => {
      resolve(Number(res.headers['x-total-count'] ?? 0));
      res.destroy();
    });
    req.on('error', reject);
  });
}

export interface FrontendFigures {
  jsGzipBytes: number;
  cssGzipBytes: number;
  htmlGzipBytes: number;
  localeGzipBytes: number;
  totalGzipBytes: number;
}

export async function frontendStage(server: ServerChild): Promise<FrontendFigures> {
  const dist = fileURLToPath(new URL('../../web/dist/', import.meta.url));
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { js: string; css: string; locales: Record<string, string> };
  const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  const html = await new Promise<Buffer>((resolve, reject) => {
    http.get(`${server.url}/en/search?q=money+laundering`, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
  const f = { jsGzipBytes: gz(manifest.js), cssGzipBytes: gz(manifest.css), htmlGzipBytes: gzipSync(html, { level: 9 }).length, localeGzipBytes: gz(manifest.locales.en) };
  return { ...f, totalGzipBytes: f.jsGzipBytes + f.cssGzipBytes + f.htmlGzipBytes + f.localeGzipBytes };
}
