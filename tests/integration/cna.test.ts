/**
 * The restricted CNA directory through HTTP over a real SQLite file: roles, per-country editing,
 * history, search and filters, validation, IDOR on every route, and the audit trail.
 * All entries are fictitious fixtures created by the tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express, { type Express } from 'express';
import request, { type Response } from 'supertest';
import { mountAccounts, openDatabase, type Accounts, type Db } from '../../server/auth/index.js';
import { notFoundHandler, problemHandler } from '../../server/middleware/problem.js';
import { hashPassword } from '../../server/auth/password.js';
import type { Role } from '../../server/auth/users.js';
import { CNA_TYPES } from '../../server/cna/schema.js';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const T0 = Date.parse('2025-03-03T09:00:00Z');
const PW = 'violet harbour kettle drum';
const MISSING = '00000000-0000-4000-8000-000000000000';

type Method = 'get' | 'post' | 'put' | 'delete';

/** Keeps the session cookie and CSRF token of one signed-in user (or none). */
class Client {
  cookie = '';
  csrf = '';
  constructor(readonly app: Express) {}
  send(method: Method, url: string, body?: object): Promise<Response> {
    let r = request(this.app)[method](url);
    if (this.cookie) r = r.set('Cookie', this.cookie);
    if (this.csrf) r = r.set('X-CSRF-Token', this.csrf);
    return body === undefined ? r : r.send(body);
  }
}

interface World { app: Express; acc: Accounts; db: Db; clock: { t: number }; dir: string; as: Record<string, Client>; ids: Record<string, string> }

async function signIn(app: Express, email: string): Promise<Client> {
  const c = new Client(app);
  const csrf = await request(app).get('/api/auth/csrf');
  const anon = String(csrf.headers['set-cookie']).split(';')[0];
  const res = await request(app).post('/api/auth/login').set('Cookie', anon).set('X-CSRF-Token', csrf.body.csrfToken).send({ email, password: PW });
  expect(res.status).toBe(200);
  c.cookie = (res.headers['set-cookie'] as unknown as string[]).find((x) => x.startsWith('lexatlas_sid='))?.split(';')[0] ?? '';
  c.csrf = res.body.csrfToken;
  return c;
}

const entry = (over: Record<string, unknown> = {}) => ({
  country: 'FRA', type: 'mla-central-authority', name: 'Autorité centrale fictive de Testlande', nameLanguage: 'fr',
  otherNames: [{ language: 'en', name: 'Fictitious Central Authority of Testland' }],
  postalAddress: '13 rue Imaginaire\n75999 Villefictive', phone: '+33 1 99 99 99 01', email: 'entraide@testlande.example',
  languages: ['fr', 'en'], channels: ['direct', 'interpol'], notes: 'Accepte les demandes urgentes par courriel.', lastVerified: '2025-02-20',
  ...over,
});

let w: World;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-cna-'));
  const db = openDatabase(path.join(dir, 'lexatlas.sqlite'));
  const clock = { t: T0 };
  const app = express();
  // Long idle timeout: this suite moves the clock by hours between edits.
  const acc = mountAccounts(app, { db, now: () => clock.t, passwordParams: FAST, sessionIdleMinutes: 24 * 60 });
  app.use(notFoundHandler);
  app.use(problemHandler);
  const people: [string, Role | null, string[]][] = [
    ['admin', 'admin', []], ['official', 'official', []], ['editorFRA', 'cna-editor', ['FRA']], ['editorDEU', 'cna-editor', ['DEU', 'AUT']], ['pending', null, []],
  ];
  const ids: Record<string, string> = {};
  for (const [key, role, countries] of people) {
    const u = acc.users.create({ email: `${key.toLowerCase()}@test.example`, name: `Name ${key}`, institution: 'Ministry', country: 'FRA', reason: 'tests',
      passwordHash: await hashPassword(PW, FAST), status: role ? 'approved' : 'pending', role });
    if (!u) throw new Error('seed');
    if (countries.length) acc.users.decide(u.id, { status: 'approved', role, countries, by: u.id });
    ids[key] = u.id;
  }
  const as: Record<string, Client> = { anonymous: new Client(app) };
  for (const [key] of people) as[key] = await signIn(app, `${key.toLowerCase()}@test.example`);
  w = { app, acc, db, clock, dir, as, ids };
});

afterAll(() => {
  w.db.close();
  rmSync(w.dir, { recursive: true, force: true });
});

describe('creating entries', () => {
  it('lets an editor create an entry for their country, stamped with who and when', async () => {
    const res = await w.as.editorFRA.send('post', '/api/cna/entries', entry());
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/cna/entries/${res.body.id}`);
    expect(res.body).toEqual({
      ...entry(), id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 1,
      createdAt: '2025-03-03T09:00:00.000Z', createdBy: { id: w.ids.editorFRA, name: 'Name editorFRA' },
      updatedAt: '2025-03-03T09:00:00.000Z', updatedBy: { id: w.ids.editorFRA, name: 'Name editorFRA' },
    });
    w.ids.fra = res.body.id;
  });

  it('refuses an entry for another country to an editor (403), and any entry to an official or a pending account', async () => {
    const before = w.db.prepare('SELECT count(*) FROM cna_entries').pluck().get();
    const deu = entry({ country: 'DEU', name: 'Fiktive Zentralbehörde von Testland', nameLanguage: 'de', otherNames: [] });
    for (const who of ['editorFRA', 'official', 'pending']) {
      const res = await w.as[who].send('post', '/api/cna/entries', deu);
      expect([who, res.status, res.body.code]).toEqual([who, 403, 'forbidden']);
    }
    expect((await w.as.anonymous.send('post', '/api/cna/entries', deu)).status).toBe(401);
    expect(w.db.prepare('SELECT count(*) FROM cna_entries').pluck().get()).toBe(before);
  });

  it('lets the DEU editor and the admin create theirs', async () => {
    const deu = await w.as.editorDEU.send('post', '/api/cna/entries', entry({
      country: 'DEU', type: 'extradition', name: 'Fiktives Bundesamt für Auslieferung', nameLanguage: 'de', otherNames: [],
      postalAddress: 'Erfundene Straße 7, 99999 Nirgendwo', phone: '+49 30 9999 0002', email: 'auslieferung@testland.example',
      languages: ['de'], channels: ['diplomatic'], notes: null,
    }));
    expect(deu.status).toBe(201);
    w.ids.deu = deu.body.id;
    const nzl = await w.as.admin.send('post', '/api/cna/entries', entry({
      country: 'NZL', type: 'tip-contact-point', name: 'Fictitious Anti-Trafficking Contact Point of Testland', nameLanguage: 'en', otherNames: [{ language: 'mi', name: 'Tari Whakatūpato Pohewa' }],
      postalAddress: 'PO Box 0000, Imaginary City', phone: null, email: null, languages: ['en', 'mi'], channels: ['eurojust', 'other'], notes: 'Contact by telephone first.',
    }));
    expect(nzl.status).toBe(201);
    expect(nzl.body).toMatchObject({ phone: null, email: null, otherNames: [{ language: 'mi', name: 'Tari Whakatūpato Pohewa' }] });
    w.ids.nzl = nzl.body.id;
  });

  it('validates every field, naming it and the values expected', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ country: 'XXX' }, 'body.country'], [{ country: 'INT' }, 'body.country'], [{ type: 'embassy' }, 'body.type'],
      [{ languages: ['xx'] }, 'body.languages.0'], [{ languages: [] }, 'body.languages'], [{ nameLanguage: 'und' }, 'body.nameLanguage'],
      [{ channels: ['pigeon'] }, 'body.channels.0'], [{ email: 'nope' }, 'body.email'], [{ phone: 'call me' }, 'body.phone'],
      [{ lastVerified: '2025-13-01' }, 'body.lastVerified'], [{ lastVerified: '2025-03-10' }, 'body.lastVerified'], [{ postalAddress: ' ' }, 'body.postalAddress'],
      [{ extra: 1 }, 'body'],
    ];
    for (const [over, field] of cases) {
      const res = await w.as.admin.send('post', '/api/cna/entries', entry(over));
      expect([over, res.status, res.body.errors?.[0]?.field]).toEqual([over, 400, field]);
    }
    const type = await w.as.admin.send('post', '/api/cna/entries', entry({ type: 'embassy' }));
    expect(type.body.errors[0].expected).toEqual([...CNA_TYPES]);
  });
});

describe('reading the directory', () => {
  const names = (res: Response) => res.body.entries.map((e: { name: string }) => e.name);

  it('lists entries to officials, editors and the admin, sorted by country, type and name', async () => {
    for (const who of ['official', 'editorFRA', 'editorDEU', 'admin']) {
      const res = await w.as[who].send('get', '/api/cna/entries');
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body.total).toBe(3);
      expect(names(res)).toEqual(['Fiktives Bundesamt für Auslieferung', 'Autorité centrale fictive de Testlande', 'Fictitious Anti-Trafficking Contact Point of Testland']);
    }
  });

  it('filters by country, type and language (repeatable), and pages', async () => {
    const get = (qs: string) => w.as.official.send('get', `/api/cna/entries?${qs}`);
    expect(names(await get('country=fra'))).toEqual(['Autorité centrale fictive de Testlande']);
    expect(names(await get('country=FRA&country=NZL'))).toHaveLength(2);
    expect(names(await get('type=extradition'))).toEqual(['Fiktives Bundesamt für Auslieferung']);
    expect(names(await get('language=en'))).toEqual(['Autorité centrale fictive de Testlande', 'Fictitious Anti-Trafficking Contact Point of Testland']);
    expect(names(await get('language=mi&type=tip-contact-point'))).toEqual(['Fictitious Anti-Trafficking Contact Point of Testland']);
    expect((await get('country=USA')).body).toEqual({ total: 0, page: 1, per_page: 20, entries: [] });
    const page2 = await get('per_page=2&page=2');
    expect(page2.body).toMatchObject({ total: 3, page: 2, per_page: 2 });
    expect(names(page2)).toEqual(['Fictitious Anti-Trafficking Contact Point of Testland']);
    const bad = await get('type=embassy&per_page=500');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['query.per_page', 'query.type.0']);
  });

  it('searches names in every language, addresses, e-mails and notes, ignoring case and accents; every word must match', async () => {
    const q = async (text: string) => names(await w.as.official.send('get', `/api/cna/search?q=${encodeURIComponent(text)}`));
    expect(await q('AUTORITE centrale')).toEqual(['Autorité centrale fictive de Testlande']);
    expect(await q('fictitious central authority')).toEqual(['Autorité centrale fictive de Testlande']);
    expect(await q('whakatupato')).toEqual(['Fictitious Anti-Trafficking Contact Point of Testland']);
    expect(await q('strasse')).toEqual([]);
    expect(await q('Erfundene nirgendwo')).toEqual(['Fiktives Bundesamt für Auslieferung']);
    expect(await q('auslieferung@testland')).toEqual(['Fiktives Bundesamt für Auslieferung']);
    expect(await q('courriel urgentes')).toEqual(['Autorité centrale fictive de Testlande']);
    expect(await q('testland')).toHaveLength(3);
    expect(await q('testland interpol-free-word')).toEqual([]);
    expect(await q('100%')).toEqual([]);
    const scoped = await w.as.official.send('get', '/api/cna/search?q=testland&country=DEU');
    expect(scoped.body).toMatchObject({ query: 'testland', total: 1 });
    expect((await w.as.official.send('get', '/api/cna/search?q=')).status).toBe(400);
  });

  it('shows one entry; the history only to the admin and editors of its country', async () => {
    const official = await w.as.official.send('get', `/api/cna/entries/${w.ids.fra}`);
    expect(official.status).toBe(200);
    expect(official.body).toMatchObject({ id: w.ids.fra, name: 'Autorité centrale fictive de Testlande' });
    expect(official.body).not.toHaveProperty('history');
    expect((await w.as.editorDEU.send('get', `/api/cna/entries/${w.ids.fra}`)).body).not.toHaveProperty('history');
    expect((await w.as.editorFRA.send('get', `/api/cna/entries/${w.ids.fra}`)).body.history).toEqual([]);
    expect((await w.as.admin.send('get', `/api/cna/entries/${w.ids.fra}`)).body.history).toEqual([]);
    for (const id of [MISSING, 'not-a-uuid']) {
      const res = await w.as.official.send('get', `/api/cna/entries/${id}`);
      expect([res.status, res.body.code]).toEqual([404, 'not_found']);
    }
  });
});

describe('editing', () => {
  it('lets the FRA editor update their entry, keeping the previous version with who and when', async () => {
    w.clock.t = T0 + 3600_000;
    const res = await w.as.editorFRA.send('put', `/api/cna/entries/${w.ids.fra}`, { ...entry({ phone: '+33 1 99 99 99 09' }), version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, phone: '+33 1 99 99 99 09', updatedAt: '2025-03-03T10:00:00.000Z', createdAt: '2025-03-03T09:00:00.000Z' });
    const got = await w.as.admin.send('get', `/api/cna/entries/${w.ids.fra}`);
    expect(got.body.history).toHaveLength(1);
    expect(got.body.history[0]).toMatchObject({ action: 'update', changedAt: '2025-03-03T10:00:00.000Z', changedBy: { id: w.ids.editorFRA, name: 'Name editorFRA' } });
    expect(got.body.history[0].previous).toMatchObject({ version: 1, phone: '+33 1 99 99 99 01', name: 'Autorité centrale fictive de Testlande' });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const res = await w.as.editorFRA.send('put', `/api/cna/entries/${w.ids.fra}`, { ...entry({ phone: '+33 1 00 00 00 00' }), version: 1 });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/^Unexpected version 1, expected 2/);
    expect(w.db.prepare('SELECT phone FROM cna_entries WHERE id = ?').pluck().get(w.ids.fra)).toBe('+33 1 99 99 99 09');
  });

  it('refuses the FRA editor a DEU entry, and moving the FRA entry to DEU; refuses officials any edit', async () => {
    const deuEdit = await w.as.editorFRA.send('put', `/api/cna/entries/${w.ids.deu}`, { ...entry({ country: 'DEU' }), version: 1 });
    expect([deuEdit.status, deuEdit.body.detail]).toEqual([403, 'Your account may not edit entries of DEU.']);
    const move = await w.as.editorFRA.send('put', `/api/cna/entries/${w.ids.fra}`, { ...entry({ country: 'DEU' }), version: 2 });
    expect([move.status, move.body.detail]).toEqual([403, 'Your account may not edit entries of DEU.']);
    for (const who of ['official', 'pending']) {
      expect((await w.as[who].send('put', `/api/cna/entries/${w.ids.fra}`, { ...entry(), version: 2 })).status).toBe(403);
      expect((await w.as[who].send('delete', `/api/cna/entries/${w.ids.fra}`)).status).toBe(403);
    }
    expect((await w.as.editorFRA.send('delete', `/api/cna/entries/${w.ids.fra}`)).status).toBe(403);
    const rows = w.db.prepare('SELECT country, version FROM cna_entries WHERE id IN (?, ?) ORDER BY country').all(w.ids.deu, w.ids.fra);
    expect(rows).toEqual([{ country: 'DEU', version: 1 }, { country: 'FRA', version: 2 }]);
  });

  it('lets the admin delete; the entry disappears and the deleted version stays in history', async () => {
    w.clock.t = T0 + 2 * 3600_000;
    expect((await w.as.admin.send('delete', `/api/cna/entries/${w.ids.nzl}`)).status).toBe(204);
    expect((await w.as.admin.send('get', `/api/cna/entries/${w.ids.nzl}`)).status).toBe(404);
    expect((await w.as.admin.send('delete', `/api/cna/entries/${w.ids.nzl}`)).status).toBe(404);
    expect((await w.as.official.send('get', '/api/cna/entries')).body.total).toBe(2);
    const kept = w.db.prepare('SELECT action, version, changed_by, changed_at, previous FROM cna_entry_history WHERE entry_id = ?').get(w.ids.nzl) as { action: string; version: number; changed_by: string; changed_at: number; previous: string };
    expect(kept).toMatchObject({ action: 'delete', version: 1, changed_by: w.ids.admin, changed_at: T0 + 2 * 3600_000 });
    expect(JSON.parse(kept.previous)).toMatchObject({ name: 'Fictitious Anti-Trafficking Contact Point of Testland' });
  });
});

describe('IDOR: no caller without the right role learns anything about an id', () => {
  const routes = (id: string): [Method, string, object?][] => [
    ['get', `/api/cna/entries/${id}`], ['put', `/api/cna/entries/${id}`, { ...entry(), version: 1 }], ['delete', `/api/cna/entries/${id}`],
  ];
  const strip = (res: Response) => ({ status: res.status, body: { ...res.body, instance: undefined } });

  it('answers an existing and a missing id identically: 401 anonymous, 403 pending, 403 official for writes', async () => {
    const plan: [string, Method[], number][] = [['anonymous', ['get', 'put', 'delete'], 401], ['pending', ['get', 'put', 'delete'], 403], ['official', ['put', 'delete'], 403], ['editorFRA', ['delete'], 403]];
    for (const [who, methods, status] of plan) {
      for (const [method, url, body] of routes(w.ids.deu).filter(([m]) => methods.includes(m))) {
        const existing = strip(await w.as[who].send(method, url, body));
        const missing = strip(await w.as[who].send(method, url.replace(w.ids.deu, MISSING), body));
        expect([who, method, existing.status]).toEqual([who, method, status]);
        expect(missing).toEqual(existing);
        expect(JSON.stringify(existing.body)).not.toMatch(/Fiktive|DEU|testland/i);
      }
    }
  });

  it('answers 401 to anonymous callers on every directory route, known or not, and 403 to a pending account', async () => {
    for (const [method, url] of [['get', '/api/cna/entries'], ['get', '/api/cna/search?q=testland'], ['post', '/api/cna/entries'], ['get', '/api/cna/anything'], ['get', '/api/cna/']] as [Method, string][]) {
      const res = await w.as.anonymous.send(method, url, method === 'post' ? entry() : undefined);
      expect([url, res.status, res.headers['content-type']]).toEqual([url, 401, expect.stringMatching(/^application\/problem\+json/)]);
    }
    for (const url of ['/api/cna/entries', '/api/cna/search?q=testland']) {
      const res = await w.as.pending.send('get', url);
      expect([url, res.status, JSON.stringify(res.body).includes('Testland')]).toEqual([url, 403, false]);
    }
  });

  it('ignores a session cookie from a signed-out user and a forged one', async () => {
    const c = await signIn(w.app, 'official@test.example');
    expect((await c.send('post', '/api/auth/logout')).status).toBe(204);
    for (const cookie of [c.cookie, 'lexatlas_sid=forgedforgedforgedforgedforgedforgedforged123']) {
      const res = await request(w.app).get(`/api/cna/entries/${w.ids.fra}`).set('Cookie', cookie);
      expect(res.status).toBe(401);
    }
  });

  it('requires the session CSRF token for directory changes', async () => {
    const res = await request(w.app).put(`/api/cna/entries/${w.ids.fra}`).set('Cookie', w.as.editorFRA.cookie).send({ ...entry(), version: 2 });
    expect([res.status, res.body.code]).toEqual([403, 'csrf_failed']);
    const wrong = await request(w.app).delete(`/api/cna/entries/${w.ids.fra}`).set('Cookie', w.as.admin.cookie).set('X-CSRF-Token', w.as.editorFRA.csrf);
    expect([wrong.status, wrong.body.code]).toEqual([403, 'csrf_failed']);
    expect(w.db.prepare('SELECT deleted_at FROM cna_entries WHERE id = ?').pluck().get(w.ids.fra)).toBeNull();
  });
});

describe('audit log', () => {
  it('records every read and change of the directory, and every refusal, with actor and target', async () => {
    const res = await w.as.admin.send('get', '/api/auth/admin/audit?action=cna.&per_page=100');
    const events = res.body.events as { action: string; actorEmail: string; targetId: string | null; detail: Record<string, unknown> }[];
    const count = (action: string, who?: string) => events.filter((e) => e.action === action && (!who || e.actorEmail === who)).length;
    expect(count('cna.create')).toBe(3);
    expect(count('cna.update', 'editorfra@test.example')).toBe(1);
    expect(count('cna.delete', 'admin@test.example')).toBe(1);
    expect(count('cna.list', 'official@test.example')).toBe(9);
    expect(count('cna.search')).toBe(11);
    expect(events.find((e) => e.action === 'cna.search' && e.detail.q === 'whakatupato')).toMatchObject({ actorEmail: 'official@test.example', detail: { returned: 1 } });
    expect(events.find((e) => e.action === 'cna.delete')).toMatchObject({ targetId: w.ids.nzl, detail: { country: 'NZL', version: 1 } });
    const reads = events.filter((e) => e.action === 'cna.read' && e.targetId === w.ids.fra).map((e) => e.actorEmail);
    expect(reads).toEqual(expect.arrayContaining(['official@test.example', 'editorfra@test.example', 'editordeu@test.example', 'admin@test.example']));
    const denied = await w.as.admin.send('get', '/api/auth/admin/audit?action=access.denied&per_page=100');
    const byEditor = denied.body.events.filter((e: { actorEmail: string }) => e.actorEmail === 'editorfra@test.example');
    expect(byEditor.map((e: { detail: { country?: string; method: string } }) => `${e.detail.method} ${e.detail.country ?? ''}`.trim()).sort())
      .toEqual(['DELETE', 'DELETE', 'DELETE', 'POST DEU', 'PUT DEU', 'PUT DEU']);
  });
});
