/**
 * The accounts service bundle (stores over one database) and the request-level guards:
 * who is calling (session cookie → user), 401 without a session, 403 without the role,
 * and the CSRF check on state-changing requests.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ForbiddenError, UnauthorizedError } from '../errors/index.js';
import { migrate, type Db } from './database.js';
import { SessionStore, type Session } from './sessions.js';
import { Throttle, type Limit } from './throttle.js';
import { UserStore, type Role, type User } from './users.js';
import { AuditLog, type AuditEvent } from './audit.js';
import { DEFAULT_SCRYPT, type ScryptParams } from './password.js';
import { CSRF_COOKIE, SESSION_COOKIE, readCookie } from './cookies.js';
import { CsrfError } from './errors.js';

export interface ThrottlePolicy {
  /** Failed sign-ins per e-mail address before it is locked. */
  login: Limit;
  /** Failed sign-ins per client address (across all e-mails) before it is locked. */
  loginIp: Limit;
  /** Registration requests per client address. */
  registerIp: Limit;
}

const MINUTE = 60_000;
export const DEFAULT_THROTTLE: ThrottlePolicy = {
  login: { max: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  loginIp: { max: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  registerIp: { max: 10, windowMs: 60 * MINUTE, lockMs: 60 * MINUTE },
};

export interface AccountsOptions {
  db: Db;
  logger?: Logger;
  /** Clock in ms since the epoch (tests move it to expire sessions and lock-outs). */
  now?: () => number;
  /** Absolute session lifetime (config SESSION_TTL_HOURS). Default 8. */
  sessionTtlHours?: number;
  /** Sessions unused this long end (config SESSION_IDLE_MINUTES). Default 60. */
  sessionIdleMinutes?: number;
  /** scrypt cost of new hashes; existing hashes keep their stored parameters. */
  passwordParams?: ScryptParams;
  throttle?: Partial<ThrottlePolicy>;
}

export interface Accounts {
  db: Db;
  now: () => number;
  logger?: Logger;
  users: UserStore;
  sessions: SessionStore;
  throttle: Throttle;
  audit: AuditLog;
  passwordParams: ScryptParams;
  limits: ThrottlePolicy;
}

/** Migrates the database (idempotent) and builds the stores. */
export function createAccounts(o: AccountsOptions): Accounts {
  migrate(o.db);
  const now = o.now ?? Date.now;
  return {
    db: o.db,
    now,
    logger: o.logger,
    users: new UserStore(o.db, now),
    sessions: new SessionStore(o.db, now, (o.sessionTtlHours ?? 8) * 3600_000, (o.sessionIdleMinutes ?? 60) * MINUTE),
    throttle: new Throttle(o.db, now),
    audit: new AuditLog(o.db, now),
    passwordParams: o.passwordParams ?? DEFAULT_SCRYPT,
    limits: { ...DEFAULT_THROTTLE, ...o.throttle },
  };
}

export interface Caller {
  user: User;
  sessionId: string;
  session: Session;
}

const callers = new WeakMap<Request, Caller>();

export const callerOf = (req: Request): Caller | undefined => callers.get(req);

/** The caller, for handlers behind `requireSession`. */
export function mustCaller(req: Request): Caller {
  const c = callers.get(req);
  if (!c) throw new UnauthorizedError();
  return c;
}

/** Audit an event attributed to the caller of `req` (or to nobody). */
export function auditReq(acc: Accounts, req: Request, e: Omit<AuditEvent, 'actorId' | 'actorEmail' | 'ip'>): void {
  const c = callers.get(req);
  acc.audit.record({ ...e, actorId: c?.user.id ?? null, actorEmail: c?.user.email ?? null, ip: req.ip });
}

/** Resolves the session cookie to a caller; a rejected account's sessions are ignored (and ended). */
export function loadSession(acc: Accounts): RequestHandler {
  return (req, _res, next) => {
    const sid = readCookie(req, SESSION_COOKIE);
    if (sid) {
      const session = acc.sessions.lookup(sid);
      const user = session && acc.users.byId(session.userId);
      if (session && user && user.status !== 'rejected') callers.set(req, { user, sessionId: sid, session });
      else if (session) acc.sessions.destroy(sid);
    }
    next();
  };
}

export const requireSession: RequestHandler = (req, _res, next) => {
  next(callers.has(req) ? undefined : new UnauthorizedError());
};

/** 403 unless the caller is an approved account with one of `roles`; refusals are audited. */
export function requireRole(acc: Accounts, ...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    const c = callers.get(req);
    if (!c) return next(new UnauthorizedError());
    if (c.user.status === 'approved' && c.user.role && roles.includes(c.user.role)) return next();
    auditReq(acc, req, { action: 'access.denied', outcome: 'denied', detail: { method: req.method, path: req.originalUrl.split('?')[0], role: c.user.role } });
    next(new ForbiddenError());
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

/**
 * State-changing requests carry `X-CSRF-Token`: the token bound to the session when there is
 * one, else the anonymous double-submit token (header equal to the `lexatlas_csrf` cookie).
 */
export const csrfGuard: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const header = req.get('x-csrf-token');
  const c = callers.get(req);
  const ok = c ? sameToken(header, c.session.csrfToken) : sameToken(header, readCookie(req, CSRF_COOKIE));
  next(ok ? undefined : new CsrfError());
};
