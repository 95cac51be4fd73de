/**
 * Everything a fault check starts is registered here and undone however the run ends: child
 * processes (SIGKILL), Meilisearch instances orphaned by a killed API server (found through the
 * pid file of their data directory), tmpfs mounts and temporary directories.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const children = new Set<ChildProcess>();
const engineDirs = new Set<string>();
const mounts: string[] = [];
const dirs: string[] = [];

export function trackChild(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** An engine data directory whose `meilisearch.pid` may name an orphan at the end. */
export function trackEngineDir(dir: string): void {
  engineDirs.add(path.resolve(dir));
}

export function trackMount(dir: string): void {
  mounts.push(dir);
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `lexatlas-faults-${prefix}-`));
  dirs.push(dir);
  return dir;
}

/** SIGKILL the engine named by a data directory's pid file, only if it really is a Meilisearch of that directory. */
export function killEngineOf(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'meilisearch.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmd.includes('meilisearch') || !cmd.includes(dataDir)) return false;
    process.kill(pid, 'SIGKILL');
    return true;
  } catch {
    return false;
  }
}

export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  } catch {
    /* not mounted (any more) */
  }
  const i = mounts.indexOf(dir);
  if (i >= 0) mounts.splice(i, 1);
}

let done = false;
/** Synchronous, so it can run from `process.on('exit')` too. Idempotent. */
export function cleanupAll(): void {
  if (done) return;
  done = true;
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of engineDirs) killEngineOf(d);
  for (const m of [...mounts].reverse()) unmount(m);
  for (const d of dirs) {
    try {
      rmSync(d, { recursive: true, force: true });
    } catch {
      /* still busy: left for the OS's tmp cleaning */
    }
  }
}

export function installCleanupHooks(): void {
  process.on('exit', cleanupAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      process.stderr.write(`\n${sig}: cleaning up child processes and temporary directories\n`);
      cleanupAll();
      process.exit(130);
    });
  }
}
