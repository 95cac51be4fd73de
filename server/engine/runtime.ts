/** Connect to the configured engine: the instance at MEILI_URL, or an embedded one under DATA_DIR. */
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { startEngine, type EngineHandle } from './process.js';
import type { EngineConnection } from './client.js';

export interface EngineRuntime {
  conn: EngineConnection;
  /** The embedded engine, when we started one. */
  handle: EngineHandle | null;
}

export class DataDirError extends Error {}

/** Fail early, with the directory named, when the data directory can't be written (read-only, full, no permission). */
export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    // access() does not see a full disk: write a few bytes (SQLite would otherwise fail later with a stack trace).
    const probe = path.join(dir, `.write-test-${process.pid}`);
    try {
      writeFileSync(probe, 'ok');
    } finally {
      rmSync(probe, { force: true });
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const why = code === 'EROFS' ? 'is on a read-only file system' : code === 'ENOSPC' ? 'is on a full disk' : code === 'EACCES' || code === 'EPERM' ? 'is not writable by this user' : `cannot be used (${code})`;
    throw new DataDirError(`Data directory ${dir} ${why}. Set DATA_DIR to a writable directory.`);
  }
}

export async function openEngine(config: Config): Promise<EngineRuntime> {
  const base = { timeoutMs: config.ENGINE_TIMEOUT_MS, prefix: config.INDEX_PREFIX };
  if (config.MEILI_URL) {
    return { conn: { url: config.MEILI_URL.replace(/\/$/, ''), masterKey: config.MEILI_MASTER_KEY ?? '', ...base }, handle: null };
  }
  const dataDir = path.join(config.DATA_DIR, 'meili');
  ensureWritableDir(dataDir);
  const handle = await startEngine({ dataDir, port: config.MEILI_PORT, timeoutMs: config.MEILI_START_TIMEOUT_MS });
  return { conn: { url: handle.url, masterKey: handle.masterKey, ...base }, handle };
}
