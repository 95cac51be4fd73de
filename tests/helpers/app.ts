/** The real application over the shared, ingested test engine (see tests/setup/global-setup.ts). */
import pino from 'pino';
import type { Express } from 'express';
import { createApp, type AppDeps } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { indexNames, searchClient, type EngineConnection } from '../../server/engine/client.js';

export function sharedEngine(): EngineConnection {
  const url = process.env.TEST_MEILI_URL;
  const masterKey = process.env.TEST_MEILI_MASTER_KEY;
  if (!url || !masterKey) throw new Error('The shared test engine is not running (jest globalSetup did not run)');
  return { url, masterKey, timeoutMs: 5000, prefix: process.env.TEST_INDEX_PREFIX ?? 'test' };
}

export async function testApp(overrides: Partial<AppDeps> = {}, conn: EngineConnection = sharedEngine()): Promise<{ app: Express; deps: AppDeps }> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', MEILI_URL: conn.url, MEILI_MASTER_KEY: conn.masterKey, INDEX_PREFIX: conn.prefix, RATE_LIMIT_PER_MINUTE: '100000' });
  const deps: AppDeps = {
    config,
    search: await searchClient(conn),
    indexes: indexNames(conn.prefix),
    logger: pino({ level: 'silent' }),
    ...overrides,
  };
  return { app: createApp(deps), deps };
}
