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

export function send(agent: http.Agent, base: URL, call: HttpCall): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      agent, host: base.hostname, port: base.port, method: call.method, path: call.path,
      headers: { ...(call.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(call.body) } : {}), ...call.headers },
    }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(call.body);
  });
}

export async function runLoad(baseUrl: string, ops: Operation[], concurrency: number, seconds: number): Promise<LatencySummary> {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const op = ops[next++ % ops.length];
      const t0 = performance.now();
      let ok = true;
      for (const call of op) {
        try {
          const status = await send(agent, base, call);
          if (status < 200 || status >= 300) ok = false;
        } catch {
          ok = false;
        }
        if (!ok) break;
      }
      if (ok) latencies.push(performance.now() - t0);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return summarize(latencies, errors, elapsed);
}
