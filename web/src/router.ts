/**
 * Page URLs: `/<lang>/…`. Links and forms inside the same UI language are handled here with the
 * History API (state lives in the URL, back/forward work); a link to another language is a full
 * page load, so the server answers with the right `<html lang dir>`.
 */
import { isUiLang, type UiLang } from './i18n.js';

export type RouteName = 'home' | 'search' | 'document' | 'article' | 'country' | 'similar' | 'modules'
  | 'signin' | 'register' | 'cna' | 'cnaEntry' | 'cnaEdit' | 'cnaNew' | 'adminRequests' | 'notfound';

export interface Route {
  name: RouteName;
  params: Record<string, string>;
}

const PATTERNS: [RouteName, RegExp, string[]][] = [
  ['home', /^\/?$/, []],
  ['search', /^\/search\/?$/, []],
  ['document', /^\/documents\/([a-z0-9-]+)\/?$/, ['id']],
  ['article', /^\/treaties\/([A-Za-z0-9-]+)\/articles\/(\d+)\/?$/, ['treaty', 'n']],
  ['country', /^\/countries\/([A-Za-z]{3})\/?$/, ['iso3']],
  ['similar', /^\/similar\/?$/, []],
  ['modules', /^\/modules\/?$/, []],
  ['signin', /^\/account\/sign-in\/?$/, []],
  ['register', /^\/account\/register\/?$/, []],
  ['cna', /^\/cna\/?$/, []],
  ['cnaNew', /^\/cna\/new\/?$/, []],
  ['cnaEntry', /^\/cna\/entries\/([0-9a-f-]{36})\/?$/, ['id']],
  ['cnaEdit', /^\/cna\/entries\/([0-9a-f-]{36})\/edit\/?$/, ['id']],
  ['adminRequests', /^\/admin\/requests\/?$/, []],
];

export function langOf(pathname: string): UiLang | null {
  const seg = pathname.split('/')[1] ?? '';
  return isUiLang(seg) ? seg : null;
}

export function matchRoute(pathname: string): Route {
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
  for (const [name, re, keys] of PATTERNS) {
    const m = re.exec(rest);
    if (m) return { name, params: Object.fromEntries(keys.map((k, i) => [k, decodeURIComponent(m[i + 1])])) };
  }
  return { name: 'notfound', params: {} };
}

/** The same page in another UI language (path, query and fragment kept). */
export function inLanguage(target: UiLang, loc: { pathname: string; search: string; hash: string }): string {
  return `/${target}${loc.pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '') || '/'}${loc.search}${loc.hash}`;
}

export interface NavOptions {
  replace?: boolean;
  /** Keep focus where it is (search as you type). */
  keepFocus?: boolean;
}

type Listener = (opts: NavOptions & { pop?: boolean; scrollY?: number }) => void;
let listener: Listener = () => undefined;

export function onNavigate(l: Listener): void {
  listener = l;
}

export function navigate(href: string, opts: NavOptions = {}): void {
  const url = new URL(href, location.href);
  // Remember where the reader was, so back restores the scroll position too.
  history.replaceState({ ...(history.state as object | null), scrollY: window.scrollY }, '');
  if (opts.replace) history.replaceState({ scrollY: 0 }, '', url.href);
  else history.pushState({ scrollY: 0 }, '', url.href);
  listener(opts);
}

export function startRouter(uiLang: UiLang): void {
  history.scrollRestoration = 'manual';
  window.addEventListener('popstate', (e) => {
    const st = e.state as { scrollY?: number } | null;
    listener({ pop: true, keepFocus: true, scrollY: st?.scrollY });
  });
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('download') || a.origin !== location.origin) return;
    if (langOf(a.pathname) !== uiLang || a.pathname.startsWith('/api/')) return;
    // Same page, only the fragment changes: let the browser scroll to the anchor.
    if (a.pathname === location.pathname && a.search === location.search && a.hash) return;
    e.preventDefault();
    navigate(a.href);
  });
  // GET forms (the home page's search box) navigate in place too; empty fields are left out.
  document.addEventListener('submit', (e) => {
    const form = e.target as HTMLFormElement;
    if (e.defaultPrevented || form.method.toLowerCase() !== 'get') return;
    const url = new URL(form.action, location.href);
    if (url.origin !== location.origin || langOf(url.pathname) !== uiLang) return;
    e.preventDefault();
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) params.append(k, v);
    const qs = params.toString();
    navigate(`${url.pathname}${qs ? `?${qs}` : ''}`);
  });
}
