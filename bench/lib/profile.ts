/**
 * Where a search's time goes: one pass over the queries at concurrency 1 on the server without a
 * response cache, reading the `Server-Timing` header of every answer (analysis, each engine round
 * trip, building the response) and timing the rest as "outside" (HTTP, Express middleware, JSON
 * serialisation, the event loop). Right after each API request the engine is sent the requests the
 * service sent for that query, timed from outside and by its own `processingTimeMs`.
 */
import http from 'node:http';
import { call, type Operation } from './load.js';
import { percentile } from './stats.js';

export interface PhaseStat {
  name: string;
  p50: number;
  p95: number;
  mean: number;
  /** Requests whose header had this phase (the provisions search is skipped when the page is empty). */
  seen: number;
}

export interface ProfileFigures {
  requests: number;
  errors: number;
  /** The Server-Timing phases in the order the server sent them, then `outside` and `API total`. */
  phases: PhaseStat[];
  engineWall: PhaseStat;
  engineProcessing: PhaseStat;
  /** Per query: API wall time minus the engine's wall time for the same requests. */
  overhead: PhaseStat;
}

/** `analyze;dur=1.2, engine-page;dur=30.5` → [['analyze', 1.2], ['engine-page', 30.5]]; entries without dur are skipped. */
export function parseServerTiming(header: string | undefined): [string, number][] {
  const out: [string, number][] = [];
  for (const entry of (header ?? '').split(',')) {
    const [name, ...params] = entry.trim().split(';').map((x) => x.trim());
    const dur = params.find((p) => p.startsWith('dur='));
    if (name && dur) out.push([name, Number(dur.slice(4))]);
  }
  return out;
}

/** Sum of `processingTimeMs` in a search or multi-search answer. */
export function processingMs(body: string | undefined): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? '');
  } catch {
    return 0;
  }
  const one = (x: unknown) => (typeof x === 'object' && x !== null && typeof (x as { processingTimeMs?: unknown }).processingTimeMs === 'number' ? (x as { processingTimeMs: number }).processingTimeMs : 0);
  const results = (parsed as { results?: unknown } | null)?.results;
  return one(parsed) + (Array.isArray(results) ? results.reduce((s: number, r) => s + one(r), 0) : 0);
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export function phaseStat(name: string, values: number[], seen = values.length): PhaseStat {
  const s = [...values].sort((a, b) => a - b);
  return { name, p50: r2(percentile(s, 50)), p95: r2(percentile(s, 95)), mean: r2(s.reduce((a, b) => a + b, 0) / Math.max(s.length, 1)), seen };
}

export interface Sample {
  wallMs: number;
  phases: [string, number][];
  engineWallMs: number;
  engineProcessingMs: number;
}

/** Per-phase statistics over the samples; a phase missing from a request counts as 0 ms for it. */
export function summarizeProfile(samples: Sample[], errors: number): ProfileFigures {
  const names: string[] = [];
  for (const s of samples) for (const [n] of s.phases) if (!names.includes(n)) names.push(n);
  const phases = names.map((n) => phaseStat(n, samples.map((s) => s.phases.filter(([m]) => m === n).reduce((a, [, d]) => a + d, 0)), samples.filter((s) => s.phases.some(([m]) => m === n)).length));
  phases.push(phaseStat('outside', samples.map((s) => Math.max(0, s.wallMs - s.phases.reduce((a, [, d]) => a + d, 0)))));
  phases.push(phaseStat('API total', samples.map((s) => s.wallMs)));
  return {
    requests: samples.length, errors, phases,
    engineWall: phaseStat('engine (wall)', samples.map((s) => s.engineWallMs)),
    engineProcessing: phaseStat('engine (processingTimeMs)', samples.map((s) => s.engineProcessingMs)),
    overhead: phaseStat('API − engine', samples.map((s) => s.wallMs - s.engineWallMs)),
  };
}

export async function profilePass(apiUrl: string, engineUrl: string, apiOps: Operation[], engineOps: Operation[]): Promise<ProfileFigures> {
  const api = new URL(apiUrl);
  const eng = new URL(engineUrl);
  const apiAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const engAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samples: Sample[] = [];
  let errors = 0;
  try {
    for (let i = 0; i < apiOps.length; i++) {
      try {
        const t0 = performance.now();
        const a = await call(apiAgent, api, apiOps[i][0]);
        const wallMs = performance.now() - t0;
        let ok = a.status === 200;
        const bodies: (string | undefined)[] = [];
        const t1 = performance.now();
        for (const c of engineOps[i]) {
          const r = await call(engAgent, eng, c, true);
          ok &&= r.status >= 200 && r.status < 300;
          bodies.push(r.body);
        }
        const engineWallMs = performance.now() - t1;
        // Parsed after the clock stopped: the engine's wall time is its answer, not our JSON.parse.
        const engineProcessingMs = bodies.reduce((s, b) => s + processingMs(b), 0);
        if (ok) samples.push({ wallMs, phases: parseServerTiming(a.headers['server-timing'] as string | undefined), engineWallMs, engineProcessingMs });
        else errors++;
      } catch {
        errors++;
      }
    }
  } finally {
    apiAgent.destroy();
    engAgent.destroy();
  }
  return summarizeProfile(samples, errors);
}
