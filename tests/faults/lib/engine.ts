/**
 * A Meilisearch the fault checks can kill and start again on the same data directory and port,
 * through the project's own startEngine (which also ends an engine left behind by a killed run).
 */
import type { Meilisearch } from 'meilisearch';
import { startEngine, type EngineHandle } from '../../../server/engine/process.js';
import { adminClient, indexNames, type EngineConnection, type IndexNames } from '../../../server/engine/client.js';
import { trackEngineDir } from './cleanup.js';

export class ManagedEngine {
  handle: EngineHandle | null = null;
  port = 0;
  readonly live: IndexNames;

  constructor(readonly dataDir: string, readonly prefix: string) {
    trackEngineDir(dataDir);
    this.live = indexNames(prefix);
  }

  /** Resolves once the engine answers /health (startEngine's readiness test). */
  async start(): Promise<EngineHandle> {
    const handle = await startEngine({ dataDir: this.dataDir, port: this.port || undefined, timeoutMs: 30_000 });
    this.port = Number(new URL(handle.url).port);
    this.handle = handle;
    return handle;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  conn(timeoutMs = 5000): EngineConnection {
    if (!this.handle) throw new Error('engine not started');
    return { url: this.handle.url, masterKey: this.handle.masterKey, timeoutMs, prefix: this.prefix };
  }

  client(): Meilisearch {
    return adminClient(this.conn());
  }

  /** Send `signal` and wait for the process to be gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const h = this.handle;
    if (!h) return;
    this.handle = null;
    try {
      process.kill(h.pid, signal);
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => {
      try {
        process.kill(h.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 10_000);
    await h.exited;
    clearTimeout(timer);
  }

  async stop(): Promise<void> {
    const h = this.handle;
    this.handle = null;
    await h?.stop();
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Rejects with `what` when `p` has not settled within `ms`. */
export async function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms); })]);
  } finally {
    clearTimeout(timer);
  }
}
