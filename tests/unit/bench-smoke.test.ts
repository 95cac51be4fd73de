/**
 * Smoke test of the benchmark's machinery at tiny sizes (no engine, no browser): percentiles, the
 * scale subset folder, the closed-loop load generator against a local server (header counts, one
 * pass), the Server-Timing profile, the charts and the RESULTS.md tables. `npm run bench` itself
 * is not part of the test run.
 */
import http from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { percentile, summarize } from '../../bench/lib/stats.js';
import { pickFraction, writeSubset } from '../../bench/lib/subset.js';
import { runLoad } from '../../bench/lib/load.js';
import { barChart, lineChart } from '../../bench/charts.js';
import { markdown, targets, type Results } from '../../bench/lib/report.js';
import { parseServerTiming, processingMs, summarizeProfile } from '../../bench/lib/profile.js';
import { medianTiming, type PageTiming } from '../../bench/lib/browser.js';
import { apiPath, captureEngineRequests, type BenchQuery } from '../../bench/lib/capture.js';
import { indexNames } from '../../server/engine/client.js';

const SCALE = path.resolve(process.cwd(), '..', 'shared', 'corpus-scale');

describe('bench statistics', () => {
  test('nearest-rank percentiles and throughput', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([], 50)).toBe(0);
    const s = summarize([30, 10, 20], 2, 0.5);
    expect(s).toEqual({ requests: 3, errors: 2, p50: 20, p95: 30, p99: 30, mean: 20, rps: 6 });
  });
});

describe('bench queries', () => {
  const queries = JSON.parse(readFileSync(path.resolve(process.cwd(), 'bench', 'queries.json'), 'utf8')) as BenchQuery[];
  test('at least 200 queries in the six UN languages, with filters, typos, long and cross-lingual ones', () => {
    expect(queries.length).toBeGreaterThanOrEqual(200);
    for (const l of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) expect(queries.filter((q) => q.lang === l).length).toBeGreaterThanOrEqual(15);
    for (const t of ['typo', 'long', 'cross-lingual', 'filtered']) expect(queries.some((q) => q.type === t)).toBe(true);
    expect(queries.filter((q) => q.filters).length).toBeGreaterThanOrEqual(40);
  });
  test('a query becomes the API path the server reads', () => {
    expect(apiPath({ q: 'trata de personas', lang: 'es', type: 'filtered', filters: { kind: ['legislation'], year_from: 2000 } }))
      .toBe('/api/search?q=trata+de+personas&locale=es&kind=legislation&year_from=2000');
  });
});

describe('engine requests captured from the search service', () => {
  test('each query gets its own requests, not the next query\'s first run', async () => {
    // A stand-in engine with no hits: every search is one multi-search (no provisions search).
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        const queries = (JSON.parse(body || '{}') as { queries?: unknown[] }).queries ?? [];
        const empty = { hits: [], query: '', processingTimeMs: 1, limit: 0, offset: 0, estimatedTotalHits: 0, totalHits: 0, totalPages: 0, hitsPerPage: 0, page: 1, facetDistribution: {} };
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ results: queries.map(() => empty) }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const captured = await captureEngineRequests(url, 'key', indexNames('smoke'), [
        { q: 'money laundering', lang: 'en', type: 'plain' },
        { q: 'money laundering', lang: 'en', type: 'filtered', filters: { kind: ['case'] } },
      ]);
      expect(captured.map((c) => c.engine.length)).toEqual([1, 1]);
      expect(captured.map((c) => c.engine[0].path)).toEqual(['/multi-search', '/multi-search']);
      expect(captured[0].engine[0].body).not.toContain('kind IN');
      expect(captured[1].engine[0].body).toContain('kind IN [\\"case\\"]');
      expect(captured[1].engine[0].headers).toEqual({ authorization: 'Bearer key' });
    } finally {
      server.close();
    }
  });
});

describe('scale subset', () => {
  test('every n-th record, spread over the manifest', () => {
    expect(pickFraction([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.3)).toEqual([0, 3, 6]);
    expect(pickFraction([1, 2], 1)).toEqual([1, 2]);
  });
  (existsSync(SCALE) ? test : test.skip)('writes a manifest subset with linked files, both zh and es', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-subset-'));
    try {
      const r = writeSubset(SCALE, 0.0005, dir);
      const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { id: string; file: string; language: string; bytes: number }[];
      expect(manifest.length).toBe(r.records);
      expect(r.records).toBe(7);
      expect(new Set(manifest.map((m) => m.language))).toEqual(new Set(['zh', 'es']));
      for (const m of manifest) expect(statSync(path.join(dir, m.file)).size).toBe(m.bytes);
      expect(r.bytes).toBe(manifest.reduce((s, m) => s + m.bytes, 0));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('load generator', () => {
  test('counts successes and errors of multi-request operations against a local server', async () => {
    let hits = 0;
    const server = http.createServer((req, res) => {
      hits++;
      res.statusCode = req.url === '/fail' ? 500 : 200;
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const s = await runLoad(url, [[{ method: 'GET', path: '/a' }, { method: 'POST', path: '/b', body: '{}' }], [{ method: 'GET', path: '/fail' }]], 2, 1);
      expect(s.requests).toBeGreaterThan(0);
      expect(s.errors).toBeGreaterThan(0);
      // Successful operations are two requests each, failed ones one.
      expect(hits).toBe(s.requests * 2 + s.errors);
      expect(s.p50).toBeGreaterThan(0);
      expect(s.p99).toBeGreaterThanOrEqual(s.p50);
    } finally {
      server.close();
    }
  });
  test('one pass counting a response header, as the cached server\'s X-Cache is counted', async () => {
    const seen = new Set<string>();
    const server = http.createServer((req, res) => {
      res.setHeader('X-Cache', seen.has(req.url ?? '') ? 'hit' : 'miss');
      seen.add(req.url ?? '');
      res.end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const ops = ['/a', '/b', '/c'].map((p) => [{ method: 'GET' as const, path: p }]);
      const fill = await runLoad(url, ops, 2, 30, { countHeader: 'x-cache', maxOps: 3 });
      expect(fill.requests).toBe(3);
      expect(fill.headerCounts).toEqual({ miss: 3 });
      const again = await runLoad(url, ops, 1, 30, { countHeader: 'x-cache', maxOps: 5 });
      expect(again.headerCounts).toEqual({ hit: 5 });
      expect((await runLoad(url, ops, 1, 30, { maxOps: 1 })).headerCounts).toBeUndefined();
    } finally {
      server.close();
    }
  });
});

describe('where the time goes', () => {
  test('Server-Timing phases, engine processing time and what is left outside', () => {
    expect(parseServerTiming('analyze;dur=1.5, engine-page;dur=30.0, cache;desc="hit", build;dur=2')).toEqual([['analyze', 1.5], ['engine-page', 30], ['build', 2]]);
    expect(parseServerTiming(undefined)).toEqual([]);
    expect(processingMs('{"results":[{"processingTimeMs":4},{"processingTimeMs":3}]}')).toBe(7);
    expect(processingMs('{"hits":[],"processingTimeMs":5}')).toBe(5);
    expect(processingMs('not json')).toBe(0);
    const p = summarizeProfile([
      { wallMs: 50, phases: [['analyze', 2], ['engine-page', 30], ['engine-provisions', 10], ['build', 3]], engineWallMs: 38, engineProcessingMs: 20 },
      { wallMs: 30, phases: [['analyze', 1], ['engine-page', 25], ['build', 1]], engineWallMs: 24, engineProcessingMs: 12 },
    ], 1);
    expect(p.phases.map((x) => x.name)).toEqual(['analyze', 'engine-page', 'engine-provisions', 'build', 'outside', 'API total']);
    // The provisions search of the second request did not happen: 0 ms there, seen once.
    expect(p.phases[2]).toEqual({ name: 'engine-provisions', p50: 0, p95: 10, mean: 5, seen: 1 });
    expect(p.phases[4]).toMatchObject({ name: 'outside', p50: 3, p95: 5, mean: 4 });
    expect(p.overhead).toMatchObject({ p50: 6, p95: 12 });
    expect(p.engineProcessing.mean).toBe(16);
    expect([p.requests, p.errors]).toEqual([2, 1]);
  });
});

describe('charts and report', () => {
  test('bar and line charts are SVG with one bar per value', () => {
    const svg = barChart('Latency', 'ms', ['c=1', 'c=8'], [{ name: 'API', values: [5, 40] }, { name: 'engine', values: [4, 38] }]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<\/rect>/g)?.length).toBe(4);
    // Six series (API, engine, cached API at p50 and p99) do not fit on one legend line: two lines.
    const six = barChart('Latency', 'ms', ['c=1'], ['API p50', 'engine p50', 'API p99', 'engine p99', 'API cached p50', 'API cached p99'].map((name, i) => ({ name, values: [i + 1] })));
    expect(new Set([...six.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="10"/g)].map((m) => m[1]))).toEqual(new Set(['282', '298']));
    const line = lineChart('Ingest', 'documents', 's', [{ name: 'full', points: [[100, 5], [1000, 40]] }]);
    expect(line.match(/<circle/g)?.length).toBe(2);
  });
  test('targets table says met or not, next to the measured figure', () => {
    const lat = (p: number) => ({ requests: 100, errors: 0, p50: p, p95: p * 2, p99: p * 3, mean: p, rps: 1000 / p });
    const r: Results = {
      date: '2026-01-01T00:00:00.000Z', commit: 'abc', machine: { cpus: 2, loadavg: [1, 1, 1], node: 'v20', memoryMb: 1000 }, flags: {},
      ingest: [{ label: 'curated', manifestRecords: 10, documents: 10, provisions: 100, records: 110, fullSeconds: 70, docsPerSec: 1, provisionsPerSec: 1, peakRssMb: 100, indexMb: 10, incrementalSeconds: 2, incrementalMode: 'incremental', engineOnlySeconds: null, engineOnlyPrepareSeconds: null }],
      search: [{ label: 'curated', queries: 2, zeroHitQueries: 0, engineRequestsPerQuery: 2, seconds: 1, serverRssMb: 100, serverPeakRssMb: 120,
        rows: [{ concurrency: 1, api: lat(10), engine: lat(9), autocannon: null, ratio: { p50: 1.11, p95: 1.05, p99: 1, throughput: 0.9 } }] }],
      heavy: [], frontend: null, notRun: ['Chromium timing'],
    };
    const t = targets(r);
    expect(t.find((x) => x.what.startsWith('Curated corpus'))).toMatchObject({ measured: '70 s', met: false });
    expect(t.find((x) => x.what.startsWith('API p95 at concurrency 1'))).toMatchObject({ measured: '20 ms', met: true });
    expect(t.find((x) => x.what.startsWith('API/engine latency ratio'))?.met).toBe(false);
    expect(t.find((x) => x.what.startsWith('Results shown, warm'))).toMatchObject({ measured: 'not measured', met: null });
    const md = markdown(r, ['latency-curated.svg']);
    expect(md).toContain('commit `abc`');
    expect(md).toContain('| Curated corpus, full ingest | ≤ 60 s | 70 s | **no** |');
    expect(md).toContain('![latency-curated.svg](results/latency-curated.svg)');
    expect(md).not.toContain('With the response cache on');

    // The same run with the cached server, the profile and Chromium.
    const timing = (shown: number, bytes: number): PageTiming => ({ ttfbMs: 5, domContentLoadedMs: 50, apiStartMs: 60, apiEndMs: shown - 30, inDomMs: shown - 10, shownMs: shown, wallMs: shown + 20, transferBytes: bytes, requests: 6, fromCache: bytes > 10000 ? 0 : 4 });
    const cold = [900, 1300, 1100].map((x) => timing(x, 60000));
    const warm = [400, 1200, 300].map((x) => timing(x, 3600));
    expect(medianTiming(cold)).toMatchObject({ shownMs: 1100, apiEndMs: 1070, transferBytes: 60000 });
    const cached = { ...lat(1), hits: 99, misses: 1, hitRate: 0.99 };
    const full: Results = {
      ...r,
      search: [{ ...r.search[0], rows: [{ ...r.search[0].rows[0], cached }], cachedServer: { entries: 500, rssMb: 150, peakRssMb: 310, fill: { ...lat(30), hits: 0, misses: 2, hitRate: 0 } },
        profile: summarizeProfile([{ wallMs: 12, phases: [['analyze', 1], ['engine-page', 8]], engineWallMs: 9, engineProcessingMs: 6 }], 0) }],
      browser: { path: '/en/search?q=money+laundering', repetitions: 3, serverCacheEntries: 0, cold, warm, coldMedian: medianTiming(cold), warmMedian: medianTiming(warm) },
    };
    const t2 = targets(full);
    expect(t2.find((x) => x.what.startsWith('API server RSS'))).toMatchObject({ measured: '120 MB peak (cache off), 310 MB (cache on)', met: false });
    expect(t2.find((x) => x.what.startsWith('Results shown, warm'))).toMatchObject({ measured: '400 ms (median of 3)', met: true });
    expect(t2.find((x) => x.what.startsWith('Results shown, cold'))).toMatchObject({ measured: '1100 ms (median of 3), 58.6 KB transferred', met: null });
    const md2 = markdown(full, []);
    // Cached row: p50 1 ms against the engine's 9 ms.
    expect(md2).toContain('| 1 | 1 | 2 | 3 | 1000 | 0 | 99 % | 0.11 | 0.11 | 9 |');
    expect(md2).toContain('| outside | 3 | 3 | 3 | 1 |');
    expect(md2).toContain('| warm | 5 | 50 | 60 | 370 | 390 | 400 | 420 | 3600 | 6 (4) |');
    expect(md2).toContain('warm 400, 1200, 300');
  });
});
