/** Home: the search box, the 15 crime categories, the six databases with counts, key articles, newest additions. */
import { clear, h } from '../dom.js';
import { articleLabel, crimeLabel, kindLabel, parseArticle, t, vocabCodes } from '../i18n.js';
import { getJson, isAbort, searchUrl, type SearchResponse } from '../api.js';
import { setTitle, type PageContext } from '../page.js';
import { hitItem } from '../components/hits.js';
import { errorBox } from '../components/feedback.js';

/** The criminalisation articles drafters ask for most (entry points to the comparison grid). */
const KEY_ARTICLES = ['UNTOC-5', 'UNTOC-6', 'UNTOC-8', 'UNTOC-23', 'TIP-5', 'SOM-6', 'FP-5', 'UNCAC-23'];

export function homePage(ctx: PageContext): void {
  const { ui } = ctx;
  setTitle('');
  const counts = new Map<string, number>();
  const kindList = h('ul', { class: 'cards cards--kinds' });
  const crimeList = h('ul', { class: 'cards cards--crimes' });
  const newest = h('div', { class: 'newest', 'aria-busy': 'true' });

  const renderLists = () => {
    clear(kindList);
    kindList.append(...vocabCodes('kind').map((k) => h('li', { class: 'card' },
      h('a', { href: k === 'module' ? `/${ui}/modules` : `/${ui}/search?kind=${k}`, class: 'card__link' },
        h('span', { class: 'card__title' }, kindLabel(k)),
        counts.has(`kind=${k}`) ? h('span', { class: 'card__count' }, t('home.documents', { count: counts.get(`kind=${k}`) })) : null))));
    clear(crimeList);
    crimeList.append(...vocabCodes('crime').map((c) => h('li', { class: 'card' },
      h('a', { href: `/${ui}/search?crime=${c}`, class: 'card__link' },
        h('span', { class: 'card__title' }, crimeLabel(c)),
        counts.has(`crime=${c}`) ? h('span', { class: 'card__count' }, t('home.documents', { count: counts.get(`crime=${c}`) })) : null))));
  };
  renderLists();

  clear(ctx.main);
  ctx.main.append(
    h('div', { class: 'hero' },
      h('h1', { class: 'page-title', tabindex: '-1' }, t('home.title')),
      h('p', { class: 'lead' }, t('home.intro')),
      h('form', { class: 'searchbar', role: 'search', action: `/${ui}/search`, method: 'get' },
        h('label', { for: 'q', class: 'searchbar__label' }, t('search.label')),
        h('div', { class: 'searchbar__row' },
          h('input', { type: 'search', name: 'q', id: 'q', class: 'searchbar__input', autocomplete: 'off', enterkeyhint: 'search' }),
          h('button', { type: 'submit', class: 'button' }, t('search.submit'))))),
    h('section', { 'aria-labelledby': 'h-crimes' }, h('h2', { id: 'h-crimes' }, t('home.crimes')), crimeList),
    h('section', { 'aria-labelledby': 'h-kinds' }, h('h2', { id: 'h-kinds' }, t('home.databases')), kindList),
    h('section', { 'aria-labelledby': 'h-articles' }, h('h2', { id: 'h-articles' }, t('home.articles')),
      h('ul', { class: 'link-list' }, KEY_ARTICLES.map((code) => {
        const p = parseArticle(code);
        return p ? h('li', null, h('a', { href: `/${ui}/treaties/${p.treaty}/articles/${p.n}` }, articleLabel(code))) : null;
      }))),
    h('section', { 'aria-labelledby': 'h-tools' }, h('h2', { id: 'h-tools' }, t('home.tools')),
      h('ul', { class: 'link-list' },
        h('li', null, h('a', { href: `/${ui}/similar` }, t('nav.similar')), ' — ', t('similar.intro_short')),
        h('li', null, h('a', { href: `/${ui}/modules` }, t('nav.modules')), ' — ', t('modules.intro_short')))),
    h('section', { 'aria-labelledby': 'h-newest' }, h('h2', { id: 'h-newest' }, t('home.newest')), newest));

  void (async () => {
    try {
      const res = await getJson<SearchResponse>(searchUrl(new URLSearchParams({ sort: 'date_desc', per_page: '6' })), ctx.signal);
      for (const f of ['kind', 'crime'] as const) for (const v of res.facets?.[f] ?? []) counts.set(`${f}=${v.value}`, v.count);
      renderLists();
      clear(newest);
      newest.append(
        h('p', { class: 'newest__total' }, t('home.total', { count: res.total })),
        h('ol', { class: 'hits hits--compact' }, res.hits.map((hit) => hitItem(hit, ui, ''))));
    } catch (err) {
      if (isAbort(err)) return;
      clear(newest);
      newest.append(errorBox(err));
    } finally {
      newest.removeAttribute('aria-busy');
    }
  })();
}
