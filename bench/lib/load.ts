/**
 * Closed-loop load: `concurrency` workers, each sending its next operation as soon as the last
 * one finished, for `seconds`. An operation may be several HTTP requests (the engine side of a
 * search is a multi-search followed by the provisions search), and its latency is the whole
 * sequence, so the API and the engine are compared request for request. Keep-alive sockets.
 */
import http from 'node:http';
import { summarize, type LatencySummary } from './stats.js';

export interface HttpCall {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/** One logical operation = calls sent one after the other. */
export type Operation = HttpCall[];

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Only when asked for (the load runs drop bodies unread). */
  body?: string;
}

export function call(agent: http.Agent, base: URL, c: HttpCall, keepBody = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      agent, host: base.hostname, port: base.port, method: c.method, path: c.path,
      headers: { ...(c.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(c.body) } : {}), ...c.headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (b: Buffer) => {
        if (keepBody) chunks.push(b);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, ...(keepBody ? { body: Buffer.concat(chunks).toString('utf8') } : {}) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(c.body);
  });
}

export interface LoadOptions {
  /** Count the values of this response header (e.g. `x-cache`: hit / miss) over the measured requests. */
  countHeader?: string;
  /** Stop after this many operations (one pass over a list), whatever the time left. */
  maxOps?: number;
}

export type LoadResult = LatencySummary & { headerCounts?: Record<string, number> };

export async function runLoad(baseUrl: string, ops: Operation[], concurrency: number, seconds: number, opts: LoadOptions = {}): Promise<LoadResult> {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  const counts: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline && (opts.maxOps === undefined || next < opts.maxOps)) {
      const op = ops[next++ % ops.length];
      const t0 = performance.now();
      let ok = true;
      const seen: string[] = [];
      for (const c of op) {
        try {
          const r = await call(agent, base, c);
          if (r.status < 200 || r.status >= 300) ok = false;
          if (opts.countHeader) seen.push(String(r.headers[opts.countHeader] ?? 'none'));
        } catch {
          ok = false;
        }
        if (!ok) break;
      }
      if (ok) {
        latencies.push(performance.now() - t0);
        for (const v of seen) counts[v] = (counts[v] ?? 0) + 1;
      } else errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const summary = summarize(latencies, errors, elapsed);
  return opts.countHeader ? { ...summary, headerCounts: counts } : summary;
}
