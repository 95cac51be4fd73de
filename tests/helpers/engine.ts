/** A Meilisearch of the test's own, in a temporary directory, stopped at teardown. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEngine, type EngineHandle } from '../../server/engine/process.js';

export async function startTestEngine(): Promise<EngineHandle & { cleanup(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-engine-'));
  const handle = await startEngine({ dataDir: dir, timeoutMs: 30000 });
  return Object.assign(handle, {
    async cleanup() {
      await handle.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
