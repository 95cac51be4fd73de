/**
 * The real `npm start` entry point (server/main.ts) as a child process, loopback only, with the
 * environment given here and nothing inherited but PATH and HOME (no DATA_DIR or MEILI_URL of the
 * caller's leaks in).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../server/config.js';
import { trackChild } from './cleanup.js';

export interface ServerProc {
  url: string;
  port: number;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last output (stdout and stderr, interleaved). */
  output(): string;
  stderr(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const MAIN = path.join(PROJECT_ROOT, 'server', 'main.ts');

export function spawnMain(env: Record<string, string>): Omit<ServerProc, 'url' | 'port'> {
  const child = trackChild(spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }));
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out = (out + c.toString('utf8')).slice(-20_000)));
  child.stderr?.on('data', (c: Buffer) => {
    const s = c.toString('utf8');
    err = (err + s).slice(-20_000);
    out = (out + s).slice(-20_000);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: -1, signal: null }));
  });
  return {
    child, exited, output: () => out, stderr: () => err,
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      // A server that does not stop on SIGTERM within 15 s is killed (and the check reports its output).
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Start server/main.ts on `port` and wait until it answers HTTP (any status: it may still be ingesting). */
export async function startServer(env: Record<string, string>, port: number, timeoutMs = 60_000): Promise<ServerProc> {
  const proc = spawnMain({ ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  let gone = false;
  void proc.exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`server/main.ts exited before listening on ${url}:\n${proc.output().slice(-3000)}`);
    try {
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      return { ...proc, url, port };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await proc.kill();
  throw new Error(`server/main.ts did not answer on ${url} within ${timeoutMs} ms:\n${proc.output().slice(-3000)}`);
}

/** Poll `url` until it answers 200 (the server is ready: engine reachable, index present). */
export async function waitFor200(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms (last: ${last})`);
}
