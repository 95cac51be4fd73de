/**
 * The accounts and restricted-directory flow in real Chromium (issue 6): a person requests an
 * account → the admin signs in and approves it as an official → the official signs in, filters and
 * searches the directory, opens an entry → signs out → the directory is refused. The database is a
 * fresh SQLite file; the first admin is made the way `npm run admin:create` makes it, and the
 * directory entries are fixtures created here (fictitious authorities and addresses).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureBuilt, launch, ready, watch } from './harness.js';
import { testApp } from '../helpers/app.js';
import { openDatabase, type Db } from '../../server/auth/index.js';
import { runAdminCreate } from '../../server/auth/admin-create.js';
import { UserStore } from '../../server/auth/users.js';
import { CnaStore } from '../../server/cna/store.js';
import type { CnaEntryInput } from '../../server/cna/schema.js';

const ADMIN = { email: 'admin@example.org', password: 'Quiet-lantern-harbour-47' };
const OFFICIAL = { email: 'official.tester@example.org', password: 'Amber-kettle-orchard-93', name: 'Test Official Ximena' };

const FIXTURES: CnaEntryInput[] = [
  {
    country: 'FRA', type: 'mla-central-authority', name: 'Autorité fictive d’entraide (essai)', nameLanguage: 'fr', otherNames: [],
    postalAddress: '1 rue Imaginaire\n00000 Nullepart', phone: '+33 0 00 00 00 00', email: 'entraide@example.org',
    languages: ['fr', 'en'], channels: ['diplomatic', 'direct'], notes: 'Fictitious test entry.', lastVerified: '2026-01-15',
  },
  {
    country: 'KEN', type: 'extradition', name: 'Fictitious Extradition Desk (test)', nameLanguage: 'en', otherNames: [],
    postalAddress: 'P.O. Box 0000, Placeholder Avenue, Nowhere', phone: null, email: null,
    languages: ['en', 'sw'], channels: ['interpol'], notes: null, lastVerified: '2025-11-02',
  },
  {
    country: 'JPN', type: 'tip-contact-point', name: 'Fictitious Trafficking Contact Point (test)', nameLanguage: 'en', otherNames: [],
    postalAddress: '0-0 Example-cho, Nowhere', phone: null, email: 'tip@example.org',
    languages: ['ja', 'en'], channels: ['diplomatic'], notes: null, lastVerified: '2025-09-30',
  },
];

let dir: string;
let db: Db;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-cna-flow-'));
  const file = path.join(dir, 'accounts.sqlite');
  const out = new PassThrough();
  const code = await runAdminCreate({ argv: ['--email', ADMIN.email, '--name', 'Test Admin', '--db', file], password: ADMIN.password, defaultDb: file, input: Readable.from([]), output: out });
  expect(code).toBe(0);
  db = openDatabase(file);
  const admin = new UserStore(db, Date.now).credentials(ADMIN.email)?.user;
  if (!admin) throw new Error('admin not created');
  const store = new CnaStore(db, Date.now);
  for (const e of FIXTURES) store.create(e, admin.id);
  const { app } = await testApp({ db });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
}, 180000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => {
    if (!server) return r();
    server.close(() => r());
    server.closeAllConnections();
  });
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(page: Page, p: string): Promise<void> {
  await page.goto(`${origin}${p}`);
  await ready(page);
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await open(page, '/en/account/sign-in');
  await page.getByLabel('E-mail address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${origin}/en/cna`);
  await page.waitForSelector('.cna-list, .form-alert:not([hidden])');
}

/** Names in the directory list, in order. */
const listed = (page: Page) => page.locator('.cna-list .cna-item a').allTextContents();

/** Refusals the flow provokes on purpose (the too-short password, the 401 after sign-out) show up as failed loads. */
const unexpected = (problems: string[]) => problems.filter((p) => !/status of (400|401)/.test(p));

describe('request → approval → directory → sign-out, in Chromium', () => {
  let adminCtx: BrowserContext;
  let userCtx: BrowserContext;

  beforeAll(async () => {
    adminCtx = await browser.newContext();
    userCtx = await browser.newContext();
  });
  afterAll(async () => {
    await adminCtx?.close();
    await userCtx?.close();
  });

  it('a person requests an account (a too-short password is refused with the field named)', async () => {
    const page = await userCtx.newPage();
    const { problems } = watch(page);
    await open(page, '/en/account/register');
    expect(await page.locator('[data-account-link="sign-in"]').textContent()).toBe('Sign in');
    await page.getByLabel('Full name').fill(OFFICIAL.name);
    await page.getByLabel('Institution').fill('Fictitious Ministry of Testing');
    await page.getByLabel('Country').selectOption('KEN');
    await page.getByLabel('E-mail address').fill(OFFICIAL.email);
    await page.getByLabel('Why you need access').fill('I prepare extradition requests in a test scenario.');
    // Too short first: the server's policy message is shown next to the field name.
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Send the request' }).click();
    const alert = page.locator('.form-alert--error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Some fields are not valid:.*password: /);
    await page.getByLabel('Password').fill(OFFICIAL.password);
    await page.getByRole('button', { name: 'Send the request' }).click();
    await page.locator('.account-done').waitFor();
    expect(await page.locator('.account-done').textContent()).toBe('An administrator will review your request. You can sign in once it is approved.');
    expect(await page.locator('.form-alert--ok').textContent()).toBe('Request received');
    expect(unexpected(problems)).toEqual([]);
    await page.close();
  });

  it('the admin signs in, sees the pending request and approves it as an official', async () => {
    const page = await adminCtx.newPage();
    const { problems } = watch(page);
    await signIn(page, ADMIN);
    expect(await page.locator('[data-account-nav] .account-nav__who').textContent()).toBe('Test Admin');
    await page.locator('[data-account-nav]').getByRole('link', { name: 'Account requests' }).click();
    await page.waitForURL(`${origin}/en/admin/requests`);
    const item = page.locator(`li.request[data-email="${OFFICIAL.email}"]`);
    await item.waitFor();
    expect(await page.locator('li.request').count()).toBe(1);
    expect(await item.locator('.request__name').textContent()).toBe(OFFICIAL.name);
    expect(await item.locator('.request__meta').textContent()).toContain('Fictitious Ministry of Testing · Kenya · official.tester@example.org');
    expect(await item.locator('.request__status').textContent()).toBe('Pending');
    // The editor's countries are asked for only when the role is cna-editor.
    expect(await item.getByLabel('Countries the editor may edit').isHidden()).toBe(true);
    await item.getByLabel('Role').selectOption('official');
    await item.getByRole('button', { name: 'Approve' }).click();
    await item.locator('.form-alert--ok').waitFor();
    expect(await item.locator('.form-alert--ok').textContent()).toBe(`${OFFICIAL.name}: approved.`);
    expect(await item.locator('.request__status').textContent()).toBe('Approved');
    expect(new UserStore(db, Date.now).credentials(OFFICIAL.email)?.user).toMatchObject({ status: 'approved', role: 'official', countries: [] });
    expect(unexpected(problems)).toEqual([]);
    await page.close();
  });

  it('the official signs in, filters and searches the directory, reads an entry, signs out, and is refused', async () => {
    const page = await userCtx.newPage();
    const { problems } = watch(page);
    await signIn(page, OFFICIAL);
    expect(await page.locator('.cna-status').textContent()).toBe('Entries: 3');
    expect((await listed(page)).sort()).toEqual(FIXTURES.map((e) => e.name).sort());
    // An official reads; only editors see "New entry".
    expect(await page.getByRole('link', { name: 'New entry' }).count()).toBe(0);

    await page.getByLabel('Type of authority').selectOption('extradition');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/type=extradition/);
    await page.waitForFunction(() => document.querySelector('.cna-status')?.textContent === 'Entries: 1');
    expect(await listed(page)).toEqual(['Fictitious Extradition Desk (test)']);

    await open(page, '/en/cna');
    await page.getByLabel('Search the directory').fill('imaginaire');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=imaginaire/);
    await page.waitForFunction(() => document.querySelector('.cna-status')?.textContent === 'Entries: 1');
    expect(await listed(page)).toEqual(['Autorité fictive d’entraide (essai)']);

    await page.getByRole('link', { name: 'Autorité fictive d’entraide (essai)' }).click();
    await page.waitForURL(/\/en\/cna\/entries\/[0-9a-f-]{36}$/);
    await page.locator('dl.cna-entry').waitFor();
    expect(await page.locator('h1').getAttribute('lang')).toBe('fr');
    expect(await page.locator('.cna-address').textContent()).toBe('1 rue Imaginaire\n00000 Nullepart');
    expect(await page.locator('dl.cna-entry dd').nth(1).textContent()).toBe('Central authority for mutual legal assistance');
    expect(await page.locator('dl.cna-entry dd').nth(6).textContent()).toBe('Diplomatic channels, Directly');
    expect(await page.getByRole('link', { name: 'Edit the entry' }).count()).toBe(0);
    const entryUrl = page.url();

    await page.locator('[data-account-link="sign-out"]').click();
    await page.waitForURL(`${origin}/en/account/sign-in?signed_out=1`);
    await page.locator('.form-alert--ok').waitFor();
    expect(await page.locator('.form-alert--ok').textContent()).toBe('You have signed out.');
    expect(await page.locator('[data-account-link="sign-in"]').textContent()).toBe('Sign in');

    for (const url of [`${origin}/en/cna`, entryUrl]) {
      await page.goto(url);
      await ready(page);
      await page.locator('.form-alert--error').waitFor();
      expect(await page.locator('.form-alert--error p').first().textContent()).toMatch(/^You are not signed in/);
      const body = (await page.locator('main').textContent()) ?? '';
      for (const e of FIXTURES) expect(body).not.toContain(e.name);
    }
    const api = await page.request.get(`${origin}/api/cna/entries`);
    expect(api.status()).toBe(401);
    expect(unexpected(problems)).toEqual([]);
    await page.close();
  });
});
