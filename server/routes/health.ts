import { Router } from 'express';
import type { AppDeps } from '../app.js';
import { withDeadline } from '../engine/client.js';

/** Liveness and readiness: engine reachable, index present, document count. 503 when not ready. */
export function healthRouter(deps: AppDeps): Router {
  const r = Router();
  r.get('/health', async (_req, res) => {
    const body = { live: true, ready: false, engine: { reachable: false }, index: { present: false, documents: 0, records: 0 } };
    try {
      // One deadline for both steps: the check answers within the engine timeout even when the engine stalls.
      await withDeadline(2 * deps.config.ENGINE_TIMEOUT_MS, (async () => {
        await deps.search.health();
        body.engine.reachable = true;
        const [docs, records] = await Promise.all([
          deps.search.index(deps.indexes.documents).getStats(),
          deps.search.index(deps.indexes.records).getStats(),
        ]);
        body.index = { present: true, documents: docs.numberOfDocuments, records: records.numberOfDocuments };
        body.ready = docs.numberOfDocuments > 0;
      })());
    } catch {
      /* reported as not ready below */
    }
    // Not ready: say when to ask again, like every other 503 of the API.
    if (!body.ready) res.setHeader('Retry-After', '5');
    res.status(body.ready ? 200 : 503).json(body);
  });
  return r;
}
