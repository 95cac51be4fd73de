import { Router } from 'express';
import type { AppDeps } from '../app.js';
import { parseSearchQuery } from '../search/params.js';
import { search } from '../search/service.js';
import { Timing } from '../search/timing.js';
import { SearchCache, cacheKey } from '../search/cache.js';
import { withDeadline } from '../engine/client.js';

export function searchRouter(deps: AppDeps): Router {
  const r = Router();
  const cache = new SearchCache(deps.search, deps.indexes, { entries: deps.config.SEARCH_CACHE_ENTRIES });
  r.get('/search', async (req, res) => {
    const p = parseSearchQuery(req.query);
    const timing = new Timing();
    const { body, hit } = await withDeadline(2 * deps.config.ENGINE_TIMEOUT_MS, cache.get(cacheKey(p), () => search(deps.search, deps.indexes, p, p.locale, timing)));
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Server-Timing', hit ? 'cache;desc="hit"' : timing.header());
    if (cache.enabled) res.setHeader('X-Cache', hit ? 'hit' : 'miss');
    res.type('application/json').send(body);
  });
  return r;
}
