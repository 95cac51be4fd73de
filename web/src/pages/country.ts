/** Country profile: what the library holds for a country, by kind and crime category, and its main instruments. */
import { clear, h } from '../dom.js';
import { countryLabel, fmtNumber, t } from '../i18n.js';
import { getJson, isAbort, searchUrl, type FacetValue, type SearchResponse } from '../api.js';
import { setTitle, type PageContext } from '../page.js';
import { errorBox, loading } from '../components/feedback.js';
import { hitItem } from '../components/hits.js';

export async function countryPage(ctx: PageContext): Promise<void> {
  const iso3 = ctx.route.params.iso3.toUpperCase();
  const { ui } = ctx;
  const name = countryLabel(iso3);
  setTitle(name);
  const body = h('div', { class: 'country-body' }, loading());
  clear(ctx.main);
  ctx.main.append(
    h('h1', { class: 'page-title', tabindex: '-1' }, name),
    h('p', { class: 'lead' }, t('country.intro', { country: name })),
    body);
  let res: SearchResponse;
  try {
    // The profile's counts are the search facets for this country: the same numbers a search shows.
    res = await getJson<SearchResponse>(searchUrl(new URLSearchParams({ country: iso3, per_page: '10' })), ctx.signal);
  } catch (err) {
    if (isAbort(err)) return;
    clear(body);
    body.append(errorBox(err));
    return;
  }
  clear(body);
  if (!res.total) {
    body.append(h('p', { class: 'empty' }, t('country.none', { country: name })));
    return;
  }
  const search = (extra: Record<string, string>) => `/${ui}/search?${new URLSearchParams({ country: iso3, ...extra })}`;
  const table = (id: string, title: string, values: FacetValue[], param: string) => h('section', { class: 'country-section', 'aria-labelledby': id },
    h('h2', { id }, title),
    h('table', { class: 'count-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('country.category')), h('th', { scope: 'col', class: 'num' }, t('country.documents_col')))),
      h('tbody', null, values.map((v) => h('tr', null,
        h('th', { scope: 'row' }, h('a', { href: search({ [param]: v.value }) }, v.label)),
        h('td', { class: 'num' }, fmtNumber(v.count)))))));
  body.append(
    h('p', { class: 'country-total' }, h('a', { href: search({}) }, t('country.total', { count: res.total, country: name }))),
    h('div', { class: 'country-grid' },
      table('country_kinds', t('country.by_kind'), res.facets.kind ?? [], 'kind'),
      res.facets.crime?.length ? table('country_crimes', t('country.by_crime'), res.facets.crime, 'crime') : null,
      res.facets.article?.length ? table('country_articles', t('country.by_article'), res.facets.article.slice(0, 15), 'article') : null),
    h('section', { 'aria-labelledby': 'country_newest' },
      h('h2', { id: 'country_newest' }, t('country.instruments')),
      h('ol', { class: 'hits hits--compact' }, res.hits.map((hit) => hitItem(hit, ui, '')))));
}
