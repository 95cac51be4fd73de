/**
 * A raw HTTP client for fuzzing: the request target is sent byte for byte (supertest/superagent
 * pass URLs through `new URL`, which re-encodes and normalises exactly what we want to send), and
 * each response is checked against the API's error contract.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface FuzzRequest {
  method: string;
  /** Request target exactly as sent: must already be percent-encoded (bytes 0x21–0x7e only). */
  target: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export interface FuzzResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  ms: number;
}

export interface Served {
  send(req: FuzzRequest, timeoutMs?: number): Promise<FuzzResponse>;
  close(): Promise<void>;
}

export async function serve(app: Express): Promise<Served> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  return {
    send(req, timeoutMs = 15000) {
      const started = Date.now();
      return new Promise((resolve, reject) => {
        const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body);
        const r = http.request({
          host: '127.0.0.1', port, method: req.method, path: req.target, agent,
          headers: { ...(body ? { 'Content-Length': String(body.length) } : {}), ...req.headers },
        }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - started }));
          res.on('error', reject);
        });
        // A hang is a failure: the request is aborted and reported with its target.
        r.setTimeout(timeoutMs, () => r.destroy(new Error(`no response within ${timeoutMs} ms`)));
        r.on('error', reject);
        r.end(body);
      });
    },
    async close() {
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Words that only appear when an engine or runtime message leaks into a response. */
const LEAKS = [/meilisearch/i, /invalid_search/i, /index_not_found/i, /\binvalid_document/i, /\bat [\w.<>]+ \(.*:\d+:\d+\)/, /node_modules/, /\.ts:\d+/];
/** In an error response also the engine's address and runtime error names (a 200 Atom feed names its own host). */
const ERROR_LEAKS = [...LEAKS, /127\.0\.0\.1/, /localhost:\d+/i, /TypeError|ReferenceError|SyntaxError|URIError|RangeError/];

/**
 * What is wrong with a response, or null. `sent` is the request (a leak word that the request
 * itself carried may be echoed in a validation message; that is not a leak).
 */
export function contractViolation(req: FuzzRequest, res: FuzzResponse): string | null {
  if (res.status >= 500) return `HTTP ${res.status}`;
  if (res.status < 200) return `HTTP ${res.status}`;
  const type = String(res.headers['content-type'] ?? '');
  const sent = `${decodeLoosely(req.target)} ${req.body === undefined ? '' : String(req.body)}`;
  for (const re of res.status >= 400 ? ERROR_LEAKS : LEAKS) {
    if (re.test(res.text) && !re.test(sent)) return `leaks ${re.source}`;
  }
  if (req.method === 'HEAD') return null; // no body to check
  if (res.status >= 400) {
    if (!type.startsWith('application/problem+json')) return `error ${res.status} with content-type '${type}', expected application/problem+json`;
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(res.text) as Record<string, unknown>;
    } catch {
      return `error ${res.status} body is not JSON`;
    }
    for (const k of ['type', 'title', 'detail', 'code'] as const) {
      if (typeof body[k] !== 'string' || !(body[k] as string).length) return `problem without ${k}`;
    }
    if (body.status !== res.status) return `problem status ${String(body.status)} != HTTP ${res.status}`;
    if (body.type !== `https://lexatlas.org/problems/${body.code as string}`) return `problem type '${String(body.type)}' does not name code '${String(body.code)}'`;
    if (body.errors !== undefined && !(Array.isArray(body.errors) && body.errors.every((e: { field?: unknown; message?: unknown }) => typeof e.field === 'string' && typeof e.message === 'string'))) return 'malformed errors[]';
    if ((res.status === 429 || res.status === 503) && !res.headers['retry-after']) return `${res.status} without Retry-After`;
    return null;
  }
  if (res.status >= 300) return res.headers.location ? null : `redirect ${res.status} without Location`;
  if (/json/.test(type)) {
    // JSON, or JSON lines for the export.
    const docs = /ndjson/.test(type) ? res.text.split('\n').filter(Boolean) : [res.text];
    try {
      docs.forEach((d) => JSON.parse(d));
    } catch {
      return 'JSON response that does not parse';
    }
  }
  return null;
}

function decodeLoosely(target: string): string {
  return target.replace(/(%[0-9a-f]{2})+/gi, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m;
    }
  });
}
