/**
 * Configuration: parsed once, at start, from the environment, with a zod schema. The only
 * module that reads `process.env`. A bad variable stops the process with a message naming it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(0).max(65535);
const ms = z.coerce.number().int().positive();

export const ConfigSchema = z.object({
  PORT: port.default(3000).describe('HTTP port of the site and API'),
  HOST: z.string().default('127.0.0.1').describe('Address the HTTP server binds to (0.0.0.0 to expose it)'),
  DATA_DIR: z.string().default(path.join(PROJECT_ROOT, 'data')).describe('Engine data, master key, SQLite database, ingest reports'),
  CORPUS_DIR: z.string().optional().describe('Source folder (manifest.json + files) to ingest; default ../shared/corpus when it exists'),
  MEILI_URL: z.url().optional().describe('Use this Meilisearch instead of starting one'),
  MEILI_MASTER_KEY: z.string().optional().describe('Master key of the instance at MEILI_URL'),
  MEILI_PORT: port.default(0).describe('Port of the embedded Meilisearch (0 = a free port)'),
  MEILI_START_TIMEOUT_MS: ms.default(30000).describe('How long to wait for the embedded engine to answer /health'),
  ENGINE_TIMEOUT_MS: ms.default(5000).describe('Timeout of every search-engine request made by the API'),
  INDEX_PREFIX: z.string().regex(/^[a-z0-9_]+$/).default('lexatlas').describe('Prefix of the Meilisearch index names'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Log level (pino)'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('development shows error details in logs only; never in responses'),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(720).default(8).describe('Absolute lifetime of a signed-in session, in hours'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60).describe('A session unused this long ends, in minutes'),
  SEARCH_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(500).describe('Search responses kept in memory (0 = no cache); emptied whenever the index changes'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600).describe('Requests per minute per client on search, export and similar'),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function defaultCorpusDir(): string | undefined {
  const sibling = path.resolve(PROJECT_ROOT, '../shared/corpus');
  return existsSync(path.join(sibling, 'manifest.json')) ? sibling : undefined;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked = Object.fromEntries(Object.keys(ConfigSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const result = ConfigSchema.safeParse(picked);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}=${JSON.stringify(picked[String(i.path[0])])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const cfg = result.data;
  cfg.CORPUS_DIR ??= defaultCorpusDir();
  if (cfg.CORPUS_DIR) cfg.CORPUS_DIR = path.resolve(cfg.CORPUS_DIR);
  cfg.DATA_DIR = path.resolve(cfg.DATA_DIR);
  if (cfg.MEILI_URL && !cfg.MEILI_MASTER_KEY) throw new ConfigError('Invalid configuration:\n  MEILI_MASTER_KEY: required when MEILI_URL is set');
  return cfg;
}
