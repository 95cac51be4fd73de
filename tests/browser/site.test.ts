/**
 * The site in a real Chromium over the real corpus: the shell per language (lang, dir, CSP, no
 * inline code), every page rendering in English and Arabic with no serious or critical axe
 * violation, screenshots in English, Chinese and Arabic, narrow screens, safe display of hostile
 * text, the 503 message, and the 100 KB budget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { axe, DIST, launch, ready, screenshot, startSite, watch, type Site } from './harness.js';
import { parseCorpusDocument, rawManifest } from '../helpers/corpus.js';

const UI = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
const AML = 'legislation-chn-anti-money-laundering-law';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await startSite();
  browser = await launch();
}, 120000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(lang: string, pathAndQuery: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport, locale: lang });
  const { problems } = watch(page);
  await page.goto(`${site.origin}/${lang}${pathAndQuery}`);
  await ready(page);
  return { page, problems };
}

describe('the app shell', () => {
  it.each(UI)('/%s/search answers the shell with the right lang, dir, CSP and no inline code', async (lang) => {
    const res = await fetch(`${site.origin}/${lang}/search?q=money+laundering&country=CHN`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-language')).toBe(lang);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/style-src 'self'/);
    const html = await res.text();
    expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
    // Every script has a src (no inline code), and no element carries a style attribute.
    expect([...html.matchAll(/<script\b[^>]*>/g)].every((m) => /\ssrc="\/assets\/app-[^"]+\.js"/.test(m[0]))).toBe(true);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
    // Language switch and alternates keep the page and the search.
    expect(html).toContain('href="/ar/search?q=money+laundering&amp;country=CHN"');
    expect(html).toMatch(/<main id="main" tabindex="-1">/);
  });

  it('redirects / to the best Accept-Language match, and /fr to /fr/', async () => {
    const ar = await fetch(`${site.origin}/`, { redirect: 'manual', headers: { 'Accept-Language': 'ar-EG,ar;q=0.9,en;q=0.5' } });
    expect(ar.status).toBe(302);
    expect(ar.headers.get('location')).toBe('/ar/');
    const de = await fetch(`${site.origin}/`, { redirect: 'manual', headers: { 'Accept-Language': 'de-DE,de;q=0.9' } });
    expect(de.headers.get('location')).toBe('/en/');
    const zh = await fetch(`${site.origin}/`, { redirect: 'manual', headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } });
    expect(zh.headers.get('location')).toBe('/zh/');
    const fr = await fetch(`${site.origin}/fr?q=x`, { redirect: 'manual' });
    expect(fr.status).toBe(301);
    expect(fr.headers.get('location')).toBe('/fr/?q=x');
  });

  it('answers an unknown page with the shell and 404, an unknown language with problem+json', async () => {
    const page = await fetch(`${site.origin}/es/no/such/page`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('<html lang="es" dir="ltr">');
    const other = await fetch(`${site.origin}/de/search`);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('serves content-hashed assets for a year, and JS + CSS stay under 100 KB gzipped', async () => {
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as { js: string; css: string; locales: Record<string, string> };
    const js = await fetch(`${site.origin}/${manifest.js}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    const css = await fetch(`${site.origin}/${manifest.css}`);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    const gz = (f: string) => gzipSync(readFileSync(path.join(DIST, f))).length;
    expect(gz(manifest.js) + gz(manifest.css)).toBeLessThan(100 * 1024);
    const zh = (await (await fetch(`${site.origin}/${manifest.locales.zh}`)).json()) as { translation: { nav: { search: string } }; vocab: { crime: Record<string, string> } };
    expect(zh.translation.nav.search).toBe('检索');
    expect(zh.vocab.crime['money-laundering']).toBe('洗钱');
  });
});

/** Every page, with the selector that says its data has arrived. */
const PAGES: [string, string, string][] = [
  ['home', '/', '.newest .hit, .newest .notice'],
  ['search', '/search?q=money+laundering', '.hit, .empty, .notice'],
  ['document', `/documents/${AML}?q=${encodeURIComponent('洗钱')}`, '.provision'],
  ['article', '/treaties/UNTOC/articles/6', '.article-grid, .notice'],
  ['country', '/countries/CHN', '.count-table, .notice'],
  ['similar', '/similar', '#draft'],
  ['modules', '/modules', '.hit, .empty, .notice'],
  ['notfound', '/no/such/page', 'h1'],
];

describe.each(['en', 'ar'])('every page in %s', (lang) => {
  it.each(PAGES)('%s renders, has one h1, landmarks, and no serious or critical axe violation', async (name, url, loaded) => {
    const { page, problems } = await open(lang, url);
    await page.waitForSelector(loaded, { timeout: 20000 });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('header.site-header, main#main, footer.site-footer').count()).toBe(3);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, `${lang}-${name}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('Chinese pages', () => {
  it.each(PAGES.slice(0, 5))('%s renders in Chinese (screenshot)', async (name, url, loaded) => {
    const { page, problems } = await open('zh', url);
    await page.waitForSelector(loaded, { timeout: 20000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
    expect(await page.locator('.site-nav a[data-nav="search"]').textContent()).toBe('检索');
    await screenshot(page, `zh-${name}`);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the document page shows the real text', () => {
  it('renders every provision of the Chinese AML law with its anchor and highlights 洗钱', async () => {
    const parsed = await parseCorpusDocument(AML);
    const { page } = await open('en', `/documents/${AML}?q=${encodeURIComponent('洗钱')}`);
    await page.waitForSelector('.doc-text[data-complete="true"]');
    expect(await page.locator('.doc-text .provision').count()).toBe(parsed.document.provisions.length);
    const first = parsed.document.provisions[0];
    const section = page.locator(`section.provision[id="${first.key}"]`);
    expect((await section.locator('.provision__text').textContent())?.trim()).toBe(first.text.trim());
    expect(await page.locator('.doc-text mark').count()).toBeGreaterThan(5);
    expect(await page.locator('.doc-text mark').first().textContent()).toBe('洗钱');
    expect(await page.locator('h1').getAttribute('lang')).toBe('zh');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(ld['@type']).toBe('Legislation');
    expect(ld.name).toBe(parsed.document.title);
    expect(ld.legislationJurisdiction).toBe('CHN');
    await page.close();
  });
});

describe('speed', () => {
  it('a results page is interactive within a second (strings loaded, router listening)', async () => {
    const { page } = await open('en', '/search?q=money+laundering');
    await page.waitForSelector('.hit');
    const interactive = await page.evaluate(() => performance.getEntriesByName('lexatlas-interactive')[0]?.startTime ?? Infinity);
    const results = await page.evaluate(() => performance.now());
    process.stderr.write(`[browser] /en/search interactive after ${Math.round(interactive)} ms, results shown by ${Math.round(results)} ms\n`);
    expect(interactive).toBeLessThan(1000);
    await page.close();
  });
});

describe('country profile and precedent finder over the real corpus', () => {
  it('profiles China with the counts of the manifest', async () => {
    const chn = rawManifest().filter((r) => r.country === 'CHN');
    const { page, problems } = await open('en', '/countries/CHN');
    await page.waitForSelector('.count-table');
    expect(await page.locator('.country-total').textContent()).toBe(`${chn.length} documents from ${await page.locator('h1').textContent()}`);
    const kinds = Object.fromEntries(await page.locator('#country_kinds ~ table tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')?.textContent ?? '', Number(r.querySelector('td')?.textContent)])));
    expect(kinds).toEqual({ Legislation: chn.filter((r) => r.kind === 'legislation').length, 'Case law': chn.filter((r) => r.kind === 'case').length });
    expect(await page.locator('.instruments li').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds provisions similar to the French money-laundering offence in other countries', async () => {
    const code = await parseCorpusDocument('legislation-fra-criminal-code');
    const draft = code.document.provisions.find((p) => /\b324-1$/.test(p.number ?? ''));
    expect(draft?.text).toMatch(/blanchiment/);
    const { page, problems } = await open('en', '/similar');
    await page.getByLabel('Draft provision').fill(draft?.text ?? '');
    await page.getByLabel('Leave out').selectOption('FRA');
    await page.getByRole('button', { name: 'Find similar provisions' }).click();
    await page.waitForSelector('#similar-count');
    const hits = page.locator('.similar-hit');
    expect(await hits.count()).toBeGreaterThan(0);
    for (const meta of await hits.locator('.hit__meta').allTextContents()) expect(meta).not.toMatch(/^France/);
    expect((await hits.locator('.similar-hit__why').allTextContents()).some((w) => w.includes('Money laundering'))).toBe(true);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'en-similar-results');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the treaty article page', () => {
  it('shows UNTOC art. 6 in the UI language first and a grid row per implementing country', async () => {
    const api = (await (await fetch(`${site.origin}/api/treaties/UNTOC/articles/6?locale=en`)).json()) as { countries: { code: string }[]; texts: { language: string }[] };
    const { page, problems } = await open('en', '/treaties/UNTOC/articles/6');
    await page.waitForSelector('.article-grid');
    expect(await page.locator('h1').textContent()).toBe('Organized Crime Convention art. 6 — Criminalization of the laundering of proceeds of crime');
    const open1 = page.locator('details.article-text[open]');
    expect(await open1.count()).toBe(1);
    expect(await open1.locator('summary').textContent()).toBe('English');
    expect(await open1.locator('.provision__text').textContent()).toMatch(/^1\.\s+Each State Party shall adopt/);
    expect(await page.locator('details.article-text').count()).toBe(api.texts.length);
    expect(await page.locator('.grid tbody tr').count()).toBe(api.countries.length);
    expect(await page.locator('.grid tbody tr th a[href="/en/countries/CHN"]').count()).toBe(api.countries.some((c) => c.code === 'CHN') ? 1 : 0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a long code', () => {
  it('lands on s. 462.31 of the Canadian Criminal Code first, then renders all of its provisions', async () => {
    // What the page must show: the API's document (parsing this 2.6 MB code again here would be slow).
    const doc = (await (await fetch(`${site.origin}/api/documents/legislation-can-criminal-code-en`)).json()) as { provisions: { key: string; number: string | null; heading: string | null }[] };
    expect(doc.provisions.length).toBeGreaterThan(1500);
    const { page, problems } = await open('en', '/documents/legislation-can-criminal-code-en#s-462.31');
    const section = page.locator('section.provision[id="s-462.31"]');
    await section.waitFor();
    expect(await section.getAttribute('class')).toContain('is-target');
    expect(await section.locator('h3').textContent()).toBe('462.31 Laundering proceeds of crime');
    const box = await section.boundingBox();
    expect(box && box.y >= -1 && box.y < 900).toBe(true);
    await page.waitForSelector('.doc-text[data-complete="true"]', { timeout: 30000 });
    expect(await page.locator('.doc-text .provision').count()).toBe(doc.provisions.length);
    expect(await page.locator('.toc__list li').count()).toBe(doc.provisions.filter((p) => p.number || p.heading).length);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('robustness', () => {
  it('never runs markup or handlers from a document, and never links javascript: URLs', async () => {
    const page = await browser.newPage();
    const { problems } = watch(page);
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.route('**/api/documents/hostile-test', (route) => route.fulfill({
      status: 200, contentType: 'application/json',
      body: JSON.stringify({
        id: 'hostile-test', kind: 'legislation', title: `Title ${hostile}`, title_en: null, country: 'FRA', language: 'fr', date: '2020-01-01',
        url: 'javascript:window.__pwned=3', licence: '<b>x</b>', summary: hostile, meta: { court: hostile }, source: { url: null },
        provisions: [{ key: 'art-1', number: 'Article 1', heading: hostile, text: `Text ${hostile}`, path: [hostile], crimes: [], articles: [] }],
        crimes: [], articles: [], evidence: [], pointer: false,
      }),
    }));
    await page.goto(`${site.origin}/en/documents/hostile-test`);
    await ready(page);
    await page.waitForSelector('.provision');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe(`Title ${hostile}`);
    expect(await page.locator('#art-1 .provision__text').textContent()).toBe(`Text ${hostile}`);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says clearly that search is unavailable when the API answers 503', async () => {
    const page = await browser.newPage();
    await page.route('**/api/search?**', (route) => route.fulfill({
      status: 503, contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'https://lexatlas.org/problems/engine_unavailable', title: 'Search engine unavailable', status: 503, detail: 'The search engine is unavailable. Please retry shortly.', code: 'engine_unavailable' }),
    }));
    await page.goto(`${site.origin}/fr/search?q=blanchiment`);
    await ready(page);
    const alert = page.locator('.notice--unavailable[role="alert"]');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe('La recherche est momentanément indisponible');
    expect(await page.locator('#q').inputValue()).toBe('blanchiment');
    await page.close();
  });

  it('fits a narrow phone screen without horizontal scrolling (search in English, document in Arabic)', async () => {
    for (const [lang, url, sel] of [['en', '/search?q=money+laundering', '.hit'], ['ar', `/documents/${AML}`, '.provision']]) {
      const { page } = await open(lang, url, { width: 360, height: 740 });
      await page.waitForSelector(sel);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(page, `${lang}-narrow-${url.split('/')[1].split('?')[0]}`);
      await page.close();
    }
  });
});
