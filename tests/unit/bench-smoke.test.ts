/**
 * Smoke test of the benchmark's machinery at tiny sizes (no engine): percentiles, the scale
 * subset folder, the closed-loop load generator against a local server, the charts and the
 * RESULTS.md targets table. `npm run bench` itself is not part of the test run.
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
import { apiPath, type BenchQuery } from '../../bench/lib/capture.js';

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
});

describe('charts and report', () => {
  test('bar and line charts are SVG with one bar per value', () => {
    const svg = barChart('Latency', 'ms', ['c=1', 'c=8'], [{ name: 'API', values: [5, 40] }, { name: 'engine', values: [4, 38] }]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<\/rect>/g)?.length).toBe(4);
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
    const md = markdown(r, ['latency-curated.svg']);
    expect(md).toContain('commit `abc`');
    expect(md).toContain('| Curated corpus, full ingest | ≤ 60 s | 70 s | **no** |');
    expect(md).toContain('![latency-curated.svg](results/latency-curated.svg)');
  });
});
