/**
 * Accounts through HTTP (supertest) over a real SQLite file: registration → approval → sign-in →
 * sign-out, CSRF, throttling, session expiry and fixation, admin routes, migrations and restart,
 * and the `admin:create` command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import express, { type Express } from 'express';
import request, { type Response } from 'supertest';
import { mountAccounts, openDatabase, migrate, type Accounts, type AccountsOptions, type Db } from '../../server/auth/index.js';
import { MigrationError } from '../../server/auth/database.js';
import { MIGRATIONS } from '../../server/auth/migrations.js';
import { notFoundHandler, problemHandler } from '../../server/middleware/problem.js';
import { hashPassword } from '../../server/auth/password.js';
import type { Role } from '../../server/auth/users.js';
import { runAdminCreate } from '../../server/auth/admin-create.js';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const T0 = Date.parse('2025-03-03T09:00:00Z');
const MIN = 60_000;
const PW = 'violet harbour kettle drum';
const dirs: string[] = [];

interface World { app: Express; acc: Accounts; db: Db; clock: { t: number }; file: string }

function world(opts: Partial<AccountsOptions> = {}, file?: string, trustProxy = false): World {
  if (!file) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-auth-'));
    dirs.push(dir);
    file = path.join(dir, 'lexatlas.sqlite');
  }
  const db = openDatabase(file);
  const clock = { t: T0 };
  const app = express();
  app.set('trust proxy', trustProxy);
  const acc = mountAccounts(app, { db, now: () => clock.t, passwordParams: FAST, ...opts });
  app.use(notFoundHandler);
  app.use(problemHandler);
  return { app, acc, db, clock, file };
}

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function seedUser(w: World, email: string, role: Role | null, countries: string[] = [], status: 'approved' | 'pending' = 'approved') {
  const user = w.acc.users.create({
    email, name: `Name of ${email}`, institution: 'Ministry of Testing', country: 'FRA', reason: 'tests',
    passwordHash: await hashPassword(PW, FAST), status, role,
  });
  if (!user) throw new Error(`duplicate ${email}`);
  if (countries.length && role) w.acc.users.decide(user.id, { status: 'approved', role, countries, by: user.id });
  return user;
}

function setCookies(res: Response): string[] {
  const raw = res.headers['set-cookie'] as unknown;
  return Array.isArray(raw) ? (raw as string[]) : [];
}

/** A browser-like client: keeps its cookies, sends the CSRF token it was given. */
class Client {
  jar = new Map<string, string>();
  csrf: string | undefined;
  constructor(readonly app: Express) {}

  async send(method: 'get' | 'post' | 'put' | 'delete', url: string, body?: object, csrf: string | null | undefined = this.csrf, headers: Record<string, string> = {}) {
    let r = request(this.app)[method](url);
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) r = r.set('Cookie', cookie);
    if (csrf) r = r.set('X-CSRF-Token', csrf);
    for (const [k, v] of Object.entries(headers)) r = r.set(k, v);
    const res = body === undefined ? await r : await r.send(body);
    for (const c of setCookies(res)) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      if (/max-age=0/i.test(c)) this.jar.delete(pair.slice(0, eq));
      else this.jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return res;
  }

  get = (url: string) => this.send('get', url);
  post = (url: string, body: object = {}, csrf?: string | null) => this.send('post', url, body, csrf === undefined ? this.csrf : csrf);

  async anonymousCsrf(): Promise<string> {
    const res = await this.get('/api/auth/csrf');
    this.csrf = res.body.csrfToken as string;
    return this.csrf;
  }

  async login(email: string, password = PW): Promise<Response> {
    await this.anonymousCsrf();
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status === 200) this.csrf = res.body.csrfToken as string;
    return res;
  }
}

async function signedIn(w: World, email: string): Promise<Client> {
  const c = new Client(w.app);
  const res = await c.login(email);
  expect(res.status).toBe(200);
  return c;
}

const registration = { email: 'Ana.Lima@MJ.testland.example', name: 'Ana Lima', institution: 'Ministry of Justice', country: 'bra', reason: 'MLA desk officer', password: 'copper lantern in the fog' };

describe('migrations', () => {
  it('creates the schema on open, records each version once, and re-opening applies nothing', () => {
    const w = world();
    const rows = w.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(migrate(w.db)).toEqual([]);
    const tables = w.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['users', 'user_countries', 'sessions', 'throttle', 'audit_log', 'cna_entries', 'cna_entry_history']));
  });

  it('applies only the missing migrations to an older database and refuses a newer one', () => {
    const w = world();
    const db = openDatabase(':memory:');
    db.exec('DROP TABLE cna_entry_history; DROP TABLE cna_entries; DELETE FROM schema_migrations WHERE version = 2');
    expect(migrate(db)).toEqual([2]);
    w.db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', 'x')").run();
    expect(() => migrate(w.db)).toThrow(MigrationError);
    expect(() => migrate(w.db)).toThrow('Unexpected schema version 99 in the database, expected at most 2; upgrade Lexatlas');
  });
});

describe('registration → approval → sign-in → sign-out', () => {
  it('works end to end through the API', async () => {
    const w = world();
    await seedUser(w, 'admin@lexatlas.example', 'admin');
    const visitor = new Client(w.app);
    await visitor.anonymousCsrf();
    expect(visitor.jar.get('lexatlas_csrf')).toBe(visitor.csrf);

    const reg = await visitor.post('/api/auth/register', registration);
    expect(reg.status).toBe(202);
    expect(reg.body.status).toBe('pending');
    // The same address again: the same answer, and still one account.
    const again = await visitor.post('/api/auth/register', { ...registration, email: 'ana.lima@mj.testland.example', name: 'Someone else' });
    expect(again.status).toBe(202);
    expect(again.body).toEqual(reg.body);
    expect(w.db.prepare('SELECT count(*) FROM users WHERE email = ?').pluck().get('ana.lima@mj.testland.example')).toBe(1);

    const admin = await signedIn(w, 'admin@lexatlas.example');
    const queue = await admin.get('/api/auth/admin/requests');
    expect(queue.status).toBe(200);
    expect(queue.body.total).toBe(1);
    const req = queue.body.requests[0];
    expect(req).toMatchObject({ email: 'ana.lima@mj.testland.example', name: 'Ana Lima', institution: 'Ministry of Justice', country: 'BRA', reason: 'MLA desk officer', status: 'pending', role: null });
    expect(req).not.toHaveProperty('password_hash');
    expect(JSON.stringify(queue.body)).not.toContain('scrypt$');

    // Pending: may sign in, sees its status, cannot open the directory.
    const ana = new Client(w.app);
    expect((await ana.login('ana.lima@mj.testland.example', 'copper lantern in the fog')).body.user).toMatchObject({ status: 'pending', role: null });
    expect((await ana.get('/api/cna/entries')).status).toBe(403);

    const approved = await admin.post(`/api/auth/admin/requests/${req.id}/approve`, { role: 'official' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', role: 'official', countries: [] });

    const me = await ana.get('/api/auth/me');
    expect(me.body).toMatchObject({ email: 'ana.lima@mj.testland.example', role: 'official', status: 'approved' });
    const list = await ana.get('/api/cna/entries');
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ total: 0, page: 1, per_page: 20, entries: [] });
    expect((await ana.get('/api/cna/search?q=central')).status).toBe(200);

    const sid = ana.jar.get('lexatlas_sid');
    const out = await ana.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(setCookies(out).some((c) => /^lexatlas_sid=;.*Max-Age=0/.test(c))).toBe(true);
    for (const url of ['/api/auth/me', '/api/cna/entries', '/api/cna/search?q=central']) {
      const res = await request(w.app).get(url).set('Cookie', `lexatlas_sid=${sid}`);
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 401, code: 'unauthorized' });
    }
  });

  it('refuses a weak password with a field error, and a malformed request with one error per field', async () => {
    const w = world();
    const c = new Client(w.app);
    await c.anonymousCsrf();
    const weak = await c.post('/api/auth/register', { ...registration, password: 'Sunshine2024!' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([{ field: 'body.password', message: expect.stringMatching(/^Unexpected common or easily guessed password/) }]);
    const bad = await c.post('/api/auth/register', { ...registration, email: 'not-an-address', country: 'XXX', reason: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.country', 'body.email', 'body.reason']);
    expect(w.db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(0);
  });
});

describe('sign-in errors reveal nothing', () => {
  it('answers an unknown e-mail, a wrong password and a rejected account identically', async () => {
    const w = world();
    await seedUser(w, 'known@test.example', 'official');
    const rejected = await seedUser(w, 'gone@test.example', 'official');
    w.acc.users.decide(rejected.id, { status: 'rejected', role: null, countries: [], by: rejected.id });
    const bodies = [];
    for (const [email, password] of [['unknown@test.example', PW], ['known@test.example', 'wrong password here'], ['gone@test.example', PW]]) {
      const res = await new Client(w.app).login(email, password);
      expect(res.status).toBe(401);
      expect(setCookies(res).some((c) => c.startsWith('lexatlas_sid='))).toBe(false);
      bodies.push(res.body);
    }
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    expect(bodies[0].detail).toBe('The e-mail address or password is incorrect, or the account is not active.');
  });
});

describe('CSRF', () => {
  it('refuses sign-in and registration without the double-submit token, or with a wrong one', async () => {
    const w = world();
    await seedUser(w, 'known@test.example', 'official');
    const c = new Client(w.app);
    const token = await c.anonymousCsrf();
    for (const csrf of [null, 'x'.repeat(43), token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')]) {
      for (const [url, body] of [['/api/auth/login', { email: 'known@test.example', password: PW }], ['/api/auth/register', registration]] as const) {
        const res = await c.post(url, body, csrf);
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ status: 403, code: 'csrf_failed' });
      }
    }
    // The header alone, without its cookie, is not enough either.
    const res = await request(w.app).post('/api/auth/login').set('X-CSRF-Token', token).send({ email: 'known@test.example', password: PW });
    expect(res.status).toBe(403);
    expect(w.db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
  });

  it('binds the token to the session: the anonymous token no longer works once signed in', async () => {
    const w = world();
    await seedUser(w, 'known@test.example', 'official');
    const c = new Client(w.app);
    const anonymous = await c.anonymousCsrf();
    c.jar.set('lexatlas_csrf', anonymous);
    const login = await c.post('/api/auth/login', { email: 'known@test.example', password: PW });
    const sessionToken = login.body.csrfToken as string;
    expect(sessionToken).not.toBe(anonymous);
    expect((await c.get('/api/auth/csrf')).body.csrfToken).toBe(sessionToken);
    expect((await c.post('/api/auth/logout', {}, anonymous)).status).toBe(403);
    expect((await c.post('/api/auth/logout', {}, null)).status).toBe(403);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await c.post('/api/auth/logout', {}, sessionToken)).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });
});

describe('throttling', () => {
  it('locks an account after 5 failures with 429 and Retry-After, even for the right password, then unlocks', async () => {
    const w = world();
    await seedUser(w, 'known@test.example', 'official');
    const c = new Client(w.app);
    for (let i = 0; i < 5; i++) expect((await c.login('known@test.example', `wrong password ${i}`)).status).toBe(401);
    const locked = await c.login('known@test.example');
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(locked.body).toMatchObject({ status: 429, code: 'too_many_requests', detail: 'Too many failed sign-in attempts from this address or for this account. Try again in 15 minutes.' });
    // An unknown address locks the same way, so the lock-out does not reveal which accounts exist.
    for (let i = 0; i < 5; i++) await c.login('nobody@test.example', `wrong password ${i}`);
    const ghost = await c.login('nobody@test.example');
    expect(ghost.status).toBe(429);
    expect(ghost.body.detail).toBe(locked.body.detail);
    w.clock.t += 10 * MIN;
    expect((await c.login('known@test.example')).headers['retry-after']).toBe('300');
    w.clock.t += 5 * MIN;
    expect((await c.login('known@test.example')).status).toBe(200);
  });

  it('locks a client address after 20 failures across accounts', async () => {
    const w = world();
    await seedUser(w, 'known@test.example', 'official');
    const c = new Client(w.app);
    for (let i = 0; i < 20; i++) expect((await c.login(`user${i}@test.example`, 'wrong password here')).status).toBe(401);
    const res = await c.login('known@test.example');
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBe(900);
    const failed = w.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'auth.login' AND outcome = 'failed'").pluck().get();
    expect(failed).toBe(20);
  });

  it('limits registration requests per address', async () => {
    const w = world({ throttle: { registerIp: { max: 2, windowMs: 60 * MIN, lockMs: 60 * MIN } } });
    const c = new Client(w.app);
    await c.anonymousCsrf();
    expect((await c.post('/api/auth/register', { ...registration, email: 'a@test.example' })).status).toBe(202);
    expect((await c.post('/api/auth/register', { ...registration, email: 'b@test.example' })).status).toBe(202);
    const res = await c.post('/api/auth/register', { ...registration, email: 'c@test.example' });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('3600');
  });
});

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Strict, Path=/ cookie, Secure only over HTTPS, and stores only its SHA-256', async () => {
    const w = world({}, undefined, true);
    await seedUser(w, 'known@test.example', 'official');
    const c = new Client(w.app);
    const res = await c.login('known@test.example');
    const cookie = setCookies(res).find((x) => x.startsWith('lexatlas_sid='));
    expect(cookie).toMatch(/^lexatlas_sid=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/);
    const sid = c.jar.get('lexatlas_sid') as string;
    expect(w.db.prepare('SELECT id_hash FROM sessions').pluck().all()).toEqual([createHash('sha256').update(sid).digest('hex')]);
    expect(JSON.stringify(w.db.prepare('SELECT * FROM sessions').all())).not.toContain(sid);
    expect(res.headers['cache-control']).toBe('no-store');

    const tls = new Client(w.app);
    await tls.send('get', '/api/auth/csrf', undefined, null, { 'X-Forwarded-Proto': 'https' });
    const secure = await tls.send('post', '/api/auth/login', { email: 'known@test.example', password: PW }, tls.jar.get('lexatlas_csrf'), { 'X-Forwarded-Proto': 'https' });
    expect(setCookies(secure).find((x) => x.startsWith('lexatlas_sid='))).toMatch(/; Secure$/);
  });

  it('ends a session after 8 hours, and after 60 idle minutes', async () => {
    const w = world();
    await seedUser(w, 'known@test.example', 'official');
    const c = await signedIn(w, 'known@test.example');
    for (let i = 0; i < 9; i++) {
      w.clock.t += 55 * MIN;
      expect((await c.get('/api/auth/me')).status).toBe(i < 8 ? 200 : 401);
    }
    const idle = await signedIn(w, 'known@test.example');
    w.clock.t += 59 * MIN;
    expect((await idle.get('/api/cna/entries')).status).toBe(200);
    w.clock.t += 60 * MIN;
    const expired = await idle.get('/api/cna/entries');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('unauthorized');
  });

  it('issues a new session id at sign-in: a cookie planted before, or an earlier session, is not valid after', async () => {
    const w = world();
    await seedUser(w, 'known@test.example', 'official');
    const c = new Client(w.app);
    const planted = 'AttackerChosenValue_0123456789abcdefghijklmno';
    c.jar.set('lexatlas_sid', planted);
    await c.login('known@test.example');
    const first = c.jar.get('lexatlas_sid') as string;
    expect(first).not.toBe(planted);
    expect((await request(w.app).get('/api/auth/me').set('Cookie', `lexatlas_sid=${planted}`)).status).toBe(401);
    // Signing in again from a live session replaces it.
    await c.login('known@test.example');
    const second = c.jar.get('lexatlas_sid') as string;
    expect(second).not.toBe(first);
    expect((await request(w.app).get('/api/auth/me').set('Cookie', `lexatlas_sid=${first}`)).status).toBe(401);
    expect((await request(w.app).get('/api/auth/me').set('Cookie', `lexatlas_sid=${second}`)).status).toBe(200);
  });

  it('upgrades a hash made with weaker parameters at sign-in', async () => {
    const w = world({ passwordParams: { N: 2 ** 11, r: 8, p: 1 } });
    await seedUser(w, 'known@test.example', 'official');
    expect(w.db.prepare('SELECT password_hash FROM users').pluck().get()).toMatch(/^scrypt\$1024\$/);
    await signedIn(w, 'known@test.example');
    expect(w.db.prepare('SELECT password_hash FROM users').pluck().get()).toMatch(/^scrypt\$2048\$/);
    await signedIn(w, 'known@test.example');
  });
});

describe('admin routes', () => {
  it('answer 401 anonymously and 403 to every non-admin role, before any lookup', async () => {
    const w = world();
    const pending = await seedUser(w, 'pending@test.example', null, [], 'pending');
    await seedUser(w, 'official@test.example', 'official');
    await seedUser(w, 'editor@test.example', 'cna-editor', ['FRA']);
    const routes: [string, string][] = [
      ['get', '/api/auth/admin/requests'], ['get', '/api/auth/admin/audit'],
      ['post', `/api/auth/admin/requests/${pending.id}/approve`], ['post', '/api/auth/admin/requests/00000000-0000-4000-8000-000000000000/approve'],
      ['post', `/api/auth/admin/requests/${pending.id}/reject`], ['get', '/api/auth/admin/no-such-route'],
    ];
    for (const [method, url] of routes) {
      const res = await request(w.app)[method as 'get'](url);
      expect([url, res.status]).toEqual([url, 401]);
    }
    for (const email of ['pending@test.example', 'official@test.example', 'editor@test.example']) {
      const c = await signedIn(w, email);
      for (const [method, url] of routes) {
        const res = await c.send(method as 'get', url, { role: 'admin' });
        expect([email, url, res.status, res.body.code]).toEqual([email, url, 403, 'forbidden']);
      }
    }
    expect(w.acc.users.byId(pending.id)?.status).toBe('pending');
    expect(w.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'access.denied' AND outcome = 'denied'").pluck().get()).toBe(18);
  });

  it('approve validates role and countries, 404s unknown ids, and protects the admin from demoting themself', async () => {
    const w = world();
    const admin = await seedUser(w, 'admin@test.example', 'admin');
    const p = await seedUser(w, 'p@test.example', null, [], 'pending');
    const c = await signedIn(w, 'admin@test.example');
    expect((await c.post('/api/auth/admin/requests/00000000-0000-4000-8000-000000000000/approve', { role: 'official' })).status).toBe(404);
    expect((await c.post('/api/auth/admin/requests/not-an-id/approve', { role: 'official' })).status).toBe(404);
    const noCountries = await c.post(`/api/auth/admin/requests/${p.id}/approve`, { role: 'cna-editor' });
    expect(noCountries.status).toBe(400);
    expect(noCountries.body.errors[0].field).toBe('body.countries');
    const badRole = await c.post(`/api/auth/admin/requests/${p.id}/approve`, { role: 'superuser' });
    expect(badRole.body.errors[0]).toMatchObject({ field: 'body.role', expected: ['official', 'cna-editor', 'admin'] });
    const ok = await c.post(`/api/auth/admin/requests/${p.id}/approve`, { role: 'cna-editor', countries: ['fra', 'DEU'] });
    expect(ok.body).toMatchObject({ status: 'approved', role: 'cna-editor', countries: ['DEU', 'FRA'], decidedBy: admin.id });
    const self = await c.post(`/api/auth/admin/requests/${admin.id}/approve`, { role: 'official' });
    expect(self.status).toBe(409);
    expect(w.acc.users.byId(admin.id)?.role).toBe('admin');
  });

  it('reject ends the account’s sessions at once', async () => {
    const w = world();
    await seedUser(w, 'admin@test.example', 'admin');
    const o = await seedUser(w, 'o@test.example', 'official');
    const official = await signedIn(w, 'o@test.example');
    const admin = await signedIn(w, 'admin@test.example');
    const res = await admin.post(`/api/auth/admin/requests/${o.id}/reject`, { note: 'left the ministry' });
    expect(res.body).toMatchObject({ status: 'rejected', role: null, decisionNote: 'left the ministry' });
    expect((await official.get('/api/cna/entries')).status).toBe(401);
    expect((await new Client(w.app).login('o@test.example')).status).toBe(401);
  });

  it('the audit log lists sign-ins, approvals and its own reads, newest first, filterable', async () => {
    const w = world();
    await seedUser(w, 'admin@test.example', 'admin');
    const p = await seedUser(w, 'p@test.example', null, [], 'pending');
    const admin = await signedIn(w, 'admin@test.example');
    await new Client(w.app).login('p@test.example', 'wrong password here');
    await admin.post(`/api/auth/admin/requests/${p.id}/approve`, { role: 'official' });
    const all = await admin.get('/api/auth/admin/audit');
    expect(all.body.events.map((e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`)).toEqual(['admin.approve:ok', 'auth.login:failed', 'auth.login:ok']);
    expect(all.body.events[0]).toMatchObject({ actorEmail: 'admin@test.example', targetType: 'user', targetId: p.id, at: new Date(T0).toISOString(), detail: { role: 'official', previousStatus: 'pending' } });
    const logins = await admin.get('/api/auth/admin/audit?action=auth.');
    expect(logins.body.total).toBe(2);
    const reads = await admin.get('/api/auth/admin/audit?action=admin.audit.read');
    expect(reads.body.total).toBe(2);
  });
});

describe('restart', () => {
  it('keeps accounts, sessions, entries and the audit log when the database is closed and reopened', async () => {
    const w = world();
    await seedUser(w, 'admin@test.example', 'admin');
    const admin = await signedIn(w, 'admin@test.example');
    const created = await admin.post('/api/cna/entries', {
      country: 'NZL', type: 'extradition', name: 'Fictitious Extradition Office of Testland', nameLanguage: 'en', postalAddress: '1 Nowhere Road',
      languages: ['en'], channels: ['diplomatic'], lastVerified: '2025-01-15',
    });
    expect(created.status).toBe(201);
    const auditCount = w.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    w.db.close();

    const again = world({}, w.file);
    expect(migrate(again.db)).toEqual([]);
    // The session cookie from before the restart still works: sessions live in the database.
    const res = await request(again.app).get(`/api/cna/entries/${created.body.id}`).set('Cookie', `lexatlas_sid=${admin.jar.get('lexatlas_sid')}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Fictitious Extradition Office of Testland', version: 1, country: 'NZL' });
    expect(again.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditCount + 1);
    expect((await new Client(again.app).login('admin@test.example')).status).toBe(200);
    again.db.close();
  });
});

describe('npm run admin:create', () => {
  const cli = (args: string[], env: Record<string, string>, input = '') => spawnSync(
    path.resolve('node_modules/.bin/tsx'), ['server/auth/admin-cli.ts', ...args],
    { input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'silent', ...env }, timeout: 30000 },
  );

  it('creates an approved admin from --email and ADMIN_PASSWORD, who can then sign in', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-cli-'));
    dirs.push(dir);
    const file = path.join(dir, 'lexatlas.sqlite');
    const out = cli(['--email', 'Root@Test.example', '--db', file], { ADMIN_PASSWORD: 'quiet meadow under snow' });
    expect(out.stdout).toBe(`Created admin root@test.example in ${file}.\n`);
    expect(out.status).toBe(0);
    const w = world({}, file);
    const me = await new Client(w.app).login('root@test.example', 'quiet meadow under snow');
    expect(me.body.user).toMatchObject({ role: 'admin', status: 'approved' });
    expect(w.db.prepare('SELECT password_hash FROM users').pluck().get()).toMatch(/^scrypt\$32768\$8\$1\$/);
    w.db.close();
  });

  it('reads e-mail and password from piped input; refuses a common password, a second account and a missing password', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-cli-'));
    dirs.push(dir);
    const defaultDb = path.join(dir, 'lexatlas.sqlite');
    const run = async (argv: string[], input: string, password?: string) => {
      let output = '';
      const out = new Writable({ write(chunk, _enc, done) { output += String(chunk); done(); } });
      const code = await runAdminCreate({ argv, password, defaultDb, input: Readable.from([input]), output: out, passwordParams: FAST });
      return { code, output };
    };
    const weak = await run([], 'root@test.example\npassword1234\n');
    expect(weak.code).toBe(1);
    expect(weak.output).toContain('Unexpected common or easily guessed password');
    const none = await run(['--email', 'root@test.example'], '');
    expect(none).toEqual({ code: 1, output: 'Password (not shown): No answer to "Password (not shown):" (the input ended); nothing was created.\n' });
    expect(existsSync(defaultDb)).toBe(false);
    const ok = await run([], 'root@test.example\nquiet meadow under snow\n');
    expect(ok).toEqual({ code: 0, output: `E-mail of the new admin: Password (not shown): \nCreated admin root@test.example in ${defaultDb}.\n` });
    const dup = await run(['--email', 'root@test.example'], '', 'another quiet meadow');
    expect(dup.code).toBe(1);
    expect(dup.output).toBe(`An account with the e-mail root@test.example already exists in ${defaultDb}; nothing was created.\n`);
    const typo = await run(['--emial', 'x@test.example'], '');
    expect(typo.code).toBe(2);
  });
});
