/** `/api/auth/admin`: the approval queue and the audit log. Mounted behind session, admin role and CSRF guards. */
import { Router, type Request } from 'express';
import { NotFoundError } from '../errors/index.js';
import { auditReq, mustCaller, type Accounts } from './context.js';
import { ConflictError } from './errors.js';
import { ApproveBody, AuditQuery, RejectBody, RequestsQuery, requestView } from './schemas.js';
import { parseInput } from './validate.js';
import type { User } from './users.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function target(acc: Accounts, req: Request): User {
  const id = String(req.params.id);
  const user = UUID.test(id) ? acc.users.byId(id) : undefined;
  if (!user) throw new NotFoundError(`No account request ${id}`);
  return user;
}

export function adminRouter(acc: Accounts): Router {
  const r = Router();

  r.get('/requests', (req, res) => {
    const q = parseInput(RequestsQuery, req.query, 'query');
    const { total, users } = acc.users.list(q.status, q.per_page, (q.page - 1) * q.per_page);
    auditReq(acc, req, { action: 'admin.requests.list', detail: { status: q.status, page: q.page } });
    res.json({ total, page: q.page, per_page: q.per_page, requests: users.map(requestView) });
  });

  r.post('/requests/:id/approve', (req, res) => {
    const admin = mustCaller(req).user;
    const user = target(acc, req);
    const body = parseInput(ApproveBody, req.body, 'body');
    if (user.id === admin.id && body.role !== 'admin') throw new ConflictError('Unexpected change of your own role, expected another admin to do it (the last admin must not lock everyone out).');
    const decided = acc.users.decide(user.id, { status: 'approved', role: body.role, countries: body.countries, by: admin.id });
    auditReq(acc, req, {
      action: 'admin.approve', targetType: 'user', targetId: user.id,
      detail: { email: user.email, previousStatus: user.status, previousRole: user.role, role: body.role, countries: body.countries },
    });
    res.json(requestView(decided ?? user));
  });

  r.post('/requests/:id/reject', (req, res) => {
    const admin = mustCaller(req).user;
    const user = target(acc, req);
    const body = parseInput(RejectBody, req.body ?? {}, 'body');
    if (user.id === admin.id) throw new ConflictError('Unexpected rejection of your own account, expected another admin to do it.');
    const decided = acc.users.decide(user.id, { status: 'rejected', role: null, countries: [], by: admin.id, note: body.note });
    // A rejected (or revoked) account loses its open sessions at once.
    acc.sessions.destroyAllOf(user.id);
    auditReq(acc, req, { action: 'admin.reject', targetType: 'user', targetId: user.id, detail: { email: user.email, previousStatus: user.status, previousRole: user.role } });
    res.json(requestView(decided ?? user));
  });

  r.get('/audit', (req, res) => {
    const q = parseInput(AuditQuery, req.query, 'query');
    const page = acc.audit.list({ action: q.action, actor: q.actor, targetId: q.target, limit: q.per_page, offset: (q.page - 1) * q.per_page });
    // Logged after listing, so an auditor's own read is not the first thing they see.
    auditReq(acc, req, { action: 'admin.audit.read', detail: { action: q.action, actor: q.actor, target: q.target, page: q.page } });
    res.json({ total: page.total, page: q.page, per_page: q.per_page, events: page.events });
  });

  return r;
}
