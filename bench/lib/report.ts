/** RESULTS.md, the console summary and the SVG charts, from one results object. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { barChart, lineChart } from '../charts.js';
import type { FrontendFigures, HeavyFigures, IngestFigures, SearchFigures } from './stages.js';
import type { BrowserFigures } from './browser.js';
import type { PhaseStat } from './profile.js';

export interface Results {
  date: string;
  commit: string;
  machine: { cpus: number; loadavg: number[]; node: string; memoryMb: number };
  flags: Record<string, unknown>;
  ingest: IngestFigures[];
  search: SearchFigures[];
  heavy: HeavyFigures[];
  frontend: FrontendFigures | null;
  /** Chromium loads of the results page (absent from results written before it was measured). */
  browser?: BrowserFigures | null;
  notRun: string[];
  /** Written by hand after a run (where the time goes, what would fix it); kept by --from re-renders. */
  notes?: string[];
}

interface Target { what: string; target: string; measured: string; met: boolean | null }

export function targets(r: Results): Target[] {
  const out: Target[] = [];
  const curated = r.ingest.find((i) => i.label === 'curated');
  if (curated) out.push({ what: 'Curated corpus, full ingest', target: '≤ 60 s', measured: `${curated.fullSeconds} s`, met: curated.fullSeconds <= 60 });
  for (const i of r.ingest) {
    // A second run is a full rebuild when the pipeline version (a hash of ingest/ and corpus/ code)
    // changed in between, e.g. when the checkout is edited during the benchmark: not an incremental figure.
    const rebuilt = i.incrementalMode !== 'incremental';
    out.push({ what: `Unchanged incremental run (${i.label})`, target: '≤ 5 s', measured: rebuilt ? `not measured: the second run was a ${i.incrementalMode} rebuild (${i.incrementalSeconds} s), the pipeline code changed during the run` : `${i.incrementalSeconds} s`, met: rebuilt ? null : i.incrementalSeconds <= 5 });
    if (i.label !== 'curated' && i.engineOnlySeconds) {
      const x = i.fullSeconds / i.engineOnlySeconds;
      out.push({ what: `Scale ingest vs engine-only (${i.label})`, target: '≤ 2×', measured: `${i.fullSeconds} s / ${i.engineOnlySeconds} s = ${x.toFixed(2)}×`, met: x <= 2 });
    }
  }
  for (const s of r.search) {
    const c1 = s.rows.find((x) => x.concurrency === 1);
    if (c1) out.push({ what: `API p95 at concurrency 1 (${s.label})`, target: '≤ 20 ms', measured: `${c1.api.p95} ms`, met: c1.api.p95 <= 20 });
    for (const row of s.rows) {
      const worst = Math.max(row.ratio.p50, row.ratio.p95, row.ratio.p99);
      out.push({ what: `API/engine latency ratio, c=${row.concurrency} (${s.label})`, target: '≤ 1.10 (p50, p95, p99)', measured: `${row.ratio.p50} / ${row.ratio.p95} / ${row.ratio.p99}`, met: worst <= 1.1 });
      out.push({ what: `API throughput / engine, c=${row.concurrency} (${s.label})`, target: '≥ 90 %', measured: `${Math.round(row.ratio.throughput * 100)} %`, met: row.ratio.throughput >= 0.9 });
    }
    const errors = s.rows.reduce((a, x) => a + x.api.errors + x.engine.errors, 0);
    out.push({ what: `Errors under load (${s.label})`, target: '0', measured: String(errors), met: errors === 0 });
    const c = s.cachedServer;
    out.push({ what: `API server RSS under load (${s.label})`, target: '≤ 300 MB', measured: c ? `${s.serverPeakRssMb} MB peak (cache off), ${c.peakRssMb} MB (cache on)` : `${s.serverPeakRssMb} MB peak`, met: Math.max(s.serverPeakRssMb, c?.peakRssMb ?? 0) <= 300 });
  }
  for (const h of r.heavy) {
    const grew = h.export.rssAfterMb - h.export.rssBeforeMb;
    out.push({ what: `Export memory (${h.label}, ${h.export.rows} rows)`, target: 'flat', measured: `RSS ${h.export.rssBeforeMb} → ${h.export.rssAfterMb} MB`, met: grew < 50 });
  }
  if (r.frontend) {
    const kb = (r.frontend.jsGzipBytes + r.frontend.cssGzipBytes) / 1024;
    out.push({ what: 'Results page JS + CSS, gzipped', target: '≤ 100 KB', measured: `${kb.toFixed(1)} KB`, met: kb <= 100 });
  }
  const b = r.browser;
  out.push({ what: 'Results shown, warm load (Chromium)', target: '≤ 1 s', measured: b ? `${b.warmMedian.shownMs} ms (median of ${b.warm.length})` : 'not measured', met: b ? b.warmMedian.shownMs <= 1000 : null });
  if (b) out.push({ what: 'Results shown, cold load (Chromium)', target: '—', measured: `${b.coldMedian.shownMs} ms (median of ${b.cold.length}), ${(b.coldMedian.transferBytes / 1024).toFixed(1)} KB transferred`, met: null });
  return out;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.01)) * 100) / 100;

export function writeCharts(r: Results, dir: string): string[] {
  const files: string[] = [];
  const put = (name: string, svg: string) => {
    writeFileSync(path.join(dir, name), svg);
    files.push(name);
  };
  const scaled = r.ingest.filter((i) => i.label !== 'curated');
  if (scaled.length) {
    put('ingest-scaling.svg', lineChart('Ingest time by corpus size (scale corpus)', 'documents', 'seconds', [
      { name: 'full ingest', points: scaled.map((i) => [i.documents, i.fullSeconds]) },
      { name: 'engine-only indexing', points: scaled.filter((i) => i.engineOnlySeconds !== null).map((i) => [i.documents, i.engineOnlySeconds ?? 0]) },
    ]));
  }
  for (const s of r.search) {
    const cats = s.rows.map((x) => `c=${x.concurrency}`);
    const withCache = s.rows.some((x) => x.cached);
    put(`latency-${s.label}.svg`, barChart(`Search latency, ${s.label} (ms)`, 'ms', cats, [
      { name: 'API p50', values: s.rows.map((x) => x.api.p50) }, { name: 'engine p50', values: s.rows.map((x) => x.engine.p50) },
      { name: 'API p99', values: s.rows.map((x) => x.api.p99) }, { name: 'engine p99', values: s.rows.map((x) => x.engine.p99) },
      ...(withCache ? [{ name: 'API cached p50', values: s.rows.map((x) => x.cached?.p50 ?? 0) }, { name: 'API cached p99', values: s.rows.map((x) => x.cached?.p99 ?? 0) }] : []),
    ]));
    put(`throughput-${s.label}.svg`, barChart(`Search throughput, ${s.label} (req/s)`, 'req/s', cats, [
      { name: 'API', values: s.rows.map((x) => x.api.rps) }, { name: 'engine', values: s.rows.map((x) => x.engine.rps) },
      ...(withCache ? [{ name: 'API cached', values: s.rows.map((x) => x.cached?.rps ?? 0) }] : []),
    ]));
  }
  return files;
}

export function markdown(r: Results, charts: string[]): string {
  const L: string[] = [];
  L.push('# Benchmark results', '');
  L.push(`Generated by \`npm run bench\` on ${r.date} at commit \`${r.commit}\`. Machine: ${r.machine.cpus} CPUs, ${r.machine.memoryMb} MB RAM, Node ${r.machine.node}, load average at start ${r.machine.loadavg.map((x) => x.toFixed(1)).join(' / ')} (the machine is shared: figures are noisy). Flags: \`${JSON.stringify(r.flags)}\`.`, '');
  L.push('## Targets', '', row(['what', 'target', 'measured', 'met']), row(['---', '---', '---', '---']));
  for (const t of targets(r)) L.push(row([t.what, t.target, t.measured, t.met === null ? '—' : t.met ? 'yes' : '**no**']));
  L.push('', '## Ingest', '', row(['corpus', 'manifest', 'documents', 'provisions', 'records', 'full s', 'docs/s', 'provisions/s', 'peak RSS MB', 'index MB', 'incremental s', 'engine-only s', 'pipeline s (engine-only prep)']));
  L.push(row(Array(13).fill('---')));
  for (const i of r.ingest) L.push(row([i.label, i.manifestRecords, i.documents, i.provisions, i.records, i.fullSeconds, i.docsPerSec, i.provisionsPerSec, i.peakRssMb, i.indexMb, i.incrementalSeconds, i.engineOnlySeconds ?? '—', i.engineOnlyPrepareSeconds ?? '—']));
  for (const s of r.search) {
    L.push('', `## Search under load: ${s.label}`, '');
    L.push(`${s.queries} queries from \`bench/queries.json\` (${s.zeroHitQueries} with no hit on this corpus), ${s.seconds} s per run, closed loop, API${s.cachedServer ? ' (response cache off), engine and cached API' : ' and engine'} alternating. The engine side replays the requests the search service sent for each query (captured from the service, ${s.engineRequestsPerQuery} requests per query, timed together as one operation). API server RSS after the runs: ${s.serverRssMb} MB (peak ${s.serverPeakRssMb} MB).`, '');
    L.push(row(['concurrency', 'API p50', 'API p95', 'API p99', 'API req/s', 'API errors', 'engine p50', 'engine p95', 'engine p99', 'engine req/s', 'ratio p50', 'ratio p95', 'ratio p99', 'throughput ratio']));
    L.push(row(Array(14).fill('---')));
    for (const x of s.rows) L.push(row([x.concurrency, x.api.p50, x.api.p95, x.api.p99, x.api.rps, x.api.errors, x.engine.p50, x.engine.p95, x.engine.p99, x.engine.rps, x.ratio.p50, x.ratio.p95, x.ratio.p99, x.ratio.throughput]));
    const cs = s.cachedServer;
    if (cs && s.rows.some((x) => x.cached)) {
      L.push('', `With the response cache on (\`SEARCH_CACHE_ENTRIES=${cs.entries}\`, a second server over the same engine), the same query list replayed: a repeating workload. Before measuring, one pass over the list filled the cache (${cs.fill.misses} misses, ${cs.fill.hits} hits, p50 ${cs.fill.p50} ms). Measured in turn with the two runs above. RSS after the runs: ${cs.rssMb} MB (peak ${cs.peakRssMb} MB).`, '');
      L.push(row(['concurrency', 'p50', 'p95', 'p99', 'req/s', 'errors', 'hit rate', 'p50 / engine p50', 'p95 / engine p95', 'req/s / engine req/s']), row(Array(10).fill('---')));
      for (const x of s.rows) {
        if (!x.cached) continue;
        const c = x.cached;
        L.push(row([x.concurrency, c.p50, c.p95, c.p99, c.rps, c.errors, `${Math.round(c.hitRate * 100)} %`, ratio(c.p50, x.engine.p50), ratio(c.p95, x.engine.p95), ratio(c.rps, x.engine.rps)]));
      }
    }
    if (s.profile) {
      const p = s.profile;
      L.push('', `### Where the time goes: ${s.label}`, '');
      L.push(`One pass over the ${p.requests} queries at concurrency 1 on the server without the cache (${p.errors} errors), each API request followed by the engine answering the requests the service sent for the same query. Phases are the server's \`Server-Timing\` header; \`outside\` is the wall time measured by the client minus the phases (HTTP, Express middleware, JSON serialisation, event loop). Each row is its own median and p95: they do not add up.`, '');
      L.push(row(['phase', 'median ms', 'p95 ms', 'mean ms', 'requests with it']), row(Array(5).fill('---')));
      const line = (x: PhaseStat) => row([x.name, x.p50, x.p95, x.mean, x.seen]);
      for (const x of p.phases) L.push(line(x));
      L.push(line(p.engineWall), line(p.engineProcessing), line(p.overhead));
    }
    if (s.rows.some((x) => x.autocannon)) {
      L.push('', 'autocannon against the API (same queries, one request each):', '', row(['connections', 'p50', 'p90', 'p97.5', 'p99', 'req/s', 'errors']), row(Array(7).fill('---')));
      for (const x of s.rows) if (x.autocannon) L.push(row([x.concurrency, x.autocannon.p50, x.autocannon.p90, x.autocannon.p97_5, x.autocannon.p99, x.autocannon.rps, x.autocannon.errors]));
    }
  }
  for (const h of r.heavy) {
    L.push('', `## Heavy routes: ${h.label}`, '', row(['route', 'status', 'TTFB ms', 'total ms', 'bytes', 'notes']), row(Array(6).fill('---')));
    L.push(row(['GET /api/export?format=csv', h.export.status, h.export.ttfbMs, h.export.totalMs, h.export.bytes, `${h.export.rows} rows; server RSS ${h.export.rssBeforeMb} → ${h.export.rssAfterMb} MB (peak ${h.export.peakRssMb})`]));
    L.push(row(['POST /api/similar', h.similar.status, h.similar.ttfbMs, h.similar.totalMs, h.similar.bytes, `${h.similar.chars}-character draft`]));
    L.push(row(['GET /api/matrix?article=UNTOC-5', h.matrix.status, h.matrix.ttfbMs, h.matrix.totalMs, h.matrix.bytes, '']));
    L.push(row([`GET /api/documents/${h.documentPage.id}`, h.documentPage.api.status, h.documentPage.api.ttfbMs, h.documentPage.api.totalMs, h.documentPage.api.bytes, `${h.documentPage.provisions} provisions`]));
    L.push(row([`GET /en/documents/${h.documentPage.id}`, h.documentPage.html.status, h.documentPage.html.ttfbMs, h.documentPage.html.totalMs, h.documentPage.html.bytes, 'HTML shell']));
  }
  if (r.frontend) {
    const f = r.frontend;
    L.push('', '## Front end (gzip -9 sizes)', '', row(['JS', 'CSS', 'HTML (results page)', 'locale (en)', 'total']), row(Array(5).fill('---')));
    L.push(row([f.jsGzipBytes, f.cssGzipBytes, f.htmlGzipBytes, f.localeGzipBytes, f.totalGzipBytes]));
  }
  if (r.browser) {
    const b = r.browser;
    L.push('', '## Results page in Chromium', '');
    L.push(`\`${b.path}\` from the benchmark's server (response cache ${b.serverCacheEntries ? `on, ${b.serverCacheEntries} entries` : 'off'}), ${b.repetitions} times: a cold load in a fresh browser context (empty HTTP cache), then a warm load (the same context navigating to the page again). Milliseconds from navigation start on the page's clock; medians of each column separately.`, '');
    L.push(row(['load', 'first byte', 'DOMContentLoaded', 'API request sent', 'API answer received', 'hits in DOM', 'results shown (painted)', 'wall (driver)', 'bytes transferred', 'requests (from cache)']), row(Array(10).fill('---')));
    for (const [name, m] of [['cold', b.coldMedian], ['warm', b.warmMedian]] as const) {
      L.push(row([name, m.ttfbMs, m.domContentLoadedMs, m.apiStartMs, m.apiEndMs, m.inDomMs, m.shownMs, m.wallMs, m.transferBytes, `${m.requests} (${m.fromCache})`]));
    }
    L.push('', `Results shown, every load (ms): cold ${b.cold.map((x) => x.shownMs).join(', ')}; warm ${b.warm.map((x) => x.shownMs).join(', ')}.`);
  }
  if (charts.length) L.push('', '## Charts', '', ...charts.map((c) => `![${c}](results/${c})`));
  L.push('', '## How it is measured', '',
    '- Every stage runs against an engine started for it in a temporary directory; ingest runs in a child process (its peak RSS is `process.resourceUsage().maxRSS` of that process), the API server in another (its RSS is asked over IPC), the load generator in the benchmark process.',
    '- Index size is the allocated size of the engine\'s `db` directory after the full run. Engine-only = the records `toRecords` produced (pipeline work done beforehand, shown separately) pushed to fresh indexes with the same settings.',
    '- Latency: closed loop (each of N workers sends its next request when the last is answered), keep-alive sockets, queries in a fixed order. The engine side of one query is the list of HTTP requests the search service sent for it, captured by running the service with a recording client, replayed in order and timed as one operation, so both sides do the same engine work.',
    '- Response cache: the comparison with the engine (and the ratio targets) uses a server with `SEARCH_CACHE_ENTRIES=0`. A second server with the cache on at its default size answers the same query list after one filling pass (every query seen once before: the steady state of a repeating workload, so hit rates near 100 % are expected); hits and misses are counted from its `X-Cache` headers. At each concurrency the three runs (API, engine, cached API) follow each other, the same duration each.',
    '- Where the time goes: the `Server-Timing` header the server sends on uncached answers (`analyze` = query analysis including its concept lookups, `engine-page` = the multi-search round trip, `engine-provisions` = the provisions search, `build` = shaping the response), the client\'s wall time for the rest, and for the same captured requests the engine\'s wall time and its own `processingTimeMs` (summed over the requests of a query).',
    '- Chromium: Debian\'s `/usr/bin/chromium`, headless, driven by playwright-core. "Results shown" is two animation frames after the first hit (`#results ol.hits > li`) enters the DOM, noted by a MutationObserver added before the page\'s scripts; "bytes transferred" is the `transferSize` of the document and every resource (0 for what the HTTP cache served).',
    '- The load generator, the API server and the engine share the same 2 cores (and, on this machine, other sessions\' test runs): under load the API and the engine compete for CPU, which makes ratios at high concurrency noisy in both directions.');
  if (r.notes?.length) L.push('', '## Closing note', '', ...r.notes.map((n) => `- ${n}`));
  if (r.notRun.length) L.push('', '## Not run', '', ...r.notRun.map((n) => `- ${n}`));
  return `${L.join('\n')}\n`;
}
