/**
 * A cache of whole search responses (serialised JSON), for a workload that repeats itself: the
 * same searches from the home page, from links, from feeds. A cached answer is only used while
 * the index is the one it was computed on: the records index's `updatedAt`, which changes on every
 * document update and on every swap of a rebuilt index, is the cache's generation. It is asked of
 * the engine at most once per `checkEveryMs` (so an index swap is seen within that time) and a
 * new generation empties the cache. `entries: 0` turns caching off.
 */
import type { Meilisearch } from 'meilisearch';
import { engineCall, type IndexNames } from '../engine/client.js';

export interface SearchCacheOptions {
  entries: number;
  checkEveryMs?: number;
}

export class SearchCache {
  private readonly map = new Map<string, string>();
  private generation: string | null = null;
  private checkedAt = 0;
  private pending: Promise<string> | null = null;
  hits = 0;
  misses = 0;

  constructor(private readonly client: Meilisearch, private readonly idx: IndexNames, private readonly opts: SearchCacheOptions) {}

  get enabled(): boolean {
    return this.opts.entries > 0;
  }

  /** The current index generation; one engine request per interval, shared by concurrent callers. */
  private async currentGeneration(): Promise<string> {
    if (this.generation !== null && performance.now() - this.checkedAt < (this.opts.checkEveryMs ?? 1000)) return this.generation;
    this.pending ??= engineCall(() => this.client.getRawIndex(this.idx.records))
      .then((info) => {
        const gen = `${info.updatedAt}`;
        if (gen !== this.generation) this.map.clear();
        this.generation = gen;
        this.checkedAt = performance.now();
        return gen;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /** The cached body for `key` on the current index, or the one `compute` builds (and then keeps). */
  async get(key: string, compute: () => Promise<unknown>): Promise<{ body: string; hit: boolean }> {
    if (!this.enabled) return { body: JSON.stringify(await compute()), hit: false };
    const gen = await this.currentGeneration();
    const cached = this.map.get(key);
    if (cached !== undefined) {
      // Refresh its place in the LRU order.
      this.map.delete(key);
      this.map.set(key, cached);
      this.hits++;
      return { body: cached, hit: true };
    }
    this.misses++;
    const body = JSON.stringify(await compute());
    // Keep it only if the index did not change while it was computed.
    if (gen === this.generation) {
      this.map.set(key, body);
      if (this.map.size > this.opts.entries) this.map.delete(this.map.keys().next().value as string);
    }
    return { body, hit: false };
  }

  get size(): number {
    return this.map.size;
  }
}

/** A cache key that does not depend on the order of the parameters. */
export function cacheKey(params: object): string {
  const entries = Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}
