/**
 * Browser tests: the real app (over the shared engine with the real corpus) listening on a free
 * port, the built front end, Debian's Chromium driven by playwright-core, axe-core injected.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { chromium, type Browser, type Page } from 'playwright-core';
import { testApp } from '../helpers/app.js';
import { siteRouter } from '../../server/routes/site.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');
export const DIST = path.join(ROOT, 'web/dist');

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const manifest = path.join(DIST, 'manifest.json');
  const sources = Math.max(newestMtime(path.join(ROOT, 'web/src')), newestMtime(path.join(ROOT, 'locales')),
    statSync(path.join(ROOT, 'web/build.ts')).mtimeMs, statSync(path.join(ROOT, 'web/locale-bundle.ts')).mtimeMs);
  return existsSync(manifest) && statSync(manifest).mtimeMs >= sources;
}

/**
 * `npm test` builds first; when a browser suite runs alone (or sources changed since), build here.
 * Test files run in parallel workers: a lock file makes one build while the others wait.
 */
export function ensureBuilt(): void {
  const lock = path.join(os.tmpdir(), `lexatlas-web-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}.lock`);
  const until = Date.now() + 120000;
  for (;;) {
    if (isFresh()) return;
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch {
      if (Date.now() > until) throw new Error(`waited 2 minutes for ${lock}; delete it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
      continue;
    }
    try {
      if (!isFresh()) execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'web/build.ts')], { cwd: ROOT, stdio: 'pipe' });
    } finally {
      closeSync(fd);
      unlinkSync(lock);
    }
    return;
  }
}

export interface Site {
  origin: string;
  close(): Promise<void>;
}

function listen(app: express.Express): Promise<Server> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export async function startSite(): Promise<Site> {
  ensureBuilt();
  const { app } = await testApp();
  let server = await listen(app);
  let origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = await fetch(`${origin}/en/`);
  if (probe.status === 404) {
    // siteRouter is not mounted in createApp yet: mount it in front, with the app's own CSP.
    const csp = (await fetch(`${origin}/api/health`)).headers.get('content-security-policy') ?? '';
    await new Promise<void>((r) => server.close(() => r()));
    const outer = express();
    outer.use((_req, res, next) => {
      if (csp) res.setHeader('Content-Security-Policy', csp);
      next();
    });
    outer.use(siteRouter());
    outer.use(app);
    server = await listen(outer);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  return {
    origin,
    close: () => new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    }),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** Collects what must never happen on a page: script errors and CSP violations. */
export function watch(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    const text = msg.text();
    if (/Content Security Policy|Refused to/i.test(text)) problems.push(`csp: ${text}`);
    else if (msg.type() === 'error' && !/Failed to load resource: the server responded with a status of (404|503)/.test(text)) problems.push(`console: ${text}`);
  });
  return { problems };
}

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations (WCAG 2.x A/AA rules). Evaluated through the
 * DevTools protocol, so the page's CSP (no inline scripts) does not stand in the way. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } };
    return w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })) }));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}

/** The app marks <html data-ready> once the first page has rendered. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
}
