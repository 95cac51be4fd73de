/**
 * Check 4: `npm start` (server/main.ts) with a DATA_DIR it cannot use must stop within seconds,
 * exit non-zero, name the directory and say why, without a stack trace. Variants: a path below a
 * regular file (ENOTDIR; works anywhere), a read-only file system and a full disk (tmpfs mounts,
 * skipped with the reason when mounting is not permitted). As root, chmod would not stop writes.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, writeSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../server/engine/process.js';
import { killEngineOf, tempDir, trackEngineDir, trackMount, unmount } from './lib/cleanup.js';
import { spawnMain } from './lib/server.js';
import { within } from './lib/engine.js';
import { result, type CheckResult, type Log } from './lib/check.js';

/** Seconds a refused start may take: tsx compiling main.ts dominates, on a busy two-core machine. */
export const EXIT_WITHIN_MS = 15_000;
const STACK_FRAME = /^\s+at\s/m;

export interface StartOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  stderr: string;
  output: string;
}

/** Start server/main.ts with DATA_DIR=dataDir and wait for it to exit (SIGKILLed after `limitMs`). */
export async function startExpectingExit(dataDir: string, limitMs = EXIT_WITHIN_MS): Promise<StartOutcome> {
  const t = Date.now();
  trackEngineDir(path.join(dataDir, 'meili'));
  // CORPUS_DIR names nothing: should the server start after all, it must not ingest the real corpus.
  const proc = spawnMain({ DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn', NODE_ENV: 'production', CORPUS_DIR: path.join(dataDir, 'no-corpus') });
  try {
    const { code, signal } = await within(proc.exited, limitMs, 'server/main.ts');
    return { code, signal, ms: Date.now() - t, stderr: proc.stderr(), output: proc.output() };
  } catch {
    await proc.kill('SIGKILL');
    killEngineOf(path.join(dataDir, 'meili'));
    return { code: null, signal: 'SIGKILL', ms: Date.now() - t, stderr: proc.stderr(), output: proc.output() };
  }
}

/** Problems with a refused start, worded "Unexpected X, expected Y"; empty when it was refused as it should be. */
export function judgeRefusal(o: StartOutcome, dataDir: string, reason: string, limitMs = EXIT_WITHIN_MS): string[] {
  const out: string[] = [];
  if (o.signal === 'SIGKILL' && o.code === null) out.push(`Unexpected server still running after ${limitMs} ms, expected it to exit`);
  else if (o.code === 0 || o.code === null) out.push(`Unexpected exit ${o.code ?? o.signal}, expected a non-zero exit code`);
  if (o.ms > limitMs) out.push(`Unexpected ${o.ms} ms to exit, expected at most ${limitMs} ms`);
  if (!o.stderr.includes(dataDir)) out.push(`Unexpected message ${JSON.stringify(o.stderr.trim().slice(0, 300))}, expected it to name ${dataDir}`);
  if (!o.stderr.includes(reason)) out.push(`Unexpected message ${JSON.stringify(o.stderr.trim().slice(0, 300))}, expected "${reason}"`);
  if (STACK_FRAME.test(o.output)) out.push(`Unexpected stack trace in the output: ${JSON.stringify(o.output.slice(0, 400))}, expected a one-line message`);
  return out;
}

function tryMount(dir: string, opts: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', opts, 'tmpfs', dir], { stdio: 'pipe' });
    trackMount(dir);
    return null;
  } catch (err) {
    return ((err as { stderr?: Buffer }).stderr?.toString().trim() || (err as Error).message).split('\n')[0];
  }
}

/** Write zeros until the file system says ENOSPC. */
function fill(dir: string): number {
  const fd = openSync(path.join(dir, 'fill'), 'w');
  const chunk = Buffer.alloc(4096);
  let bytes = 0;
  try {
    for (;;) bytes += writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  return bytes;
}

export async function dataDirCheck(log: Log): Promise<CheckResult> {
  const started = Date.now();
  const failures: string[] = [];
  const skipped: string[] = [];
  const lines: string[] = [];
  const outcomes: Record<string, unknown> = {};
  const base = tempDir('datadir');

  const variant = async (name: string, dataDir: string, reason: string) => {
    const o = await startExpectingExit(dataDir);
    const problems = judgeRefusal(o, dataDir, reason);
    failures.push(...problems.map((p) => `${name}: ${p}`));
    const message = o.stderr.trim().split('\n')[0] ?? '';
    outcomes[name] = { dataDir, exitCode: o.code, signal: o.signal, ms: o.ms, message, ok: problems.length === 0 };
    lines.push(`data-dir ${name}: exit ${o.code ?? o.signal} in ${(o.ms / 1000).toFixed(1)} s, "${message.replace(base, '<tmp>')}"${problems.length ? '' : ', no stack trace'}`);
    log(`  ${name}: ${o.output.trim().slice(0, 500)}`);
  };

  // (a) below a regular file: mkdir fails with ENOTDIR.
  writeFileSync(path.join(base, 'a-file'), 'not a directory\n');
  await variant('below a regular file', path.join(base, 'a-file', 'data'), 'cannot be used (ENOTDIR)');

  // (b) a read-only file system: a tmpfs remounted read-only.
  const ro = path.join(base, 'ro');
  execFileSync('mkdir', ['-p', ro]);
  const roRefused = tryMount(ro, 'size=64k,mode=0755');
  let roErr = roRefused;
  if (!roRefused) {
    try {
      execFileSync('mount', ['-o', 'remount,ro', ro], { stdio: 'pipe' });
    } catch (err) {
      roErr = (err as Error).message.split('\n')[0];
    }
  }
  if (roErr) skipped.push(`read-only file system: mount not permitted here (${roErr})`);
  else await variant('read-only file system', ro, 'is on a read-only file system');
  unmount(ro);

  // (c) a full disk: a 64 KiB tmpfs filled up first.
  const full = path.join(base, 'full');
  execFileSync('mkdir', ['-p', full]);
  const fullErr = tryMount(full, 'size=64k,mode=0755');
  if (fullErr) skipped.push(`full disk: mount not permitted here (${fullErr})`);
  else {
    const bytes = fill(full);
    log(`  filled the 64 KiB tmpfs with ${bytes} bytes`);
    await variant('full disk', full, 'is on a full disk');
  }
  unmount(full);

  return result('data-dir', started, lines, failures, { variants: outcomes, exitWithinMs: EXIT_WITHIN_MS }, skipped);
}
