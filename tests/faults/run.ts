/**
 * `npm run test:faults` (tsx tests/faults/run.ts [--quick] [--seed N] [--only ingest-kill,soak,cna-kill,data-dir]):
 * fault injection against the real processes, loopback and temporary directories only.
 *   1. ingest-kill  the engine SIGKILLed at random moments of a full rebuild
 *   2. soak         the engine killed and restarted twice under 32 concurrent API clients
 *   3. cna-kill     the API process SIGKILLed while a CNA editor saves
 *   4. data-dir     start with an unusable data directory (below a file, read-only, full)
 * Prints one line per result, writes tests/artifacts/faults.json, exits 1 on any failure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../server/config.js';
import { CORPUS_DIR } from '../helpers/corpus.js';
import { cleanupAll, installCleanupHooks, tempDir } from './lib/cleanup.js';
import { makeRng } from './lib/rng.js';
import { ManagedEngine } from './lib/engine.js';
import { ingestIds, writeIds } from './lib/subset.js';
import type { CheckResult } from './lib/check.js';
import { ingestKillCheck, prepareIngest, type IngestFixture } from './ingest-kill.js';
import { soakCheck } from './soak.js';
import { cnaKillCheck } from './cna-kill.js';
import { dataDirCheck } from './data-dir.js';

const CHECKS = ['ingest-kill', 'soak', 'cna-kill', 'data-dir'] as const;

const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, seed: { type: 'string' }, only: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});
const seed = args.seed ? Number(args.seed) : Math.floor(Math.random() * 2 ** 31);
const only = new Set(args.only ? args.only.split(',') : CHECKS);
const quick = args.quick ?? false;
const plan = quick ? { ingestKills: 5, soakRequests: 1600 } : { ingestKills: 20, soakRequests: 4800 };

const t0 = Date.now();
const stamp = () => `[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s]`;
const say = (msg: string) => process.stdout.write(`${stamp()} ${msg}\n`);
const detail = (msg: string) => {
  if (args.verbose) say(msg);
};

async function main(): Promise<number> {
  installCleanupHooks();
  say(`faults: seed ${seed} (replay with --seed ${seed})${quick ? ', quick' : ''}; corpus ${CORPUS_DIR}`);
  const results: CheckResult[] = [];
  const run = async (id: (typeof CHECKS)[number], fn: () => Promise<CheckResult>) => {
    if (!only.has(id)) return;
    say(`${id}: running`);
    let r: CheckResult;
    try {
      r = await fn();
    } catch (err) {
      r = { id, ok: false, lines: [], failures: [`Unexpected error: ${(err as Error).stack ?? String(err)}`], skipped: [], numbers: {}, durationMs: 0 };
    }
    results.push(r);
    for (const line of r.lines) say(`${r.ok ? 'PASS' : 'FAIL'} ${id}: ${line}`);
    for (const s of r.skipped) say(`SKIP ${id}: ${s}`);
    for (const f of r.failures.slice(0, 20)) say(`  ✗ ${f}`);
    if (r.failures.length > 20) say(`  … and ${r.failures.length - 20} more failures`);
    say(`${id}: ${r.ok ? 'ok' : 'FAILED'} in ${(r.durationMs / 1000).toFixed(1)} s`);
  };

  // One engine and corpus subset serve checks 1 and 2: the soak runs over the index check 1 verified.
  let fixture = null as IngestFixture | null;
  const ingestFixture = async (): Promise<IngestFixture> => {
    if (fixture) return fixture;
    const dir = tempDir('ingest');
    const corpusDir = path.join(dir, 'corpus');
    const { records } = writeIds(CORPUS_DIR, ingestIds(CORPUS_DIR), corpusDir);
    detail(`subset of ${records} records in ${corpusDir}`);
    fixture = await prepareIngest(corpusDir, new ManagedEngine(path.join(dir, 'engine'), 'faults'), say);
    return fixture;
  };

  await run('ingest-kill', async () => ingestKillCheck(await ingestFixture(), plan.ingestKills, makeRng(seed), detail));
  await run('soak', async () => soakCheck(await ingestFixture(), plan.soakRequests, makeRng(seed + 1), detail));
  await fixture?.engine.stop();
  await run('cna-kill', () => cnaKillCheck(CORPUS_DIR, makeRng(seed + 2), detail));
  await run('data-dir', () => dataDirCheck(detail));

  const ok = results.every((r) => r.ok) && results.length > 0;
  const totalMs = Date.now() - t0;
  const file = path.join(PROJECT_ROOT, 'tests', 'artifacts', 'faults.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ok, seed, quick, startedAt: new Date(t0).toISOString(), totalMs, corpus: CORPUS_DIR, results }, null, 1)}\n`);
  say(`faults: ${results.filter((r) => r.ok).length}/${results.length} checks passed in ${(totalMs / 1000).toFixed(1)} s (seed ${seed}); summary in ${path.relative(PROJECT_ROOT, file)}`);
  return ok ? 0 : 1;
}

main().then((code) => {
  cleanupAll();
  process.exit(code);
}, (err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  cleanupAll();
  process.exit(1);
});
