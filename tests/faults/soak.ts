/**
 * Check 2: a bounded soak (fixed number of requests, 32 concurrent clients) against the API
 * server (server/main.ts as a child, connected to an engine this process controls), during which
 * the engine is SIGKILLed and later SIGTERMed, each time started again on the same data directory
 * and port. Every answer must be a well-formed 200 or a 503 problem with Retry-After, none may
 * take longer than the server's engine timeout plus a margin, and after each restart a search
 * must succeed within 5 s of the engine answering /health.
 */
import { freePort } from '../../server/engine/process.js';
import { ConfigSchema } from '../../server/config.js';
import type { Rng } from './lib/rng.js';
import type { IngestFixture } from './ingest-kill.js';
import { sleep } from './lib/engine.js';
import { startServer, waitFor200, type ServerProc } from './lib/server.js';
import { tempDir } from './lib/cleanup.js';
import { result, type CheckResult, type Log } from './lib/check.js';
import { checkAnswer, type Kind, type Verdict } from './soak-answers.js';

const CLIENTS = 32;
const ENGINE_TIMEOUT_MS = ConfigSchema.shape.ENGINE_TIMEOUT_MS.parse(undefined);
/** Time the server may add to the engine's timeout (queueing under 32 clients on two cores). */
const MARGIN_MS = 2000;
const RECOVERY_LIMIT_MS = 5000;
/** How long the engine stays down before it is started again. */
const DOWN_MS = 1000;

const QUERIES = [
  'q=money+laundering', 'q=organized+criminal+group', 'q=%E6%B4%97%E9%92%B1', 'q=trafficking+in+persons&kind=treaty', 'q=extradition&sort=date_desc',
  'q=firearms&lang=en', 'q=corrupci%C3%B3n', 'q=witness&page=2&per_page=5', 'q=&kind=legislation&country=CHN', 'q=customs&crime=smuggling-of-migrants',
  'q=%E7%8A%AF%E7%BD%AA&lang=zh&locale=zh', 'q=confiscation&article=UNTOC-12',
];

interface Req { kind: Kind; path: string; docId?: string }

function plan(total: number, docIds: string[], rng: Rng): Req[] {
  const out: Req[] = [];
  for (let i = 0; i < total; i++) {
    const x = rng();
    if (x < 0.6) out.push({ kind: 'search', path: `/api/search?${rng.pick(QUERIES)}` });
    else if (x < 0.85) {
      const id = rng.pick(docIds);
      out.push({ kind: 'document', path: `/api/documents/${id}`, docId: id });
    } else out.push({ kind: 'health', path: '/api/health' });
  }
  return out;
}

interface Fault { signal: NodeJS.Signals; at: number; killedAt?: number; healthyAt?: number; recoveredAt?: number }

export async function soakCheck(fx: IngestFixture, total: number, rng: Rng, log: Log): Promise<CheckResult> {
  const started = Date.now();
  const { engine, reference } = fx;
  const failures: string[] = [];
  const port = await freePort();
  const server: ServerProc = await startServer({
    DATA_DIR: tempDir('soak'), MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.conn().masterKey, INDEX_PREFIX: engine.prefix,
    CORPUS_DIR: fx.corpusDir, NODE_ENV: 'production', LOG_LEVEL: 'error', RATE_LIMIT_PER_MINUTE: '100000000',
  }, port);
  try {
    await waitFor200(`${server.url}/api/health`, 30_000);
    // Warm up (module loading, lexicons, the search key) one request at a time: the check is about
    // faults, not about 32 clients meeting a cold process on a busy machine.
    for (const path of [...QUERIES.map((q) => `/api/search?${q}`), `/api/documents/${Object.keys(reference.hashes)[0]}`]) await waitFor200(`${server.url}${path}`, 30_000);
    const requests = plan(total, Object.keys(reference.hashes), rng);
    const faults: Fault[] = [{ signal: 'SIGKILL', at: Math.floor(total * 0.25) }, { signal: 'SIGTERM', at: Math.floor(total * 0.6) }];
    const counts: Record<Verdict['status'], number> = { ok: 0, unavailable: 0, 'health-not-ready': 0, bad: 0 };
    const byCode: Record<string, number> = {};
    const durations: number[] = [];
    let slow = 0;
    let issued = 0;
    const searchOkAt: number[] = [];

    // Requests from a fault's position on wait until the engine is down: the fault lands there.
    const gates = faults.map(() => {
      let open: () => void = () => {};
      const p = new Promise<void>((r) => (open = r));
      return { p, open };
    });

    const send = async (r: Req): Promise<void> => {
      const t = performance.now();
      let verdict: Verdict;
      try {
        const res = await fetch(`${server.url}${r.path}`, { signal: AbortSignal.timeout(ENGINE_TIMEOUT_MS + 8000) });
        const text = await res.text();
        verdict = checkAnswer(r.kind, res.status, res.headers, text, { docId: r.docId, documents: reference.documents, records: reference.records });
      } catch (err) {
        verdict = { status: 'bad', why: `Unexpected ${(err as Error).name}: ${(err as Error).message} (${String((err as { cause?: unknown }).cause ?? '')}), expected an HTTP answer` };
      }
      const ms = performance.now() - t;
      durations.push(ms);
      counts[verdict.status]++;
      if (verdict.code) byCode[verdict.code] = (byCode[verdict.code] ?? 0) + 1;
      if (verdict.status === 'bad' && failures.length < 50) failures.push(`${r.path}: ${verdict.why}`);
      if (ms > ENGINE_TIMEOUT_MS + MARGIN_MS) {
        slow++;
        const at = ((Date.now() - ms - started) / 1000).toFixed(1);
        if (failures.length < 50) failures.push(`${r.path} (sent at ${at} s, ${verdict.code ?? verdict.status}): Unexpected ${Math.round(ms)} ms, expected at most ${ENGINE_TIMEOUT_MS + MARGIN_MS} ms (engine timeout + margin)`);
      }
      if (r.kind === 'search' && verdict.status === 'ok') searchOkAt.push(Date.now());
    };

    let next = 0;
    const worker = async () => {
      for (;;) {
        const i = next++;
        if (i >= requests.length) return;
        for (let k = 0; k < faults.length; k++) if (i >= faults[k].at) await gates[k].p;
        issued++;
        await send(requests[i]);
      }
    };

    // A probe that searches every 50 ms, so the first success after a restart is seen even if the load is elsewhere.
    const probe = async (since: number): Promise<number> => {
      const deadline = since + 30_000;
      for (;;) {
        const hit = searchOkAt.find((t) => t >= since);
        if (hit) return hit;
        if (Date.now() > deadline) return NaN;
        await send({ kind: 'search', path: '/api/search?q=criminal' });
        await sleep(50);
      }
    };

    const controller = async () => {
      for (let k = 0; k < faults.length; k++) {
        const f = faults[k];
        while (next <= f.at) await sleep(5);
        f.killedAt = Date.now();
        await engine.kill(f.signal);
        gates[k].open();
        await sleep(DOWN_MS);
        await engine.start();
        f.healthyAt = Date.now();
        f.recoveredAt = await probe(f.healthyAt);
        log(`  ${f.signal} at request ${f.at} (${((f.killedAt - started) / 1000).toFixed(1)} s): engine healthy again ${f.healthyAt - f.killedAt} ms after the kill, first 200 search ${f.recoveredAt - f.healthyAt} ms later`);
      }
    };

    const t0 = Date.now();
    await Promise.all([controller(), ...Array.from({ length: CLIENTS }, worker)]);
    const soakMs = Date.now() - t0;

    const recoveries = faults.map((f) => (f.recoveredAt ?? NaN) - (f.healthyAt ?? NaN));
    recoveries.forEach((ms, k) => {
      if (!(ms <= RECOVERY_LIMIT_MS)) failures.push(`restart ${k + 1} (${faults[k].signal}): Unexpected ${Number.isNaN(ms) ? 'no successful search within 30 s' : `${ms} ms`} from engine healthy to the first 200 search, expected at most ${RECOVERY_LIMIT_MS} ms`);
    });
    const sorted = [...durations].sort((a, b) => a - b);
    const pct = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
    const answered = counts.ok + counts.unavailable + counts['health-not-ready'] + counts.bad;
    const lines = [
      `soak: ${answered} requests (${requests.length} from ${CLIENTS} clients + ${answered - requests.length} probes) in ${(soakMs / 1000).toFixed(1)} s, ${counts.ok} ok, ${counts.unavailable} 503 problem+json with Retry-After (${Object.entries(byCode).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}), ${counts['health-not-ready']} /api/health 503 ready:false, ${counts.bad} other`,
      `soak: latency p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${pct(1)} ms; ${slow} over ${ENGINE_TIMEOUT_MS + MARGIN_MS} ms (engine timeout ${ENGINE_TIMEOUT_MS} ms + ${MARGIN_MS} ms)`,
      `soak: engine ${faults.map((f) => f.signal).join(' then ')}, restarted on port ${engine.port}; recovered in ${recoveries.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(' / ')} from engine healthy to first 200 search (limit ${RECOVERY_LIMIT_MS / 1000} s)`,
    ];
    if (issued !== requests.length) failures.push(`Unexpected ${issued} requests sent, expected ${requests.length}`);
    return result('soak', started, lines, failures, {
      requests: requests.length, answered, clients: CLIENTS, soakMs, counts, byCode, slow, latencyMs: { p50: pct(0.5), p99: pct(0.99), max: pct(1) },
      faults: faults.map((f, k) => ({ signal: f.signal, atRequest: f.at, downMs: (f.healthyAt ?? 0) - (f.killedAt ?? 0), recoveryMs: recoveries[k] })),
      engineTimeoutMs: ENGINE_TIMEOUT_MS, marginMs: MARGIN_MS,
    });
  } finally {
    const state = server.child.exitCode ?? server.child.signalCode;
    if (state !== null) failures.unshift(`Unexpected exit of the API server (${state}) during the soak, expected it to keep serving; its output: ${server.output().slice(-1500) || '(none)'}`);
    await server.kill('SIGTERM');
    // The server logs at level error only: anything here is an unhandled error or a crash.
    const out = server.output().trim();
    if (out) log(`  server output (tail): ${out.slice(-2000)}`);
  }
}
