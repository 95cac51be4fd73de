/**
 * Boot: the UI language is the first path segment; load its strings, then render the page for the
 * URL into <main> and keep the header (language switch, current nav item) in step with it.
 */
import { ENDONYMS, initI18n, isUiLang, type UiLang } from './i18n.js';
import { inLanguage, langOf, matchRoute, onNavigate, startRouter, type RouteName } from './router.js';
import type { Page, PageContext, PageInstance, UpdateOptions } from './page.js';
import { homePage } from './pages/home.js';
import { documentPage, landOnTarget } from './pages/document.js';
import { articlePage } from './pages/article.js';
import { similarPage } from './pages/similar.js';
import { countryPage } from './pages/country.js';
import { modulesPage, notFoundPage, resultsPage } from './pages/misc.js';
import { registerPage, signInPage, syncAccountNav } from './pages/account.js';
import { directoryPage, editorPage, entryPage } from './pages/cna.js';
import { requestsPage } from './pages/admin.js';

const PAGES: Record<RouteName, Page> = {
  home: homePage, search: resultsPage, document: documentPage, article: articlePage,
  country: countryPage, similar: similarPage, modules: modulesPage, notfound: notFoundPage,
  signin: signInPage, register: registerPage, cna: directoryPage, cnaEntry: entryPage, cnaEdit: editorPage,
  cnaNew: editorPage, adminRequests: requestsPage,
};

let current: { name: RouteName; key: string; instance: PageInstance | void; controller: AbortController } | null = null;

function syncHeader(name: RouteName): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
    const target = a.dataset.langSwitch ?? '';
    if (isUiLang(target)) a.href = inLanguage(target, location);
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function render(ui: UiLang, main: HTMLElement, opts: UpdateOptions & { scrollY?: number }): Promise<void> {
  const route = matchRoute(location.pathname);
  const key = `${location.pathname}${location.search}`;
  syncHeader(route.name);
  // Only the fragment changed (table of contents, back from an anchor): no re-render.
  if (current && current.key === key) {
    landOnTarget();
    return;
  }
  const url = new URL(location.href);
  if (current && current.name === route.name && current.instance?.update) {
    const ctx: PageContext = { ui, route, url, main, signal: current.controller.signal };
    if (current.instance.update(ctx, opts)) {
      current.key = key;
      return;
    }
  }
  current?.controller.abort();
  const controller = new AbortController();
  current = { name: route.name, key, instance: undefined, controller };
  const instance = await PAGES[route.name]({ ui, route, url, main, signal: controller.signal });
  if (current.controller !== controller) return;
  current.instance = instance;
  if (opts.pop && opts.scrollY !== undefined) window.scrollTo(0, opts.scrollY);
  else if (!location.hash) window.scrollTo(0, 0);
  // Move focus to the new page's heading so screen readers announce it (not on first load, and
  // not when the page has put it on a target provision).
  if (!opts.keepFocus && !opts.first && !main.querySelector('.is-target')) main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
}

async function boot(): Promise<void> {
  const ui = langOf(location.pathname) ?? 'en';
  const main = document.getElementById('main');
  if (!main) return;
  try {
    await initI18n(ui);
  } catch {
    main.textContent = `${ENDONYMS[ui]}: failed to load the interface. Reload the page.`;
    return;
  }
  document.documentElement.classList.add('js');
  // Strings loaded and router listening: the page reacts to input from here on.
  performance.mark('lexatlas-interactive');
  startRouter(ui);
  onNavigate((opts) => void render(ui, main, opts));
  await Promise.all([render(ui, main, { first: true, keepFocus: true }), syncAccountNav(ui)]);
  document.documentElement.dataset.ready = 'true';
}

void boot();
