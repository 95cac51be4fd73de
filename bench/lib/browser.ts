/**
 * The results page in Chromium (Debian's /usr/bin/chromium driven by playwright-core, as the
 * browser tests do): a cold load (fresh browser context: empty HTTP cache) then a warm load (the
 * same context navigating to the page again), several times. Times are the page's own clock
 * (`performance.now()`, 0 = navigation start), so the driver's overhead is not in them.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { percentile } from './stats.js';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const RESULTS_PATH = '/en/search?q=money+laundering';
/** The first hit the search page renders (web/src/pages/search.ts: `#results` > `ol.hits` > items). */
export const HIT_SELECTOR = '#results ol.hits > li';

export interface PageTiming {
  /** First byte of the HTML. */
  ttfbMs: number;
  domContentLoadedMs: number;
  /** The page's GET /api/search: sent, and its answer fully received. */
  apiStartMs: number;
  apiEndMs: number;
  /** First hit inserted into the DOM, and the frame after it (painted). */
  inDomMs: number;
  shownMs: number;
  /** Wall time around goto + wait, in the benchmark process (includes the driver). */
  wallMs: number;
  /** Bytes over the wire (transferSize: 0 for what came from the HTTP cache) and requests made. */
  transferBytes: number;
  requests: number;
  fromCache: number;
}

export interface BrowserFigures {
  path: string;
  repetitions: number;
  /** SEARCH_CACHE_ENTRIES of the server the page was loaded from. */
  serverCacheEntries: number;
  cold: PageTiming[];
  warm: PageTiming[];
  coldMedian: PageTiming;
  warmMedian: PageTiming;
}

// Runs in the page before its own scripts (added over the DevTools protocol, so the page's CSP does
// not apply): notes when the first hit appears, then two animation frames later (after the paint).
const OBSERVER = `(() => {
  const w = window;
  const obs = new MutationObserver(() => {
    if (w.__benchInDom === undefined && document.querySelector(${JSON.stringify(HIT_SELECTOR)})) {
      w.__benchInDom = performance.now();
      obs.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => { w.__benchShown = performance.now(); }));
    }
  });
  obs.observe(document, { childList: true, subtree: true });
})();`;

interface InPage { ttfb: number; dcl: number; apiStart: number; apiEnd: number; inDom: number; shown: number; transfer: number; requests: number; fromCache: number }

async function load(page: Page, url: string): Promise<PageTiming> {
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
  await page.waitForFunction(() => (window as unknown as { __benchShown?: number }).__benchShown !== undefined, undefined, { timeout: 30_000, polling: 10 });
  const wallMs = performance.now() - t0;
  // DOMContentLoaded may come after the hits (the script is a module, deferred); wait for it.
  await page.waitForLoadState('domcontentloaded');
  const m = await page.evaluate((): InPage => {
    const w = window as unknown as { __benchInDom: number; __benchShown: number };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const api = res.find((r) => r.name.includes('/api/search'));
    return {
      ttfb: nav.responseStart, dcl: nav.domContentLoadedEventStart, apiStart: api?.startTime ?? -1, apiEnd: api?.responseEnd ?? -1,
      inDom: w.__benchInDom, shown: w.__benchShown, transfer: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0),
      requests: res.length + 1, fromCache: res.filter((r) => r.transferSize === 0).length,
    };
  });
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    ttfbMs: r(m.ttfb), domContentLoadedMs: r(m.dcl), apiStartMs: r(m.apiStart), apiEndMs: r(m.apiEnd), inDomMs: r(m.inDom), shownMs: r(m.shown),
    wallMs: r(wallMs), transferBytes: m.transfer, requests: m.requests, fromCache: m.fromCache,
  };
}

/** Field by field median (each field on its own: the medians need not come from the same load). */
export function medianTiming(xs: PageTiming[]): PageTiming {
  const keys = Object.keys(xs[0]) as (keyof PageTiming)[];
  const out = {} as PageTiming;
  for (const k of keys) out[k] = percentile(xs.map((x) => x[k]).sort((a, b) => a - b), 50);
  return out;
}

/** The figures, or why they could not be measured. */
export async function browserStage(baseUrl: string, serverCacheEntries: number, repetitions: number, log: (s: string) => void): Promise<BrowserFigures | { notRun: string }> {
  if (!existsSync(CHROMIUM)) return { notRun: `Chromium timing of the results page: no browser at ${CHROMIUM}.` };
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  } catch (err) {
    return { notRun: `Chromium timing of the results page: Chromium did not start (${String(err).split('\n')[0].slice(0, 200)}).` };
  }
  const cold: PageTiming[] = [];
  const warm: PageTiming[] = [];
  try {
    for (let i = 0; i < repetitions; i++) {
      const context = await browser.newContext();
      try {
        await context.addInitScript(OBSERVER);
        const page = await context.newPage();
        cold.push(await load(page, `${baseUrl}${RESULTS_PATH}`));
        warm.push(await load(page, `${baseUrl}${RESULTS_PATH}`));
        log(`[chromium] load ${i + 1}: cold shown at ${cold[i].shownMs} ms (${cold[i].transferBytes} B), warm at ${warm[i].shownMs} ms (${warm[i].transferBytes} B)`);
      } finally {
        await context.close();
      }
    }
  } catch (err) {
    return { notRun: `Chromium timing of the results page: ${String(err).split('\n')[0].slice(0, 200)}.` };
  } finally {
    await browser.close();
  }
  return { path: RESULTS_PATH, repetitions, serverCacheEntries, cold, warm, coldMedian: medianTiming(cold), warmMedian: medianTiming(warm) };
}
