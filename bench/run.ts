/**
 * `npm run bench`: starts its own engine(s) in a temporary directory and its own API server on
 * loopback, measures ingest, search under load (API vs the engine answering the same requests,
 * and the API with its response cache on), where a search's time goes (Server-Timing), the heavy
 * routes, the front end's size and the results page in Chromium (cold and warm), then writes bench/results/<date>.json, the SVG
 * charts and bench/RESULTS.md. See bench/RESULTS.md for flags and figures.
 *
 * Flags: --quick (scale 10 % only, concurrency 1 and 8, 5 s runs, no autocannon)
 *        --scale=0.1,0.3,1   --concurrency=1,8,32,64   --duration=10   --queries=N
 *        --no-autocannon  --no-engine-only  --no-scale  --out=DIR (results elsewhere, no RESULTS.md)
 *        --no-cache (no second server with the response cache on)
 *        --no-browser  --browser-runs=5 (Chromium cold/warm loads of the results page)
 *        --curated=DIR  --scale-dir=DIR
 *        --from=FILE (no measuring: re-render RESULTS.md and the charts from a results JSON)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEngine, type EngineHandle } from '../server/engine/process.js';
import { startServerChild } from './lib/procs.js';
import { writeSubset } from './lib/subset.js';
import { frontendStage, heavyStage, ingestStage, searchStage } from './lib/stages.js';
import { browserStage } from './lib/browser.js';
import { markdown, targets, writeCharts, type Results } from './lib/report.js';
import type { BenchQuery } from './lib/capture.js';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);

export interface Flags {
  quick: boolean;
  scale: number[];
  concurrency: number[];
  duration: number;
  queries: number;
  autocannon: boolean;
  engineOnly: boolean;
  out: string | null;
  curated: string;
  scaleDir: string;
  /** Also measure a server with the response cache on. */
  cache: boolean;
  browser: boolean;
  browserRuns: number;
}

/** SEARCH_CACHE_ENTRIES of the cached server: the configuration's default. */
const CACHE_ENTRIES = 500;

export function parseFlags(argv: string[]): Flags {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const has = (name: string) => argv.includes(`--${name}`);
  const list = (v: string | undefined, def: number[]) => (v ? v.split(',').map(Number).filter((x) => Number.isFinite(x) && x > 0) : def);
  const quick = has('quick');
  return {
    quick,
    scale: has('no-scale') ? [] : list(get('scale'), quick ? [0.1] : [0.1, 0.3, 1]),
    concurrency: list(get('concurrency'), quick ? [1, 8] : [1, 8, 32, 64]),
    duration: Number(get('duration') ?? (quick ? 5 : 10)),
    queries: Number(get('queries') ?? 0),
    autocannon: !has('no-autocannon') && !quick,
    engineOnly: !has('no-engine-only'),
    out: get('out') ?? null,
    curated: path.resolve(get('curated') ?? process.env.CORPUS_DIR ?? path.join(ROOT, '..', 'shared', 'corpus')),
    scaleDir: path.resolve(get('scale-dir') ?? path.join(ROOT, '..', 'shared', 'corpus-scale')),
    cache: !has('no-cache'),
    browser: !has('no-browser'),
    browserRuns: Number(get('browser-runs') ?? 5),
  };
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const log = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);

export async function runBench(flags: Flags, onStage?: (partial: Results) => void): Promise<Results> {
  const all = JSON.parse(readFileSync(path.join(BENCH, 'queries.json'), 'utf8')) as BenchQuery[];
  const queries = flags.queries > 0 ? all.slice(0, flags.queries) : all;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-bench-'));
  const results: Results = {
    date: new Date().toISOString(), commit: commit(),
    machine: { cpus: os.cpus().length, loadavg: os.loadavg(), node: process.version, memoryMb: Math.round(os.totalmem() / 1048576) },
    flags: { ...flags }, ingest: [], search: [], heavy: [], frontend: null, browser: null, notRun: [],
  };
  const engines: EngineHandle[] = [];
  try {
    // A corpus: fresh engine, ingest, then (when asked) the server and the load.
    const corpus = async (label: string, source: string, records: number, load: boolean, frontend: boolean) => {
      const engine = await startEngine({ dataDir: path.join(tmp, `engine-${label}`) });
      engines.push(engine);
      results.ingest.push(await ingestStage(label, engine, source, records, flags.engineOnly && label !== 'curated', log));
      if (load) {
        // Two servers over the same engine: the response cache off (compared with the engine) and
        // on at its default size (a repeating workload), measured in turn.
        const server = await startServerChild(engine.url, engine.masterKey, 'bench', 0);
        const cached = flags.cache ? await startServerChild(engine.url, engine.masterKey, 'bench', CACHE_ENTRIES) : null;
        try {
          results.search.push(await searchStage(label, engine, server, cached, queries, flags.concurrency, flags.duration, flags.autocannon, log));
          await cached?.stop();
          results.heavy.push(await heavyStage(label, engine, server, log));
          if (frontend) {
            results.frontend = await frontendStage(server);
            if (flags.browser) {
              log('[chromium] results page, cold and warm loads…');
              const b = await browserStage(server.url, server.cacheEntries, flags.browserRuns, log);
              if ('notRun' in b) results.notRun.push(b.notRun);
              else results.browser = b;
            } else results.notRun.push('Chromium timing of the results page (flags).');
          }
        } finally {
          await cached?.stop();
          await server.stop();
        }
      }
      await engine.stop();
      rmSync(path.join(tmp, `engine-${label}`), { recursive: true, force: true });
      // Written after every corpus, so a run stopped for lack of time still leaves its figures.
      onStage?.({ ...results, notRun: [...results.notRun, 'Run stopped before the end: figures below are partial.'] });
    };
    const curatedRecords = (JSON.parse(readFileSync(path.join(flags.curated, 'manifest.json'), 'utf8')) as unknown[]).length;
    await corpus('curated', flags.curated, curatedRecords, true, true);
    const largest = Math.max(...flags.scale, 0);
    for (const f of [...flags.scale].sort((a, b) => a - b)) {
      const label = `scale-${Math.round(f * 100)}pct`;
      const dir = path.join(tmp, `source-${label}`);
      const sub = writeSubset(flags.scaleDir, f, dir);
      log(`[${label}] ${sub.records} manifest records, ${(sub.bytes / 1048576).toFixed(1)} MB`);
      await corpus(label, dir, sub.records, f === largest, false);
      rmSync(dir, { recursive: true, force: true });
    }
    for (const f of [0.1, 0.3, 1]) if (!flags.scale.includes(f)) results.notRun.push(`Ingest of ${f * 100} % of the scale corpus (flags).`);
    if (largest < 1) results.notRun.push(`Search under load at the full scale corpus: measured at ${Math.round(largest * 100)} % of it instead${largest ? '' : ' (no scale run)'}.`);
    if (!flags.cache) results.notRun.push('Search with the response cache on (flags).');
    for (const c of [1, 8, 32, 64]) if (!flags.concurrency.includes(c)) results.notRun.push(`Concurrency ${c} (flags).`);
    const rows = Math.max(0, ...results.heavy.map((h) => h.export.rows));
    if (rows < 10_000) results.notRun.push(`Export of 10,000 records: the largest corpus measured exported ${rows} rows.`);
  } finally {
    for (const e of engines) await e.stop().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  }
  return results;
}

export function writeResults(r: Results, outDir: string, withMarkdown: boolean): { json: string; md: string | null } {
  mkdirSync(outDir, { recursive: true });
  const json = path.join(outDir, `${r.date.slice(0, 10)}.json`);
  writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  const charts = writeCharts(r, outDir);
  if (!withMarkdown) return { json, md: null };
  const md = path.join(BENCH, 'RESULTS.md');
  writeFileSync(md, markdown(r, charts));
  return { json, md };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const from = process.argv.find((a) => a.startsWith('--from='))?.slice(7);
  if (from) {
    const r = JSON.parse(readFileSync(path.resolve(from), 'utf8')) as Results;
    writeResults(r, path.join(BENCH, 'results'), true);
    console.log(`RESULTS.md rewritten from ${from}`);
    process.exit(0);
  }
  const flags = parseFlags(process.argv.slice(2));
  if (!existsSync(path.join(flags.curated, 'manifest.json'))) throw new Error(`No curated corpus at ${flags.curated} (--curated=DIR)`);
  const outDir = flags.out ? path.resolve(flags.out) : path.join(BENCH, 'results');
  const r = await runBench(flags, (partial) => writeResults(partial, outDir, !flags.out));
  const files = writeResults(r, outDir, !flags.out);
  console.table(targets(r).map((t) => ({ what: t.what, target: t.target, measured: t.measured, met: t.met === null ? '-' : t.met ? 'yes' : 'NO' })));
  console.log(`Results: ${files.json}${files.md ? `, ${files.md}` : ''}`);
}
