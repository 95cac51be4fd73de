/**
 * Runs the route generators against a served app and collects every contract violation (grouped
 * by route and kind, with the first request that showed it) instead of stopping at the first:
 * one run then reports every distinct bug, not just one.
 */
import fc from 'fast-check';
import { contractViolation, type FuzzRequest, type Served } from './fuzz-http.js';

export interface RouteStats {
  requests: number;
  byStatus: Record<string, number>;
  maxMs: number;
}

export interface Violation {
  route: string;
  kind: string;
  count: number;
  example: { method: string; target: string; headers?: Record<string, string>; body?: string; status: number; response: string };
}

export class FuzzLog {
  readonly stats = new Map<string, RouteStats>();
  readonly violations = new Map<string, Violation>();

  get total(): number {
    return [...this.stats.values()].reduce((n, s) => n + s.requests, 0);
  }

  get serverErrors(): number {
    return [...this.stats.values()].reduce((n, s) => n + Object.entries(s.byStatus).filter(([k]) => Number(k) >= 500).reduce((m, [, c]) => m + c, 0), 0);
  }

  summary(): string {
    return [...this.stats.entries()].map(([r, s]) => `${r}: ${s.requests} (${Object.entries(s.byStatus).map(([k, c]) => `${k}×${c}`).join(' ')}; max ${s.maxMs} ms)`).join('\n');
  }
}

export async function fuzzRoute(served: Served, log: FuzzLog, route: string, arb: fc.Arbitrary<FuzzRequest>, numRuns: number, seed: number): Promise<void> {
  const stats = log.stats.get(route) ?? { requests: 0, byStatus: {}, maxMs: 0 };
  log.stats.set(route, stats);
  await fc.assert(fc.asyncProperty(arb, async (req) => {
    stats.requests++;
    let kind: string | null;
    let status = 0;
    let text = '';
    try {
      const res = await served.send(req);
      status = res.status;
      text = res.text;
      stats.maxMs = Math.max(stats.maxMs, res.ms);
      kind = contractViolation(req, res);
    } catch (err) {
      kind = `no response: ${(err as Error).message}`;
    }
    stats.byStatus[status || 'none'] = (stats.byStatus[status || 'none'] ?? 0) + 1;
    if (kind) {
      const key = `${route} ${kind}`;
      const v = log.violations.get(key);
      if (v) v.count++;
      else {
        log.violations.set(key, {
          route, kind, count: 1,
          example: { method: req.method, target: req.target, headers: req.headers, body: req.body === undefined ? undefined : String(req.body).slice(0, 200), status, response: text.slice(0, 300) },
        });
      }
    }
    return true;
  }), { numRuns, seed });
}
