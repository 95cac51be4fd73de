/**
 * `npm start`: start (or connect to) Meilisearch, ingest the corpus when the index is empty,
 * serve the API and the site. Ctrl-C / SIGTERM close the server and stop the engine.
 */
import pino from 'pino';
import type { Server } from 'node:http';
import { loadConfig, ConfigError } from './config.js';
import { adminClient, indexNames, searchClient } from './engine/client.js';
import { openEngine, ensureWritableDir, DataDirError, type EngineRuntime } from './engine/runtime.js';
import { warmUpAnalysis } from './search/analyze.js';
import { EngineStartError } from './engine/process.js';
import { createApp } from './app.js';
import { runIngest } from '../ingest/run.js';
import { summary, writeReport } from '../ingest/report.js';
import path from 'node:path';
import { openDatabase } from './auth/index.js';
import { MigrationError } from './auth/database.js';

async function indexIsEmpty(runtime: EngineRuntime, prefix: string): Promise<boolean> {
  try {
    const stats = await adminClient(runtime.conn).index(indexNames(prefix).documents).getStats();
    return stats.numberOfDocuments === 0;
  } catch {
    return true;
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  ensureWritableDir(config.DATA_DIR);
  const db = openDatabase(path.join(config.DATA_DIR, 'lexatlas.sqlite')); // migrates on open
  const runtime = await openEngine(config);
  logger.info({ engine: runtime.handle ? 'embedded' : 'external' }, `search engine ready at ${runtime.conn.url}`);

  const names = indexNames(config.INDEX_PREFIX);
  warmUpAnalysis();
  const app = createApp({ config, search: await searchClient(runtime.conn), indexes: names, logger, db });
  const server: Server = app.listen(config.PORT, config.HOST, () => {
    logger.info(`Lexatlas listening on http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}/`);
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await runtime.handle?.stop();
    db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  runtime.handle?.exited.then((code) => {
    if (!stopping) logger.error(`the embedded search engine exited (code ${code}); searches answer 503 until it is restarted`);
  });

  server.on('error', (err: NodeJS.ErrnoException) => {
    logger.fatal(err.code === 'EADDRINUSE' ? `port ${config.PORT} is already in use; set PORT to a free port` : err.message);
    void runtime.handle?.stop().then(() => process.exit(1));
  });

  if (config.CORPUS_DIR && (await indexIsEmpty(runtime, config.INDEX_PREFIX))) {
    logger.info(`index is empty: ingesting ${config.CORPUS_DIR} (the site answers 503 for searches until it is done)`);
    try {
      const report = await runIngest({ sourceDir: config.CORPUS_DIR, client: adminClient(runtime.conn), live: names });
      logger.info(`\n${summary(report)}\n  report: ${writeReport(config.DATA_DIR, report)}`);
    } catch (err) {
      logger.error(`ingest failed: ${(err as Error).message}`);
    }
  } else if (!config.CORPUS_DIR) {
    logger.warn('no CORPUS_DIR and no ../shared/corpus: starting without ingesting');
  }
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof DataDirError || err instanceof EngineStartError || err instanceof MigrationError;
  console.error(known ? (err as Error).message : err);
  process.exit(1);
});
