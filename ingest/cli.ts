/**
 * `npm run ingest [-- --source DIR] [--full]`: ingest a source folder into the index, with a
 * progress line, a summary and a machine-readable report under DATA_DIR/reports/.
 * Exit code 1 only when the source yields nothing or the engine fails.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { adminClient, indexNames } from '../server/engine/client.js';
import { openEngine } from '../server/engine/runtime.js';
import { runIngest, IngestError } from './run.js';
import { formatProgress, summary, writeReport } from './report.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { source: { type: 'string' }, full: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const sourceDir = values.source ?? config.CORPUS_DIR;
  if (!sourceDir) {
    console.error('No source folder: pass --source DIR or set CORPUS_DIR (default ../shared/corpus when it exists).');
    return 2;
  }
  const runtime = await openEngine(config);
  const tty = process.stderr.isTTY;
  let last = 0;
  try {
    const report = await runIngest({
      sourceDir, client: adminClient(runtime.conn), live: indexNames(config.INDEX_PREFIX), full: values.full,
      onProgress: (p) => {
        if (Date.now() - last < (tty ? 100 : 2000) && p.done !== p.total) return;
        last = Date.now();
        process.stderr.write(tty ? `\r${formatProgress(p)}` : `${formatProgress(p)}\n`);
      },
    });
    if (tty) process.stderr.write('\n');
    console.log(summary(report));
    console.log(`  report: ${writeReport(config.DATA_DIR, report)}`);
    return 0;
  } catch (err) {
    if (tty) process.stderr.write('\n');
    console.error(`Ingest failed: ${(err as Error).message}`);
    if (err instanceof IngestError && err.report) console.error(`  report: ${writeReport(config.DATA_DIR, err.report)}`);
    return 1;
  } finally {
    await runtime.handle?.stop();
  }
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error((err as Error).message);
  process.exitCode = 1;
});
