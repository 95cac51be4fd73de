/**
 * Security headers on every kind of response the app gives: API JSON, problem+json errors (400,
 * 404, body-parser 400/413), Atom, CSV, the HTML pages (200 and 404), static assets, redirects,
 * and the account routes. The page shell must also hold no inline script or event handler, since
 * the CSP (rightly) would block them.
 */
import request from 'supertest';
import type { Express } from 'express';
import type { Response } from 'supertest';
import { testApp } from '../helpers/app.js';
import { openDatabase, migrate, type Db } from '../../server/auth/index.js';

let app: Express;
let db: Db;
beforeAll(async () => {
  db = openDatabase(':memory:');
  migrate(db);
  ({ app } = await testApp({ db }));
});
afterAll(() => db.close());

/** The CSP as a map directive → sources. */
function csp(res: Response): Map<string, string[]> {
  const header = res.headers['content-security-policy'];
  expect(typeof header).toBe('string');
  return new Map(String(header).split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name.toLowerCase(), values];
  }));
}

function expectSecurityHeaders(res: Response, what: string): void {
  const h = res.headers;
  const policy = csp(res);
  // Scripts: only from our origin; no inline, no eval, no wildcard, no data: scripts.
  const scripts = policy.get('script-src') ?? policy.get('default-src');
  expect({ what, scripts }).toEqual({ what, scripts: ["'self'"] });
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src-attr')).toEqual(["'none'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  for (const [name, values] of policy) {
    if (name === 'font-src') continue; // checked on its own below
    expect({ what, name, unsafe: values.filter((v) => /unsafe-(inline|eval|hashes)|^\*$|^https?:$/.test(v)) }).toEqual({ what, name, unsafe: [] });
  }
  expect({ what, nosniff: h['x-content-type-options'] }).toEqual({ what, nosniff: 'nosniff' });
  expect({ what, xfo: h['x-frame-options'] }).toEqual({ what, xfo: 'SAMEORIGIN' });
  expect({ what, referrer: h['referrer-policy'] }).toEqual({ what, referrer: 'no-referrer' });
  expect({ what, poweredBy: h['x-powered-by'] }).toEqual({ what, poweredBy: undefined });
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
  expect(h['cross-origin-resource-policy']).toBe('same-origin');
  expect(h['x-permitted-cross-domain-policies']).toBe('none');
  expect(h['strict-transport-security']).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
  expect(h['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
}

describe('security headers', () => {
  const cases: [string, () => request.Test, number, RegExp][] = [
    ['health', () => request(app).get('/api/health'), 200, /json/],
    ['search', () => request(app).get('/api/search?q=money%20laundering'), 200, /json/],
    ['document', () => request(app).get('/api/documents/legislation-chn-anti-money-laundering-law'), 200, /json/],
    ['vocab', () => request(app).get('/api/vocab?locale=fr'), 200, /json/],
    ['openapi', () => request(app).get('/api/openapi.json'), 200, /json/],
    ['feed', () => request(app).get('/api/feed?crime=trafficking-in-persons'), 200, /atom\+xml/],
    ['export csv', () => request(app).get('/api/export?country=CHN&format=csv'), 200, /text\/csv/],
    ['400 problem', () => request(app).get('/api/search?crime=%3Cscript%3E'), 400, /problem\+json/],
    ['404 problem', () => request(app).get('/api/no-such-route'), 404, /problem\+json/],
    ['404 document', () => request(app).get('/api/documents/no-such-document'), 404, /problem\+json/],
    ['bad JSON body', () => request(app).post('/api/similar').set('Content-Type', 'application/json').send('{"text":'), 400, /problem\+json/],
    ['oversize body', () => request(app).post('/api/similar').set('Content-Type', 'application/json').send(JSON.stringify({ text: 'x'.repeat(70_000) })), 413, /problem\+json/],
    ['page', () => request(app).get('/en/search?q=x'), 200, /html/],
    ['arabic page', () => request(app).get('/ar/'), 200, /html/],
    ['page 404', () => request(app).get('/fr/no/such/page'), 404, /html/],
    ['redirect', () => request(app).get('/'), 302, /./],
    ['auth csrf', () => request(app).get('/api/auth/csrf'), 200, /json/],
    ['auth me, signed out', () => request(app).get('/api/auth/me'), 401, /problem\+json/],
  ];
  test.each(cases)('%s', async (what, send, status, type) => {
    const res = await send();
    expect({ what, status: res.status }).toEqual({ what, status });
    if (status !== 302) expect(res.headers['content-type']).toMatch(type);
    expectSecurityHeaders(res, what);
  });

  test('static assets carry the headers too, and are served with their real type', async () => {
    const page = await request(app).get('/en/');
    const assets = [...page.text.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(3); // script, stylesheet, icon
    for (const a of assets) {
      const res = await request(app).get(`/${a}`);
      expect({ a, status: res.status }).toEqual({ a, status: 200 });
      expect(res.headers['content-type']).toMatch(a.endsWith('.js') ? /javascript/ : a.endsWith('.css') ? /text\/css/ : /svg/);
      expectSecurityHeaders(res, a);
    }
  });

  test('no CSP directive admits any https origin (helmet\'s default font-src adds https:)', async () => {
    const res = await request(app).get('/en/');
    const policy = csp(res);
    // The front end serves its own fonts (none today); `https:` would let an injected stylesheet load any font.
    expect(policy.get('font-src')?.filter((v) => /^https?:$|^\*$/.test(v))).toEqual([]);
  });

  test('the page shell has no inline script, event handler or inline style the CSP would have to allow', async () => {
    for (const url of ['/en/', '/ar/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/zh/documents/legislation-chn-anti-money-laundering-law', '/ru/nope"><script>alert(1)</script>']) {
      const res = await request(app).get(url);
      const scripts = [...res.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBe(1);
      for (const [, attrs, body] of scripts) {
        expect(attrs).toMatch(/\bsrc="\/assets\/app-[A-Za-z0-9]+\.js"/);
        expect(body).toBe('');
      }
      expect(res.text).not.toMatch(/\son[a-z]+\s*=/i);
      expect(res.text).not.toMatch(/<style\b|\sstyle\s*=/i);
      expect(res.text).not.toMatch(/javascript:/i);
      // What the URL carried is escaped, never markup.
      expect(res.text).not.toContain('<script>alert(1)');
    }
  });
});
