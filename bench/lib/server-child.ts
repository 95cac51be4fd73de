/**
 * The API server under test, in a process of its own so the load generator does not share its
 * event loop and its RSS is its own. Listens on 127.0.0.1:0, sends its port to the parent, and
 * answers `{ type: 'rss' }` messages with its current and peak RSS.
 * Arguments: engine URL, master key, index prefix, SEARCH_CACHE_ENTRIES (0 = response cache off).
 */
import pino from 'pino';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.js';
import { warmUpAnalysis } from '../../server/search/analyze.js';
import { loadConfig } from '../../server/config.js';
import { indexNames, searchClient } from '../../server/engine/client.js';

const [url, masterKey, prefix, cacheEntries] = process.argv.slice(2);
const config = loadConfig({
  NODE_ENV: 'production', LOG_LEVEL: 'silent', MEILI_URL: url, MEILI_MASTER_KEY: masterKey, INDEX_PREFIX: prefix,
  // The benchmark is one client sending thousands of requests a minute; the limiter is not what is measured.
  RATE_LIMIT_PER_MINUTE: '100000000',
  // Measured both ways: off for the comparison with the engine, on for a repeating workload.
  SEARCH_CACHE_ENTRIES: cacheEntries ?? '0',
});
const conn = { url, masterKey, timeoutMs: config.ENGINE_TIMEOUT_MS, prefix };
// As server/main.ts does: the glossary and concept scanners are built before the first request.
warmUpAnalysis();
const app = createApp({ config, search: await searchClient(conn), indexes: indexNames(prefix), logger: pino({ level: 'silent' }) });
const server = app.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'ready', port: (server.address() as AddressInfo).port });
});
process.on('message', (m: { type?: string }) => {
  if (m.type === 'rss') process.send?.({ type: 'rss', rssMb: process.memoryUsage().rss / 1048576, maxRssMb: process.resourceUsage().maxRSS / 1024 });
});
process.on('disconnect', () => process.exit(0));
