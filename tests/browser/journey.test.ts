/**
 * The scenario, in one real Chromium tab over the real corpus: search "money laundering"
 * in English, filter by country, open a Chinese document and land on the highlighted provision,
 * go back to the search, switch to Arabic (right-to-left), open a treaty article from the
 * document's tags, compare two provisions, and come back to the previous search with the back
 * button. Plus keyboard-only use and search as you type.
 */
import type { Browser, Page } from 'playwright-core';
import { axe, launch, ready, screenshot, startSite, watch, type Site } from './harness.js';
import { countryLabel } from '../../corpus/vocab/countries.js';

const CHINA_EN = countryLabel('CHN', 'en') ?? 'CHN';

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

const searchParams = (page: Page) => new URL(page.url()).searchParams;

async function waitForResults(page: Page): Promise<void> {
  await page.waitForSelector('#results:not([aria-busy]) .hit, #results:not([aria-busy]) .empty, #results:not([aria-busy]) .notice', { timeout: 20000 });
}

describe('a drafter looking for money-laundering law', () => {
  let page: Page;
  let problems: string[];
  let docUrl = '';
  let provisionKey = '';

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems = watch(page).problems;
  });
  afterAll(async () => {
    expect(problems).toEqual([]);
    await page.close();
  });

  it('searches "money laundering" in English from the home page', async () => {
    await page.goto(`${site.origin}/en/`);
    await ready(page);
    await page.getByLabel('Search the library').fill('money laundering');
    await page.getByLabel('Search the library').press('Enter');
    await page.waitForURL(/\/en\/search\?q=money\+laundering$/);
    await waitForResults(page);
    const status = await page.locator('#status').textContent();
    expect(status).toMatch(/^[\d,]+ results? in [\d,]+ ms$/);
    expect(Number(status?.split(' ')[0].replace(/,/g, ''))).toBeGreaterThan(10);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    // What the query was understood as, searched in every language, named in the UI language.
    expect(await page.locator('#understood').textContent()).toMatch(/^Searched in every language for: money laundering\./i);
    // Export and feed links carry the current search.
    expect(await page.locator('#export-csv').getAttribute('href')).toBe('/api/export?q=money+laundering&format=csv');
    expect(await page.locator('#export-json').getAttribute('href')).toBe('/api/export?q=money+laundering&format=json');
    expect(await page.locator('#feed').getAttribute('href')).toBe('/api/feed?q=money+laundering');
    await screenshot(page, 'journey-1-search');
  });

  it('shows highlighted snippets for the hits', async () => {
    expect(await page.locator('.hit .snippet mark').count()).toBeGreaterThan(0);
  });

  it('filters by country: China; the chip shows it and every hit is Chinese', async () => {
    const china = page.locator('a[data-facet="country"][data-value="CHN"]');
    const facetCount = Number((await china.locator('.facet__count').textContent())?.replace(/\D/g, ''));
    expect(facetCount).toBeGreaterThan(0);
    await china.click();
    await page.waitForURL(/country=CHN/);
    await waitForResults(page);
    expect(searchParams(page).get('q')).toBe('money laundering');
    expect(await page.locator('.chip').first().textContent()).toContain(`Country: ${CHINA_EN}`);
    const status = await page.locator('#status').textContent();
    expect(Number(status?.split(' ')[0].replace(/,/g, ''))).toBe(facetCount);
    const metas = await page.locator('.hit__meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const m of metas) expect(m).toContain(CHINA_EN);
    // Focus stays on the facet that was used (keyboard users can keep refining).
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.value)).toBe('CHN');
    expect(await page.locator('#export-csv').getAttribute('href')).toBe('/api/export?q=money+laundering&country=CHN&format=csv');
  });

  it('opens a Chinese document at its best-matching provision, highlighted', async () => {
    const hit = page.locator('.hit[data-id="legislation-chn-anti-money-laundering-law"]');
    expect(await hit.count()).toBe(1);
    const link = hit.locator('.hit-provision a').first();
    const href = (await link.getAttribute('href')) ?? '';
    provisionKey = decodeURIComponent(href.split('#')[1] ?? '');
    expect(provisionKey).toMatch(/^[a-z0-9.-]+$/);
    expect(new URL(href, site.origin).searchParams.get('hl')).toContain('洗钱');
    await link.click();
    await page.waitForURL(/\/en\/documents\/legislation-chn-anti-money-laundering-law\?/);
    const target = page.locator(`section.provision[id="${provisionKey}"]`);
    await target.waitFor();
    expect(await target.getAttribute('class')).toContain('is-target');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(provisionKey);
    const box = await target.boundingBox();
    expect(box && box.y >= -1 && box.y < 900).toBe(true);
    expect(await target.locator('mark').count()).toBeGreaterThan(0);
    expect(await target.locator('mark').first().textContent()).toContain('洗钱');
    expect(await page.locator('h1').textContent()).toBe('中华人民共和国反洗钱法');
    expect(await page.locator('.meta-panel').textContent()).toContain('Money laundering');
    docUrl = page.url();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'journey-2-document-en');
  });

  it('goes back to the filtered search with the back button', async () => {
    await page.goBack();
    await page.waitForURL(/\/en\/search\?q=money\+laundering&country=CHN$/);
    await waitForResults(page);
    expect(await page.locator('#q').inputValue()).toBe('money laundering');
    expect(await page.locator('.chip').count()).toBe(1);
    expect(await page.locator('.hit[data-id="legislation-chn-anti-money-laundering-law"]').count()).toBe(1);
    await page.goForward();
    await page.waitForURL(docUrl);
    await page.locator(`section.provision[id="${provisionKey}"]`).waitFor();
  });

  it('switches to Arabic: same document and provision, right-to-left', async () => {
    await page.locator('a[data-lang-switch="ar"]').click();
    await page.waitForURL(/\/ar\/documents\/legislation-chn-anti-money-laundering-law\?q=money\+laundering/);
    await ready(page);
    expect(new URL(page.url()).hash).toBe(`#${provisionKey}`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction])).toEqual(['ar', 'rtl', 'rtl']);
    const target = page.locator(`section.provision[id="${provisionKey}"]`);
    await target.waitFor();
    expect(await target.getAttribute('class')).toContain('is-target');
    // Mirrored layout: the brand sits at the right, the metadata panel right of the text.
    const brand = await page.locator('.brand').boundingBox();
    expect(brand && brand.x > 640).toBe(true);
    const side = await page.locator('.doc-side').boundingBox();
    const main = await page.locator('.doc-main').boundingBox();
    expect(side && main && side.x > main.x).toBe(true);
    expect(await page.locator('.meta-panel h2').textContent()).toBe('عن هذه الوثيقة');
    expect(await page.locator('.meta-panel').textContent()).toContain('غسل الأموال');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'journey-3-document-ar');
  });

  it('opens a convention article from the document tags and compares two provisions', async () => {
    const articleLink = page.locator('.meta-panel a.tag--article').first();
    expect(await articleLink.count()).toBe(1);
    await articleLink.click();
    await page.waitForURL(/\/ar\/treaties\/[A-Z0-9-]+\/articles\/\d+$/);
    await page.locator('.article-grid').waitFor({ timeout: 20000 });
    const picks = page.locator('input.grid__pick');
    expect(await picks.count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#compare-button').isDisabled()).toBe(true);
    const rows = page.locator('.grid tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    // One provision from each of two countries.
    await rows.nth(0).locator('input.grid__pick').first().check();
    await rows.nth(1).locator('input.grid__pick').first().check();
    expect(await page.locator('#compare-button').isDisabled()).toBe(false);
    // At most two: the others are disabled now.
    if ((await picks.count()) > 2) expect(await page.locator('input.grid__pick:disabled').count()).toBe((await picks.count()) - 2);
    await page.locator('#compare-button').click();
    await page.locator('.compare-grid .compare-col').nth(1).waitFor();
    expect(await page.locator('.compare-grid .compare-col').count()).toBe(2);
    for (const text of await page.locator('.compare-col__text').allTextContents()) expect(text.trim().length).toBeGreaterThan(20);
    expect(searchParams(page).getAll('compare')).toHaveLength(2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-h');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'journey-4-article-compare-ar');
  });

  it('comes back to the previous search with the back button', async () => {
    for (let i = 0; i < 4 && !/\/en\/search\?/.test(page.url()); i++) {
      await page.goBack();
      await page.waitForLoadState();
    }
    expect(page.url()).toBe(`${site.origin}/en/search?q=money+laundering&country=CHN`);
    await ready(page);
    await waitForResults(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await page.locator('#q').inputValue()).toBe('money laundering');
    expect(await page.locator('.chip').first().textContent()).toContain(`Country: ${CHINA_EN}`);
    expect(await page.locator('.hit[data-id="legislation-chn-anti-money-laundering-law"]').count()).toBe(1);
  });
});

describe('search as you type, sort and pages', () => {
  it('updates the results and the URL while typing, one history entry per typing session', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/en/search`);
    await ready(page);
    await waitForResults(page);
    const before = await page.evaluate(() => history.length);
    await page.locator('#q').pressSequentially('firearms', { delay: 40 });
    await page.waitForURL(/q=firearms$/);
    await waitForResults(page);
    expect(await page.locator('#q').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    // Sort by date, newest first: the dates of the hits go down.
    await page.locator('#sort').selectOption('date_desc');
    await page.waitForURL(/sort=date_desc/);
    await waitForResults(page);
    const dates = (await page.locator('.hit').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.date ?? ''))).filter(Boolean);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    // Next page.
    const next = page.locator('.pagination a[rel="next"]');
    if (await next.count()) {
      await next.click();
      await page.waitForURL(/page=2/);
      await waitForResults(page);
      expect(Number(await page.locator('ol.hits').getAttribute('start'))).toBeGreaterThan(1);
    }
    // Nothing matches: a clear empty state.
    await page.locator('#q').fill('qqxxzzyy');
    await page.waitForURL(/q=qqxxzzyy/);
    await page.locator('#empty').waitFor();
    expect(await page.locator('#empty h2').textContent()).toBe('No results for “qqxxzzyy”');
    await page.close();
  });
});

describe('year range', () => {
  it('filters by a span of years and shows it as one chip', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/en/search?q=money+laundering`);
    await ready(page);
    await waitForResults(page);
    await page.getByRole('spinbutton', { name: 'From', exact: true }).fill('2000');
    await page.getByRole('spinbutton', { name: 'To', exact: true }).fill('2010');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/year_from=2000&year_to=2010/);
    await waitForResults(page);
    expect(await page.locator('.chip').allTextContents()).toEqual(['Year: 2000–2010×']);
    const years = (await page.locator('.hit').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.date ?? ''))).filter(Boolean).map((d) => Number(d.slice(0, 4)));
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) expect(y >= 2000 && y <= 2010).toBe(true);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('skips to the content, searches, and applies a facet without a mouse', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/en/`);
    await ready(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.type('terrorism');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\?q=terrorism$/);
    await waitForResults(page);
    // Tab from the search box to the first facet link, open it with Enter.
    for (let i = 0; i < 10 && !(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.facet)); i++) await page.keyboard.press('Tab');
    const facet = await page.evaluate(() => (document.activeElement as HTMLElement).dataset);
    expect(facet.facet).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${facet.facet === 'language' ? 'lang' : facet.facet}=`));
    await waitForResults(page);
    expect(await page.locator('.chip').count()).toBe(1);
    // A visible focus indicator on the focused link.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await page.close();
  });
});
