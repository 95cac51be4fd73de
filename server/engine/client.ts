/**
 * The only module that talks to Meilisearch. It classifies the engine's failures
 * (unreachable or timed out → EngineUnavailableError → 503; missing index → IndexNotReadyError → 503)
 * and hands out two clients: an admin client for ingest (master key) and a search client
 * for the API (a key limited to search and reading documents).
 */
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, type MultiSearchQuery, type MultiSearchResult } from 'meilisearch';
import { EngineUnavailableError, IndexNotReadyError } from '../errors/index.js';

export interface IndexNames {
  records: string;
  documents: string;
}

export function indexNames(prefix: string): IndexNames {
  return { records: `${prefix}-records`, documents: `${prefix}-documents` };
}

export interface EngineConnection {
  url: string;
  masterKey: string;
  timeoutMs: number;
  prefix: string;
}

/**
 * Ask the engine for uncompressed responses. Fetch sends `Accept-Encoding: gzip, br` by default;
 * the engine then streams a compressed body in small writes and, on loopback, every request
 * waits ~40 ms for a delayed TCP acknowledgement (measured: 48 ms vs 5 ms for the same search).
 * Compression buys nothing between two processes on one machine.
 */
const REQUEST_INIT = { headers: { 'Accept-Encoding': 'identity' } };

/** Admin requests carry large document batches: a longer timeout than searches. */
export function adminClient(conn: EngineConnection): Meilisearch {
  return new Meilisearch({ host: conn.url, apiKey: conn.masterKey, timeout: Math.max(conn.timeoutMs, 120_000), requestInit: REQUEST_INIT });
}

/**
 * The API key the server searches with: actions search + documents.get + stats.get on our
 * indexes only. Created once (fixed uid per prefix) with the master key, which stays here.
 */
export async function searchClient(conn: EngineConnection): Promise<Meilisearch> {
  const admin = adminClient(conn);
  const uid = apiKeyUid(conn.prefix);
  let key: string;
  try {
    key = (await admin.getKey(uid)).key;
  } catch (err) {
    if (!(err instanceof MeilisearchApiError) || err.cause?.code !== 'api_key_not_found') throw classify(err);
    key = (await admin.createKey({
      uid, name: `${conn.prefix}-api`, description: 'Lexatlas API: search and read', actions: ['search', 'documents.get', 'stats.get', 'indexes.get'],
      indexes: [`${conn.prefix}-*`], expiresAt: null,
    })).key;
  }
  return new Meilisearch({ host: conn.url, apiKey: key, timeout: conn.timeoutMs, requestInit: REQUEST_INIT });
}

function apiKeyUid(prefix: string): string {
  // A stable UUID derived from the prefix so restarts reuse the same key.
  let h = 0x811c9dc5;
  const bytes: number[] = [];
  for (let i = 0; i < 16; i++) {
    for (const c of `${prefix}:${i}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    bytes.push(h & 0xff);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function isIndexMissing(err: unknown): boolean {
  return err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found';
}

export function isNotFound(err: unknown): boolean {
  return err instanceof MeilisearchApiError && (err.cause?.code === 'document_not_found' || err.response.status === 404);
}

/** Map an engine failure to the error the API answers with. Never leaks the engine's message. */
export function classify(err: unknown): Error {
  if (err instanceof MeilisearchRequestTimeOutError || err instanceof MeilisearchRequestError) return new EngineUnavailableError();
  if (isIndexMissing(err)) return new IndexNotReadyError();
  if (err instanceof MeilisearchApiError && err.response.status >= 500) return new EngineUnavailableError();
  if (err instanceof TypeError && /fetch failed/i.test(err.message)) return new EngineUnavailableError();
  return err instanceof Error ? err : new Error(String(err));
}

/** Run an engine call, turning its failures into API errors. */
export async function engineCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw classify(err);
  }
}

/**
 * One deadline for a whole request that makes several engine calls one after another (each has
 * its own timeout, so a stalled engine could otherwise hold a search for several timeouts):
 * past `ms` (routes give twice the engine timeout: one slow call may use a whole timeout, the
 * request as a whole not much more), the request is answered 503 and the late results are dropped.
 */
export async function withDeadline<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EngineUnavailableError()), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
    // The losing promise may still reject later: nobody waits for it any more.
    work.catch(() => undefined);
  }
}

/**
 * A multi-search sent as two concurrent requests when it has several queries: the engine answers
 * the queries of one request one after another, on one core, so two halves use two cores and
 * about halve a heavy search's wait on an idle machine (under load the work is the same).
 * Results come back in the order of the queries.
 */
export async function splitMultiSearch(client: Meilisearch, queries: MultiSearchQuery[]): Promise<MultiSearchResult<Record<string, unknown>>[]> {
  if (queries.length < 4) return (await engineCall(() => client.multiSearch({ queries }))).results;
  const half = Math.ceil(queries.length / 2);
  const parts = await Promise.all([queries.slice(0, half), queries.slice(half)].map((q) => engineCall(() => client.multiSearch({ queries: q }))));
  return parts.flatMap((p) => p.results);
}
