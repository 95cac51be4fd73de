/**
 * No leaks: with fictitious directory entries in the database, walk every public route of the
 * real application (over the shared, ingested engine) as an anonymous visitor and as a signed-in
 * account with no role, and prove that no entry's name, address, e-mail, phone or notes appears
 * in any body, and that no body changes at all when the entries are added (so no count leaks).
 * Routes not built yet answer 404; the test passes then and grows stronger as they land.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express, { type Express } from 'express';
import request, { type Response } from 'supertest';
import { testApp, sharedEngine } from '../helpers/app.js';
import { rawManifest } from '../helpers/corpus.js';
import { adminClient } from '../../server/engine/client.js';
import { mountAccounts, openDatabase, type Accounts, type Db } from '../../server/auth/index.js';
import { problemHandler } from '../../server/middleware/problem.js';
import { hashPassword } from '../../server/auth/password.js';
import { PROJECT_ROOT } from '../../server/config.js';
import { UN_LANGUAGES } from '../../corpus/vocab/labels.js';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PW = 'violet harbour kettle drum';
/** A made-up word in every fixture: what a leak would carry, and what the probes search for. */
const TOKEN = 'Quillorn';

/** Clearly fictitious authorities, with real ISO codes for their countries. */
const FIXTURES = [
  { country: 'FRA', type: 'mla-central-authority', name: `Autorité centrale fictive ${TOKEN} de Testlande`, nameLanguage: 'fr', otherNames: [{ language: 'en', name: `Fictitious ${TOKEN} Central Authority of Testland` }], postalAddress: `13 rue ${TOKEN}-Imaginaire, 75999 Villefictive`, phone: '+33 1 98 76 54 01', email: `entraide.${TOKEN.toLowerCase()}@testlande.example`, languages: ['fr', 'en'], channels: ['direct'], notes: `Urgent requests to the ${TOKEN} night desk.` },
  { country: 'DEU', type: 'extradition', name: `Fiktives ${TOKEN}-Bundesamt für Auslieferung`, nameLanguage: 'de', otherNames: [], postalAddress: `${TOKEN}straße 7, 99999 Nirgendwo`, phone: '+49 30 9876 5402', email: `auslieferung.${TOKEN.toLowerCase()}@testland.example`, languages: ['de'], channels: ['diplomatic'], notes: null },
  { country: 'NZL', type: 'tip-contact-point', name: `Fictitious ${TOKEN} Anti-Trafficking Contact Point`, nameLanguage: 'en', otherNames: [], postalAddress: `PO Box 0000, ${TOKEN} Imaginary City`, phone: '+64 4 987 6503', email: null, languages: ['en'], channels: ['interpol'], notes: null },
  { country: 'CHN', type: 'transfer-of-sentenced-persons', name: `虚构的${TOKEN}被判刑人移管中心`, nameLanguage: 'zh', otherNames: [{ language: 'en', name: `Fictitious ${TOKEN} Transfer Centre` }], postalAddress: `虚构市${TOKEN}路1号`, phone: '+86 10 9876 5404', email: `transfer.${TOKEN.toLowerCase()}@testland.example`, languages: ['zh', 'en'], channels: ['diplomatic'], notes: null },
  { country: 'EGY', type: 'som-contact-point', name: `نقطة اتصال ${TOKEN} الوهمية لتهريب المهاجرين`, nameLanguage: 'ar', otherNames: [], postalAddress: `شارع ${TOKEN} الخيالي 5`, phone: '+20 2 9876 5405', email: `som.${TOKEN.toLowerCase()}@testland.example`, languages: ['ar', 'en'], channels: ['interpol', 'diplomatic'], notes: `Fictitious notes ${TOKEN} five.` },
  { country: 'BRA', type: 'asset-recovery', name: `Escritório fictício ${TOKEN} de recuperação de ativos`, nameLanguage: 'pt', otherNames: [], postalAddress: `Rua ${TOKEN} Imaginária 6, Brasília`, phone: '+55 61 9876 5406', email: `ativos.${TOKEN.toLowerCase()}@testland.example`, languages: ['pt', 'es'], channels: ['direct', 'other'], notes: null },
  { country: 'RUS', type: 'fp-contact-point', name: `Вымышленный ${TOKEN} контактный центр по огнестрельному оружию`, nameLanguage: 'ru', otherNames: [], postalAddress: `улица ${TOKEN}, 7, Вымышленск`, phone: '+7 495 987 6507', email: `fp.${TOKEN.toLowerCase()}@testland.example`, languages: ['ru'], channels: ['interpol'], notes: null },
].map((e) => ({ ...e, lastVerified: '2025-01-31' }));
const FIXTURE_COUNT = FIXTURES.length;

/** Every value that must never appear outside the directory (names, addresses, e-mails, phones, notes). */
const NEEDLES = FIXTURES.flatMap((e) => [e.name, ...e.otherNames.map((o) => o.name), e.postalAddress, e.email, e.phone, e.phone?.replace(/\D/g, ''), e.notes])
  .filter((s): s is string => typeof s === 'string' && s.length > 0);

const PROBES = [TOKEN, `${TOKEN} Central Authority Testland`, 'Fictitious Central Authority Testland', 'testland.example', 'Imaginary City', '9876'];

/** Every string in a body: raw text, and (for JSON) each decoded string value, with markup removed. */
function texts(res: Response): string[] {
  const raw = res.text ?? (Buffer.isBuffer(res.body) ? res.body.toString('utf8') : '');
  const out = [raw, raw.replace(/<[^>]*>/g, '')];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v, v.replace(/<[^>]*>/g, ''));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  if (/json/.test(String(res.headers['content-type']))) walk(res.body);
  return out;
}

/** The fixture values found in a response, if any. */
function leaksIn(res: Response): string[] {
  const all = texts(res);
  return NEEDLES.filter((n) => all.some((t) => t.includes(n)));
}

/** Volatile parts of a body that differ between two identical requests. */
const normalise = (s: string) => s
  .replace(/"took_ms":\s*\d+/g, '"took_ms":0')
  .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/g, '<time>');

interface Route { method: 'get' | 'post'; url: string; body?: object }

function publicRoutes(): Route[] {
  const ids = rawManifest().slice(0, 400).map((r) => r.id);
  const docs = [ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]];
  const countries = [...new Set(FIXTURES.map((f) => f.country))];
  const routes: Route[] = [
    { method: 'get', url: '/api/health' },
    { method: 'get', url: '/api/openapi.json' },
    ...UN_LANGUAGES.map((l): Route => ({ method: 'get', url: `/api/vocab?locale=${l}` })),
    { method: 'get', url: '/api/search' },
    ...PROBES.flatMap((q): Route[] => [
      { method: 'get', url: `/api/search?q=${encodeURIComponent(q)}` },
      { method: 'get', url: `/api/export?format=csv&q=${encodeURIComponent(q)}` },
      { method: 'get', url: `/api/export?format=json&q=${encodeURIComponent(q)}` },
      { method: 'get', url: `/api/feed?q=${encodeURIComponent(q)}` },
      { method: 'post', url: '/api/similar', body: { text: `${q} mutual legal assistance central authority designated to receive requests` } },
    ]),
    { method: 'get', url: '/api/search?q=central%20authority%20mutual%20legal%20assistance&article=UNTOC-18' },
    { method: 'get', url: '/api/feed' },
    ...docs.flatMap((id): Route[] => [{ method: 'get', url: `/api/documents/${id}` }, { method: 'get', url: `/api/documents/${id}/provisions/art-1` }]),
    ...['16', '17', '18'].map((n): Route => ({ method: 'get', url: `/api/treaties/UNTOC/articles/${n}` })),
    { method: 'get', url: '/api/treaties/TIP/articles/10' },
    ...['UNTOC-16', 'UNTOC-18', 'TIP-10', 'SOM-10', 'FP-13'].map((a): Route => ({ method: 'get', url: `/api/matrix?article=${a}` })),
    ...countries.flatMap((c): Route[] => [
      { method: 'get', url: `/api/countries/${c}` },
      { method: 'get', url: `/api/search?country=${c}` },
      { method: 'get', url: `/en/countries/${c}` },
    ]),
    ...['/', '/en/', '/fr/', '/ar/', '/zh/', `/en/search?q=${TOKEN}`, '/en/cna', '/en/directory', '/index.html', '/robots.txt', '/favicon.ico'].map((url): Route => ({ method: 'get', url })),
  ];
  // Every built front-end file, at the URL the site serves it from.
  const dist = path.join(PROJECT_ROOT, 'web/dist');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (files.length < 300) files.push(path.relative(dist, p).split(path.sep).join('/'));
    }
  };
  try {
    walk(dist);
  } catch {
    /* not built: the shell routes above still run */
  }
  return [...routes, ...files.map((f): Route => ({ method: 'get', url: `/${f}` }))];
}

interface World { app: Express; acc: Accounts; db: Db; dir: string }
let w: World;
let routes: Route[];

/** The real application with the accounts routers in front of it, as server/app.ts mounts them. */
async function build(): Promise<World> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-leak-'));
  const db = openDatabase(path.join(dir, 'lexatlas.sqlite'));
  const { app: inner } = await testApp();
  const app = express();
  const acc = mountAccounts(app, { db, passwordParams: FAST });
  app.use(inner);
  app.use(problemHandler);
  return { app, acc, db, dir };
}

async function seed(email: string, role: 'admin' | 'official' | null) {
  const u = w.acc.users.create({ email, name: email, institution: 'Ministry', country: 'FRA', reason: 'tests', passwordHash: await hashPassword(PW, FAST), status: role ? 'approved' : 'pending', role });
  if (!u) throw new Error('seed');
}

async function signIn(email: string): Promise<{ cookie: string; csrf: string }> {
  const csrf = await request(w.app).get('/api/auth/csrf');
  const anon = (csrf.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
  const res = await request(w.app).post('/api/auth/login').set('Cookie', anon).set('X-CSRF-Token', csrf.body.csrfToken).send({ email, password: PW });
  expect(res.status).toBe(200);
  const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('lexatlas_sid='))?.split(';')[0] ?? '';
  return { cookie, csrf: res.body.csrfToken as string };
}

function call(route: Route, cookie?: string) {
  // A fixed Host: absolute URLs (feed ids, links) must not vary with supertest's ephemeral port.
  let r = request(w.app)[route.method](route.url).buffer(true).set('Host', 'lexatlas.test');
  if (cookie) r = r.set('Cookie', cookie);
  return route.body ? r.send(route.body) : r;
}

/** status and normalised body of every route, for one caller. */
async function walkAll(cookie?: string): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  for (const route of routes) {
    const res = await call(route, cookie);
    const leaks = leaksIn(res);
    expect({ route: `${route.method.toUpperCase()} ${route.url}`, leaks }).toEqual({ route: `${route.method.toUpperCase()} ${route.url}`, leaks: [] });
    seen.set(`${route.method} ${route.url}`, `${res.status} ${normalise(texts(res)[0])}`);
  }
  return seen;
}

let before: Map<string, string>;
let plain: { cookie: string; csrf: string };

beforeAll(async () => {
  w = await build();
  routes = publicRoutes();
  await seed('admin@test.example', 'admin');
  await seed('plain@test.example', null);
  plain = await signIn('plain@test.example');
  // The public site before any directory entry exists: the baseline every later walk must equal.
  before = await walkAll();
  const admin = await signIn('admin@test.example');
  for (const f of FIXTURES) {
    const res = await request(w.app).post('/api/cna/entries').set('Cookie', admin.cookie).set('X-CSRF-Token', admin.csrf).send(f);
    expect(res.status).toBe(201);
  }
}, 300000);

afterAll(() => {
  w.db.close();
  rmSync(w.dir, { recursive: true, force: true });
});

describe('the leak detector', () => {
  it('would catch a fixture value in plain text, in markup-highlighted snippets and in escaped JSON', async () => {
    const leaky = express();
    leaky.get('/a', (_req, res) => void res.type('text/plain').send(`see ${FIXTURES[0].postalAddress}`));
    leaky.get('/b', (_req, res) => void res.json({ snippet: FIXTURES[1].name.replace(TOKEN, `<em>${TOKEN}</em>`) }));
    leaky.get('/c', (_req, res) => void res.type('application/json').send(JSON.stringify({ t: FIXTURES[3].name }).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)));
    expect(leaksIn(await request(leaky).get('/a'))).toEqual([FIXTURES[0].postalAddress]);
    expect(leaksIn(await request(leaky).get('/b'))).toEqual([FIXTURES[1].name]);
    expect(leaksIn(await request(leaky).get('/c'))).toEqual([FIXTURES[3].name]);
  });
});

describe('no CNA data on any public route', () => {
  it('has the fixtures in the directory, where an official finds them', async () => {
    await seed('official@test.example', 'official');
    const official = await signIn('official@test.example');
    const res = await request(w.app).get(`/api/cna/search?q=${TOKEN}&per_page=100`).set('Cookie', official.cookie);
    expect(res.body.total).toBe(FIXTURE_COUNT);
    // Every needle is findable where it belongs (phones appear formatted, not as bare digits).
    expect(leaksIn(res)).toEqual(NEEDLES.filter((n) => !/^\d+$/.test(n)));
    expect(routes.length).toBeGreaterThan(60);
  });

  it('never shows a fixture to an anonymous visitor, and every body is exactly what it was before the entries existed', async () => {
    const after = await walkAll();
    for (const [key, value] of before) expect([key, after.get(key)]).toEqual([key, value]);
  });

  it('never shows a fixture to a signed-in account with no role, and shows it the same public bodies', async () => {
    const after = await walkAll(plain.cookie);
    for (const [key, value] of before) expect([key, after.get(key)]).toEqual([key, value]);
  });

  it('answers the directory routes with 401/403 and no data to both', async () => {
    const id = (w.db.prepare('SELECT id FROM cna_entries LIMIT 1').pluck().get()) as string;
    for (const [cookie, status] of [[undefined, 401], [plain.cookie, 403]] as const) {
      for (const url of ['/api/cna/entries', `/api/cna/entries/${id}`, `/api/cna/search?q=${TOKEN}`, '/api/cna/entries?country=FRA']) {
        const res = await call({ method: 'get', url }, cookie);
        expect([url, res.status, leaksIn(res)]).toEqual([url, status, []]);
      }
    }
    const me = await call({ method: 'get', url: '/api/auth/me' }, plain.cookie);
    expect(me.body).toEqual({ id: expect.any(String), email: 'plain@test.example', name: 'plain@test.example', institution: 'Ministry', country: 'FRA', status: 'pending', role: null, countries: [] });
  });

  it('keeps the directory out of the search engine: no index holds the fixture word', async () => {
    const admin = adminClient(sharedEngine());
    const { results } = await admin.getIndexes({ limit: 1000 });
    expect(results.length).toBeGreaterThan(0);
    for (const index of results) {
      // A quoted phrase: exact word, no typo tolerance.
      const res = await admin.index(index.uid).search(`"${TOKEN}"`, { limit: 1 });
      expect([index.uid, res.hits.length]).toEqual([index.uid, 0]);
    }
  });
});
