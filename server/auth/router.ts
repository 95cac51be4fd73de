/**
 * `/api/auth`: registration requests, sign-in, sign-out, the caller's account, CSRF tokens,
 * and (under `/admin`) the approval queue and the audit log.
 */
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { TooManyRequestsError, UnauthorizedError, ValidationError } from '../errors/index.js';
import {
  auditReq, callerOf, csrfGuard, loadSession, mustCaller, requireRole, requireSession, type Accounts,
} from './context.js';
import { CSRF_COOKIE, SESSION_COOKIE, clearCookie, readCookie, setCookie } from './cookies.js';
import { hashPassword, needsRehash, passwordProblems, verifyPassword } from './password.js';
import { newToken } from './sessions.js';
import { normalizeEmail } from './users.js';
import { LoginBody, RegisterBody, meView } from './schemas.js';
import { parseInput } from './validate.js';
import { adminRouter } from './admin-router.js';

/** Nothing from these routes may be kept by a browser or proxy cache. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

const BAD_CREDENTIALS = 'The e-mail address or password is incorrect, or the account is not active.';

const dummyHashes = new WeakMap<Accounts, Promise<string>>();
/** Verified against when the e-mail is unknown, so both cases take the same time. */
function dummyHash(acc: Accounts): Promise<string> {
  let h = dummyHashes.get(acc);
  if (!h) {
    h = hashPassword(newToken(), acc.passwordParams);
    dummyHashes.set(acc, h);
  }
  return h;
}

function tooMany(seconds: number, what: string): TooManyRequestsError {
  const minutes = Math.ceil(seconds / 60);
  return new TooManyRequestsError(`Too many ${what} from this address or for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, seconds);
}

function startSession(acc: Accounts, req: Request, res: Response, userId: string): string {
  const old = readCookie(req, SESSION_COOKIE);
  if (old) acc.sessions.destroy(old);
  const s = acc.sessions.create(userId);
  setCookie(req, res, SESSION_COOKIE, s.id, { path: '/', maxAge: acc.sessions.ttlMs / 1000 });
  clearCookie(req, res, CSRF_COOKIE, '/api/auth');
  return s.csrfToken;
}

export function authRouter(acc: Accounts): Router {
  const r = Router();
  r.use(noStore, express.json({ limit: '16kb' }), loadSession(acc));
  r.use('/admin', requireSession, requireRole(acc, 'admin'), csrfGuard, adminRouter(acc));

  r.get('/csrf', (req, res) => {
    const caller = callerOf(req);
    if (caller) return void res.json({ csrfToken: caller.session.csrfToken });
    const token = readCookie(req, CSRF_COOKIE) ?? newToken();
    setCookie(req, res, CSRF_COOKIE, token, { path: '/api/auth' });
    res.json({ csrfToken: token });
  });

  r.get('/me', requireSession, (req, res) => {
    res.json(meView(mustCaller(req).user));
  });

  r.use(csrfGuard);

  r.post('/register', async (req, res) => {
    const ipKey = `register-ip:${req.ip}`;
    const wait = acc.throttle.retryAfter([ipKey]);
    if (wait > 0) throw tooMany(wait, 'registration requests');
    const body = parseInput(RegisterBody, req.body, 'body');
    const problems = passwordProblems(body.password, body.email);
    if (problems.length) throw new ValidationError(problems.map((message) => ({ field: 'body.password', message })));
    // Hash before looking the address up: a taken address must not answer faster.
    const passwordHash = await hashPassword(body.password, acc.passwordParams);
    acc.throttle.hit(ipKey, acc.limits.registerIp);
    const created = acc.users.create({ ...body, passwordHash });
    auditReq(acc, req, {
      action: 'auth.register', outcome: created ? 'ok' : 'failed', targetType: 'user', targetId: created?.id,
      detail: created ? { email: created.email } : { email: normalizeEmail(body.email), reason: 'e-mail already registered' },
    });
    // Same answer whether or not the address was already registered.
    res.status(202).json({
      status: 'pending',
      detail: 'Your request has been received. An administrator will review it; the directory opens to your account once it is approved.',
    });
  });

  r.post('/login', async (req, res) => {
    const body = parseInput(LoginBody, req.body, 'body');
    const email = normalizeEmail(body.email);
    const keys = { account: `login-account:${email}`, ip: `login-ip:${req.ip}` };
    const wait = acc.throttle.retryAfter([keys.account, keys.ip]);
    if (wait > 0) {
      acc.audit.record({ actorId: null, actorEmail: email, action: 'auth.login', outcome: 'denied', ip: req.ip, detail: { reason: 'throttled' } });
      throw tooMany(wait, 'failed sign-in attempts');
    }
    const cred = acc.users.credentials(email);
    const matches = await verifyPassword(body.password, cred?.passwordHash ?? (await dummyHash(acc)));
    if (!cred || !matches || cred.user.status === 'rejected') {
      acc.throttle.hit(keys.account, acc.limits.login);
      acc.throttle.hit(keys.ip, acc.limits.loginIp);
      acc.audit.record({ actorId: cred?.user.id ?? null, actorEmail: email, action: 'auth.login', outcome: 'failed', ip: req.ip });
      throw new UnauthorizedError(BAD_CREDENTIALS);
    }
    acc.throttle.reset(keys.account);
    if (needsRehash(cred.passwordHash, acc.passwordParams)) {
      acc.users.setPasswordHash(cred.user.id, await hashPassword(body.password, acc.passwordParams));
    }
    const csrfToken = startSession(acc, req, res, cred.user.id);
    acc.audit.record({ actorId: cred.user.id, actorEmail: cred.user.email, action: 'auth.login', outcome: 'ok', ip: req.ip });
    res.json({ user: meView(cred.user), csrfToken });
  });

  r.post('/logout', (req, res) => {
    const caller = callerOf(req);
    if (caller) {
      acc.sessions.destroy(caller.sessionId);
      auditReq(acc, req, { action: 'auth.logout' });
    }
    clearCookie(req, res, SESSION_COOKIE, '/');
    res.status(204).end();
  });

  return r;
}
