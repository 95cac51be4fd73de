/**
 * One engine holding the whole real corpus for the integration suites: started and ingested
 * once per `npm test`, shared through environment variables, stopped in global-teardown.
 * Suites that need an engine of their own (lifecycle, faults) start one with tests/helpers/engine.ts.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEngine } from '../../server/engine/process.js';
import { adminClient, indexNames } from '../../server/engine/client.js';
import { runIngest } from '../../ingest/run.js';
import { CORPUS_DIR } from '../helpers/corpus.js';

export const TEST_PREFIX = 'test';

export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-suite-'));
  const started = Date.now();
  const engine = await startEngine({ dataDir: dir });
  const conn = { url: engine.url, masterKey: engine.masterKey, timeoutMs: 10000, prefix: TEST_PREFIX };
  const report = await runIngest({ sourceDir: CORPUS_DIR, client: adminClient(conn), live: indexNames(TEST_PREFIX), full: true });
  (globalThis as { __LEXATLAS_ENGINE__?: unknown }).__LEXATLAS_ENGINE__ = { engine, dir };
  process.env.TEST_MEILI_URL = engine.url;
  process.env.TEST_MEILI_MASTER_KEY = engine.masterKey;
  process.env.TEST_INDEX_PREFIX = TEST_PREFIX;
  process.stderr.write(`\n[global-setup] engine ${engine.url}, corpus ingested: ${report.documents} documents, ${report.provisions} provisions in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
