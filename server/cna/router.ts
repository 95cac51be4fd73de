/**
 * `/api/cna`: the restricted directory of competent national authorities. Every route answers
 * 401 without a session and 403 without the role *before* looking anything up, so ids and
 * routes cannot be probed. Every read and change is written to the audit log.
 */
import express, { Router, type Request } from 'express';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors/index.js';
import { auditReq, csrfGuard, loadSession, mustCaller, requireRole, requireSession, type Accounts } from '../auth/context.js';
import { ConflictError } from '../auth/errors.js';
import { noStore } from '../auth/router.js';
import { parseInput } from '../auth/validate.js';
import type { User } from '../auth/users.js';
import { CnaEntryInput, CnaEntryUpdate, CnaListQuery, CnaSearchQuery } from './schema.js';
import { CnaStore, type CnaEntry } from './store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = 24 * 3600_000;

const mayEdit = (u: User, country: string): boolean => u.role === 'admin' || (u.role === 'cna-editor' && u.countries.includes(country));

export function cnaRouter(acc: Accounts): Router {
  const store = new CnaStore(acc.db, acc.now);
  const r = Router();
  r.use(noStore, express.json({ limit: '64kb' }), loadSession(acc), requireSession, csrfGuard);
  const readers = requireRole(acc, 'official', 'cna-editor', 'admin');
  const editors = requireRole(acc, 'cna-editor', 'admin');

  function denyCountry(req: Request, country: string, entryId?: string): never {
    auditReq(acc, req, { action: 'access.denied', outcome: 'denied', targetType: 'cna-entry', targetId: entryId, detail: { method: req.method, country } });
    throw new ForbiddenError(`Your account may not edit entries of ${country}.`);
  }

  function entryOf(req: Request): CnaEntry {
    const id = String(req.params.id);
    const entry = UUID.test(id) ? store.get(id) : undefined;
    if (!entry) throw new NotFoundError(`No directory entry ${id}`);
    return entry;
  }

  function parseEntry<T extends CnaEntryInput>(schema: typeof CnaEntryInput | typeof CnaEntryUpdate, body: unknown): T {
    const e = parseInput(schema, body, 'body') as T;
    // A date in the future cannot have been verified (a day's slack for time zones).
    if (Date.parse(e.lastVerified) > acc.now() + DAY) {
      throw new ValidationError([{ field: 'body.lastVerified', message: `Unexpected future date ${e.lastVerified}, expected the date the entry was last verified` }]);
    }
    return e;
  }

  r.get('/entries', readers, (req, res) => {
    const q = parseInput(CnaListQuery, req.query, 'query');
    const { total, entries } = store.list(q, q.per_page, (q.page - 1) * q.per_page);
    auditReq(acc, req, { action: 'cna.list', detail: { country: q.country, type: q.type, language: q.language, page: q.page, returned: entries.length } });
    res.json({ total, page: q.page, per_page: q.per_page, entries });
  });

  r.get('/search', readers, (req, res) => {
    const q = parseInput(CnaSearchQuery, req.query, 'query');
    const { total, entries } = store.list(q, q.per_page, (q.page - 1) * q.per_page);
    auditReq(acc, req, { action: 'cna.search', detail: { q: q.q, country: q.country, type: q.type, language: q.language, page: q.page, returned: entries.length } });
    res.json({ query: q.q, total, page: q.page, per_page: q.per_page, entries });
  });

  r.get('/entries/:id', readers, (req, res) => {
    const entry = entryOf(req);
    const user = mustCaller(req).user;
    auditReq(acc, req, { action: 'cna.read', targetType: 'cna-entry', targetId: entry.id, detail: { country: entry.country } });
    // The change history (who edited what) is for those who may edit the entry.
    res.json(mayEdit(user, entry.country) ? { ...entry, history: store.history(entry.id) } : entry);
  });

  r.post('/entries', editors, (req, res) => {
    const user = mustCaller(req).user;
    const input = parseEntry<CnaEntryInput>(CnaEntryInput, req.body);
    if (!mayEdit(user, input.country)) denyCountry(req, input.country);
    // The change and its audit event commit together or not at all (a crash between them would leave an unaudited change).
    const entry = acc.db.transaction(() => {
      const created = store.create(input, user.id);
      auditReq(acc, req, { action: 'cna.create', targetType: 'cna-entry', targetId: created.id, detail: { country: created.country, version: created.version } });
      return created;
    })();
    res.status(201).location(`/api/cna/entries/${entry.id}`).json(entry);
  });

  r.put('/entries/:id', editors, (req, res) => {
    const user = mustCaller(req).user;
    const before = entryOf(req);
    if (!mayEdit(user, before.country)) denyCountry(req, before.country, before.id);
    const input = parseEntry<CnaEntryInput & { version: number }>(CnaEntryUpdate, req.body);
    // Moving an entry to another country needs the right to edit that country too.
    if (!mayEdit(user, input.country)) denyCountry(req, input.country, before.id);
    const after = acc.db.transaction(() => {
      const updated = store.update(before.id, input, input.version, user.id);
      if (updated && updated !== 'conflict') {
        auditReq(acc, req, { action: 'cna.update', targetType: 'cna-entry', targetId: updated.id, detail: { country: updated.country, fromVersion: before.version, version: updated.version } });
      }
      return updated;
    })();
    if (after === 'conflict') throw new ConflictError(`Unexpected version ${input.version}, expected ${before.version}: the entry changed since you opened it; reload it and apply your changes again.`);
    if (!after) throw new NotFoundError(`No directory entry ${before.id}`);
    res.json(after);
  });

  r.delete('/entries/:id', requireRole(acc, 'admin'), (req, res) => {
    const user = mustCaller(req).user;
    const entry = entryOf(req);
    acc.db.transaction(() => {
      store.delete(entry.id, user.id);
      auditReq(acc, req, { action: 'cna.delete', targetType: 'cna-entry', targetId: entry.id, detail: { country: entry.country, version: entry.version } });
    })();
    res.status(204).end();
  });

  return r;
}
