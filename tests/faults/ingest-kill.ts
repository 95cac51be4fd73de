/**
 * Check 1: the engine is SIGKILLed at a random moment of a full rebuild, again and again. After
 * each kill the engine is started on the same data directory: the index swapped in before must
 * still answer with the same counts; a new full ingest must then leave exactly what a clean run
 * left (same counts, content hashes and stored content per document) and no `…-build-…` index.
 */
import { runIngest } from '../../ingest/run.js';
import type { Rng } from './lib/rng.js';
import { compareStates, listIndexes, snapshot, type IndexState } from './lib/index-state.js';
import { ManagedEngine, within } from './lib/engine.js';
import { result, type CheckResult, type Log } from './lib/check.js';

export interface IngestFixture {
  corpusDir: string;
  engine: ManagedEngine;
  /** The state a clean full ingest left. */
  reference: IndexState;
  /** How long the clean full ingest took. */
  cleanMs: number;
  /** …of which reading the documents (the rest is waiting for the engine to index, and the swap). */
  docsMs: number;
}

/** Start the engine and ingest `corpusDir` once from scratch: the reference every later run is compared with. */
export async function prepareIngest(corpusDir: string, engine: ManagedEngine, log: Log): Promise<IngestFixture> {
  await engine.start();
  const t = Date.now();
  let docsMs = 0;
  const report = await runIngest({ sourceDir: corpusDir, client: engine.client(), live: engine.live, full: true, onProgress: () => (docsMs = Date.now() - t) });
  const cleanMs = Date.now() - t;
  const reference = await snapshot(engine.client(), engine.live);
  log(`reference: ${report.documents} documents, ${report.provisions} provisions, ${reference.records} records, clean full ingest ${(cleanMs / 1000).toFixed(1)} s (documents read in ${(docsMs / 1000).toFixed(1)} s)`);
  return { corpusDir, engine, reference, cleanMs, docsMs };
}

export async function ingestKillCheck(fx: IngestFixture, iterations: number, rng: Rng, log: Log): Promise<CheckResult> {
  const started = Date.now();
  const { engine, reference } = fx;
  const failures: string[] = [];
  let identical = 0;
  let completedBeforeKill = 0;
  let leftoversCleaned = 0;
  let oldIndexAnswered = 0;
  const restartMs: number[] = [];
  const delays: number[] = [];
  const phases: Record<string, number> = {};
  // Kills land within the rebuild as it runs now: the machine's load changes, so the span
  // follows the latest complete full ingests (the clean one, then each re-run).
  const recent = [fx.cleanMs];
  const docsMs = [fx.docsMs];
  let docsNow = 0;

  for (let i = 1; i <= iterations; i++) {
    const fail = (msg: string) => failures.push(`run ${i}: ${msg}`);
    // Every fifth kill lands 0–40 ms into the swap (the moment that matters most and lasts least);
    // a third of the others while documents are read (a short stretch on a warm pipeline); the rest anywhere.
    const atSwap = i % 5 === 0;
    const span = Math.min(...recent.slice(-3));
    const delay = atSwap ? rng.int(0, 40) : Math.round(rng() * (rng() < 0.33 ? Math.min(docsMs.at(-1) ?? span, span) : span * 0.9));
    delays.push(delay);
    let stage = 'setup';
    let fire: () => void = () => {};
    const due = new Promise<void>((r) => (fire = r));
    const t0 = Date.now();
    const rebuild = runIngest({
      sourceDir: fx.corpusDir, client: engine.client(), live: engine.live, full: true,
      onProgress: (p) => {
        stage = p.done === p.total ? 'indexing' : 'documents';
        docsNow = Date.now() - t0;
      },
      beforeSwap: async () => {
        stage = 'swap';
        if (atSwap) setTimeout(fire, delay);
      },
    }).then(() => 'completed' as const, (err: unknown) => `failed: ${(err as Error).message.split('\n')[0]}`);
    if (!atSwap) setTimeout(fire, delay);
    await Promise.race([due, rebuild]);
    const killedIn = stage;
    await engine.kill('SIGKILL');
    const outcome = await within(rebuild, 60_000, `run ${i}: the interrupted ingest`);
    if (outcome === 'completed') completedBeforeKill++;
    const phase = outcome === 'completed' ? 'completed' : killedIn;
    phases[phase] = (phases[phase] ?? 0) + 1;

    const r0 = Date.now();
    await engine.start();
    restartMs.push(Date.now() - r0);
    const client = engine.client();
    try {
      const [recs, docs] = await Promise.all([client.index(engine.live.records).getStats(), client.index(engine.live.documents).getStats()]);
      const hits = await client.index(engine.live.records).search('', { limit: 1 });
      if (recs.numberOfDocuments !== reference.records || docs.numberOfDocuments !== reference.documents) {
        fail(`after the kill at ${delay} ms, Unexpected ${recs.numberOfDocuments} records / ${docs.numberOfDocuments} documents in the live index, expected ${reference.records} / ${reference.documents}`);
      } else if (hits.hits.length !== 1) {
        fail(`after the kill at ${delay} ms, Unexpected empty search result from the live index, expected a hit`);
      } else {
        oldIndexAnswered++;
      }
    } catch (err) {
      fail(`after the kill at ${delay} ms, Unexpected error from the live index: ${(err as Error).message}, expected it to answer`);
    }

    try {
      const t1 = Date.now();
      const report = await runIngest({ sourceDir: fx.corpusDir, client, live: engine.live, full: true, onProgress: () => (docsNow = Date.now() - t1) });
      recent.push(Date.now() - t1);
      docsMs.push(docsNow);
      leftoversCleaned += report.cleanedUp.length;
      const state = await snapshot(client, engine.live);
      const diffs = compareStates(reference, state);
      if (diffs.length) fail(`after the kill at ${delay} ms (${outcome}), the next full ingest differs from the clean run: ${diffs.slice(0, 5).join('; ')}`);
      else identical++;
    } catch (err) {
      fail(`after the kill at ${delay} ms, Unexpected failure of the next full ingest: ${(err as Error).message.split('\n')[0]}, expected it to complete`);
    }
    log(`  run ${i}/${iterations}: killed ${atSwap ? `${delay} ms into the swap` : `at ${delay} ms`} in stage ${phase} (ingest ${outcome}), engine back in ${restartMs.at(-1)} ms, ${failures.length ? `${failures.length} failure(s) so far` : 'ok'}`);
  }
  const finalIndexes = await listIndexes(engine.client());
  const builds = finalIndexes.filter((uid) => uid.includes('-build-'));
  if (builds.length) failures.push(`Unexpected temporary indexes left [${builds.join(', ')}], expected none`);

  const sorted = [...restartMs].sort((a, b) => a - b);
  const lines = [
    `${identical}/${iterations} interrupted rebuilds identical to a clean run (${reference.documents} documents, ${reference.records} records, hashes and stored content per document)`,
    `${oldIndexAnswered}/${iterations} restarts answered from the previously swapped-in index with the same counts; engine back in median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted.at(-1)} ms`,
    `kills at ${Math.min(...delays)}–${Math.max(...delays)} ms (every 5th timed from the swap) into rebuilds of ${Math.min(...recent)}–${Math.max(...recent)} ms, stage at the kill: ${Object.entries(phases).map(([k, n]) => `${k} ${n}`).join(', ')}; ${leftoversCleaned} leftover build index(es) cleaned by the next run; ${builds.length} left at the end`,
  ];
  return result('ingest-kill', started, lines, failures, {
    iterations, identical, oldIndexAnswered, completedBeforeKill, phases, leftoversCleaned, leftoverAtEnd: builds, cleanIngestMs: fx.cleanMs, fullIngestMs: recent,
    reference: { documents: reference.documents, records: reference.records }, killDelaysMs: delays, restartMs,
  });
}
