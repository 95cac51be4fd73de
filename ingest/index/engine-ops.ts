/**
 * Index operations for ingest: every task is awaited with a timeout and its status checked.
 * A full rebuild fills fresh `…-build-<stamp>` indexes and swaps them in together in one task,
 * so a failed or interrupted rebuild leaves the old indexes serving, untouched.
 */
import type { Meilisearch, Settings, EnqueuedTaskPromise } from 'meilisearch';
import type { IndexNames } from '../../server/engine/client.js';

export class IndexingError extends Error {}

export const TASK_TIMEOUT_MS = 15 * 60 * 1000;

export async function waitOk(p: EnqueuedTaskPromise, what: string, timeout = TASK_TIMEOUT_MS): Promise<void> {
  const task = await p.waitTask({ timeout, interval: 50 });
  if (task.status !== 'succeeded') {
    throw new IndexingError(`${what}: task ${task.uid} ${task.status}${task.error ? ` (${task.error.code}: ${task.error.message})` : ''}`);
  }
}

export async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getIndex(uid);
    return true;
  } catch {
    return false;
  }
}

export function buildNames(live: IndexNames, stamp: string): IndexNames {
  return { records: `${live.records}-build-${stamp}`, documents: `${live.documents}-build-${stamp}` };
}

/** Delete temporary indexes left by interrupted rebuilds. */
export async function cleanupBuilds(client: Meilisearch, live: IndexNames): Promise<string[]> {
  const { results } = await client.getIndexes({ limit: 1000 });
  const stale = results.map((i) => i.uid).filter((uid) => uid.startsWith(`${live.records}-build-`) || uid.startsWith(`${live.documents}-build-`));
  for (const uid of stale) await waitOk(client.deleteIndex(uid), `delete leftover index ${uid}`);
  return stale;
}

export async function createWithSettings(client: Meilisearch, uid: string, settings: Settings): Promise<void> {
  await waitOk(client.createIndex(uid, { primaryKey: 'id' }), `create index ${uid}`);
  await waitOk(client.index(uid).updateSettings(settings), `settings of ${uid}`);
}

/**
 * Enqueues document additions in batches bounded by bytes. Each batch is sent only after the
 * previous one was accepted (backpressure: memory stays bounded); the engine's tasks are
 * awaited, and their status checked, in done().
 */
export class BatchWriter {
  private buf: object[] = [];
  private bytes = 0;
  private readonly tasks: { uid: number; what: string }[] = [];

  constructor(private readonly client: Meilisearch, private readonly uid: string, private readonly maxBytes = 8 * 1024 * 1024) {}

  async add(doc: object): Promise<void> {
    const size = JSON.stringify(doc).length;
    if (this.bytes + size > this.maxBytes && this.buf.length) await this.flush();
    this.buf.push(doc);
    this.bytes += size;
  }

  async flush(): Promise<void> {
    if (!this.buf.length) return;
    const batch = this.buf;
    this.buf = [];
    this.bytes = 0;
    const task = await this.client.index(this.uid).addDocuments(batch, { primaryKey: 'id' });
    this.tasks.push({ uid: task.taskUid, what: `add ${batch.length} documents to ${this.uid}` });
  }

  async done(): Promise<void> {
    await this.flush();
    for (const { uid, what } of this.tasks) {
      const task = await this.client.tasks.waitForTask(uid, { timeout: TASK_TIMEOUT_MS, interval: 50 });
      if (task.status !== 'succeeded') throw new IndexingError(`${what}: task ${task.uid} ${task.status}${task.error ? ` (${task.error.code}: ${task.error.message})` : ''}`);
    }
    this.tasks.length = 0;
  }
}

/** Swap freshly built indexes in (creating empty live ones on the first run), then drop the old ones. */
export async function swapIn(client: Meilisearch, live: IndexNames, built: IndexNames): Promise<void> {
  for (const uid of [live.records, live.documents]) {
    if (!(await indexExists(client, uid))) await waitOk(client.createIndex(uid, { primaryKey: 'id' }), `create index ${uid}`);
  }
  await waitOk(client.swapIndexes([{ indexes: [live.records, built.records], rename: false }, { indexes: [live.documents, built.documents], rename: false }]), 'swap indexes');
  await waitOk(client.deleteIndex(built.records), `delete old ${built.records}`);
  await waitOk(client.deleteIndex(built.documents), `delete old ${built.documents}`);
}
