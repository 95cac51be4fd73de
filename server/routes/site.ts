/**
 * The site: the built front end (web/dist) and the page URLs `/<lang>/…`, each answered with the
 * app shell whose `<html lang dir>` match the UI language (Arabic right-to-left). The shell has
 * no inline script or style (the CSP allows only 'self'); header, skip link and footer are
 * rendered here in the page's language so they show before the script runs.
 */
import express, { Router, type Request, type Response, type NextFunction } from 'express';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { HttpError } from '../errors/index.js';
import { UN_LANGUAGES, isUnLanguage, type UnLanguage } from '../../corpus/vocab/labels.js';

export interface SiteDeps {
  /** Where the built front end is; default `<project>/web/dist`. */
  distDir?: string;
}

interface WebManifest {
  js: string;
  css: string;
  favicon: string;
  locales: Record<string, string>;
}

type Strings = { [k: string]: string | Strings };

const RTL = new Set<UnLanguage>(['ar']);
const ENDONYMS: Record<UnLanguage, string> = { ar: 'العربية', en: 'English', es: 'Español', fr: 'Français', ru: 'Русский', zh: '中文' };
/** Page paths after the language segment; anything else is a 404 (the shell still renders a "not found" page). */
const PAGES: [string, RegExp][] = [
  ['home', /^\/$/],
  ['search', /^\/search\/?$/],
  ['document', /^\/documents\/[a-z0-9-]+\/?$/],
  ['article', /^\/treaties\/[A-Za-z0-9-]+\/articles\/\d+\/?$/],
  ['country', /^\/countries\/[A-Za-z]{3}\/?$/],
  ['similar', /^\/similar\/?$/],
  ['modules', /^\/modules\/?$/],
  // Accounts and the restricted directory: the shell only; every datum comes from /api/cna behind a session.
  ['signin', /^\/account\/sign-in\/?$/],
  ['register', /^\/account\/register\/?$/],
  ['cna', /^\/cna\/?$/],
  ['cnaNew', /^\/cna\/new\/?$/],
  ['cnaEntry', /^\/cna\/entries\/[0-9a-f-]{36}\/?$/],
  ['cnaEdit', /^\/cna\/entries\/[0-9a-f-]{36}\/edit\/?$/],
  ['adminRequests', /^\/admin\/requests\/?$/],
];
const NAV: [string, string, string][] = [['home', '', 'nav.home'], ['search', 'search', 'nav.search'], ['similar', 'similar', 'nav.similar'], ['modules', 'modules', 'nav.modules']];

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

export class FrontEndNotBuiltError extends HttpError {
  constructor(dir: string) {
    super(503, 'frontend_not_built', 'Front end not built', `The front end has not been built (no ${path.join(dir, 'manifest.json')}); run \`npm run build\`.`);
  }
}

export function siteRouter(deps: SiteDeps = {}): Router {
  const dist = path.resolve(deps.distDir ?? path.join(PROJECT_ROOT, 'web/dist'));
  const r = Router();
  // Content-hashed names: cache for a year; a new build gets new names.
  const immutable = { index: false, immutable: true, maxAge: '365d', fallthrough: true } as const;
  r.use('/assets', express.static(path.join(dist, 'assets'), immutable));
  r.use('/locales', express.static(path.join(dist, 'locales'), immutable));

  let cache: { mtimeMs: number; manifest: WebManifest; strings: Map<UnLanguage, Strings> } | null = null;
  const load = () => {
    const file = path.join(dist, 'manifest.json');
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      throw new FrontEndNotBuiltError(dist);
    }
    if (!cache || cache.mtimeMs !== mtimeMs) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as WebManifest;
      const strings = new Map<UnLanguage, Strings>();
      for (const l of UN_LANGUAGES) strings.set(l, (JSON.parse(readFileSync(path.join(dist, manifest.locales[l]), 'utf8')) as { translation: Strings }).translation);
      cache = { mtimeMs, manifest, strings };
    }
    return cache;
  };

  r.get('/', (req, res) => {
    // With no Accept-Language header, acceptsLanguages() returns the first candidate: English is the default.
    const best = req.get('accept-language') ? req.acceptsLanguages(...UN_LANGUAGES) : 'en';
    res.vary('Accept-Language').redirect(302, `/${best && isUnLanguage(best) ? best : 'en'}/`);
  });

  r.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const m = /^\/([a-z]{2})(\/.*)?$/.exec(req.path);
    if (!m || !isUnLanguage(m[1])) return next();
    const lang = m[1];
    if (m[2] === undefined) {
      return res.redirect(301, `/${lang}/${req.url.slice(req.path.length)}`);
    }
    const rest = m[2];
    const page = PAGES.find(([, re]) => re.test(rest))?.[0];
    const { manifest, strings } = load();
    const query = req.url.slice(req.path.length);
    res.status(page ? 200 : 404)
      .set({ 'Content-Language': lang, 'Cache-Control': 'no-cache' })
      .type('html')
      .send(shell({ lang, rest, query, page: page ?? 'notfound', manifest, t: translator(strings.get(lang) ?? {}) }));
  });
  return r;
}

function translator(strings: Strings): (key: string) => string {
  return (key) => {
    let node: string | Strings | undefined = strings;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : key;
  };
}

function shell(o: { lang: UnLanguage; rest: string; query: string; page: string; manifest: WebManifest; t: (k: string) => string }): string {
  const { lang, rest, query, page, manifest, t } = o;
  const dir = RTL.has(lang) ? 'rtl' : 'ltr';
  const alternates = UN_LANGUAGES.map((l) => `<link rel="alternate" hreflang="${l}" href="${esc(`/${l}${rest}${query}`)}">`).join('\n');
  const nav = NAV.map(([name, p, key]) => `<li><a href="/${lang}/${p}" data-nav="${name}"${name === page ? ' aria-current="page"' : ''}>${esc(t(key))}</a></li>`).join('');
  const langs = UN_LANGUAGES.map((l) => `<li><a href="${esc(`/${l}${rest}${query}`)}" hreflang="${l}" lang="${l}" data-lang-switch="${l}"${l === lang ? ' aria-current="true"' : ''}>${ENDONYMS[l]}</a></li>`).join('');
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('site.name'))}</title>
<meta name="description" content="${esc(t('site.description'))}">
<link rel="icon" href="/${manifest.favicon}" type="image/svg+xml">
<link rel="stylesheet" href="/${manifest.css}">
<link rel="preload" id="i18n-data" href="/${manifest.locales[lang]}" as="fetch" type="application/json" crossorigin="anonymous">
<script type="module" src="/${manifest.js}"></script>
${alternates}
</head>
<body>
<a class="skip-link" href="#main">${esc(t('site.skip'))}</a>
<header class="site-header">
<div class="site-header__inner">
<a class="brand" href="/${lang}/">${esc(t('site.name'))}</a>
<nav class="site-nav" aria-label="${esc(t('site.nav_label'))}"><ul>${nav}</ul></nav>
<div class="account-nav" data-account-nav><a href="/${lang}/account/sign-in" data-account-link="sign-in">${esc(t('account.sign_in'))}</a></div>
<nav class="lang-switch" aria-label="${esc(t('site.lang_label'))}"><ul>${langs}</ul></nav>
</div>
</header>
<main id="main" tabindex="-1"><noscript><p>${esc(t('site.noscript'))}</p></noscript></main>
<footer class="site-footer"><div class="site-footer__inner"><p>${esc(t('site.footer'))}</p></div></footer>
</body>
</html>
`;
}
