import { Router } from 'express';
import type { AppDeps } from '../app.js';
import { parseSearchQuery } from '../search/params.js';
import { search } from '../search/service.js';

export function searchRouter(deps: AppDeps): Router {
  const r = Router();
  r.get('/search', async (req, res) => {
    const p = parseSearchQuery(req.query);
    const body = await search(deps.search, deps.indexes, p, p.locale);
    res.setHeader('Cache-Control', 'no-store');
    res.json(body);
  });
  return r;
}
