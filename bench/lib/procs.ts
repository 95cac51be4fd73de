/** Child processes of the benchmark: the ingest runs and the API server, each measured on its own. */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildArgs, ChildResult } from './ingest-child.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const TSX = ['--import', 'tsx'];

export function runIngestChild(args: ChildArgs): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, here('./ingest-child.ts'), JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err = (err + c.toString('utf8')).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)) as ChildResult);
      else reject(new Error(`ingest child (${args.mode}) exited with ${code}: ${err.slice(-1500)}`));
    });
  });
}

export interface ServerChild {
  url: string;
  /** SEARCH_CACHE_ENTRIES of this server (0 = no response cache). */
  cacheEntries: number;
  rss(): Promise<{ rssMb: number; maxRssMb: number }>;
  stop(): Promise<void>;
}

export function startServerChild(engineUrl: string, masterKey: string, prefix: string, cacheEntries: number): Promise<ServerChild> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(here('./server-child.ts'), [engineUrl, masterKey, prefix, String(cacheEntries)], { execArgv: TSX, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let err = '';
    child.stderr?.on('data', (c: Buffer) => (err = (err + c.toString('utf8')).slice(-4000)));
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.once('exit', (code) => reject(new Error(`server child exited with ${code}: ${err}`)));
    child.once('message', (m: { type: string; port: number }) => {
      if (m.type !== 'ready') return;
      resolve({
        url: `http://127.0.0.1:${m.port}`,
        cacheEntries,
        rss: () => new Promise((r) => {
          child.once('message', (x: { rssMb: number; maxRssMb: number }) => r({ rssMb: Math.round(x.rssMb), maxRssMb: Math.round(x.maxRssMb) }));
          child.send({ type: 'rss' });
        }),
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
