/** Small pages: the teaching-modules browser (search with kind=module) and "not found". */
import { clear, h } from '../dom.js';
import { t } from '../i18n.js';
import { setTitle, type PageContext, type PageInstance } from '../page.js';
import { searchPage } from './search.js';

export function modulesPage(ctx: PageContext): PageInstance {
  return searchPage(ctx, { path: 'modules', fixed: { kind: 'module' }, title: t('modules.title'), intro: t('modules.intro') });
}

export function resultsPage(ctx: PageContext): PageInstance {
  return searchPage(ctx, { path: 'search', fixed: {}, title: t('search.title') });
}

export function notFoundPage(ctx: PageContext): void {
  setTitle(t('notfound.title'));
  clear(ctx.main);
  ctx.main.append(
    h('h1', { class: 'page-title', tabindex: '-1' }, t('notfound.title')),
    h('p', null, t('notfound.body')),
    h('p', null, h('a', { href: `/${ctx.ui}/` }, t('nav.home'))));
}
