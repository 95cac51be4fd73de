/** Page links (URLs, so back/forward and new tabs work), a window around the current page. */
import { h } from '../dom.js';
import { fmtNumber, t } from '../i18n.js';

export function pagination(total: number, page: number, perPage: number, params: URLSearchParams, base: string): HTMLElement | null {
  const pages = Math.ceil(total / perPage);
  if (pages <= 1) return null;
  const href = (n: number) => {
    const p = new URLSearchParams(params);
    if (n === 1) p.delete('page');
    else p.set('page', String(n));
    return `${base}?${p}`;
  };
  const nums = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  const items: HTMLElement[] = [];
  let prev = 0;
  for (const n of [...nums].sort((a, b) => a - b)) {
    if (n - prev > 1) items.push(h('li', { class: 'pagination__gap', 'aria-hidden': 'true' }, '…'));
    items.push(h('li', null, n === page
      ? h('a', { href: href(n), 'aria-current': 'page', 'aria-label': t('search.page_n', { page: fmtNumber(n) }) }, fmtNumber(n))
      : h('a', { href: href(n), 'aria-label': t('search.page_n', { page: fmtNumber(n) }) }, fmtNumber(n))));
    prev = n;
  }
  return h('nav', { class: 'pagination', 'aria-label': t('search.pagination') },
    h('ul', null,
      page > 1 ? h('li', null, h('a', { href: href(page - 1), rel: 'prev', class: 'pagination__step' }, t('search.prev'))) : null,
      items,
      page < pages ? h('li', null, h('a', { href: href(page + 1), rel: 'next', class: 'pagination__step' }, t('search.next'))) : null));
}
