/** Country profile (GET /api/countries/:iso3): what the library holds for a country, by kind and crime category, and its key instruments. */
import { append, clear, h } from '../dom.js';
import { countryLabel, fmtDate, fmtNumber, kindLabel, t, type UiLang } from '../i18n.js';
import { getJson, isAbort, type CountryResponse, type FacetValue } from '../api.js';
import { setTitle, type PageContext } from '../page.js';
import { errorBox, loading } from '../components/feedback.js';
import { documentHref } from '../components/hits.js';

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
  let res: CountryResponse;
  try {
    res = await getJson<CountryResponse>(`/api/countries/${encodeURIComponent(iso3)}?locale=${ui}`, ctx.signal);
  } catch (err) {
    if (isAbort(err)) return;
    clear(body);
    body.append(errorBox(err));
    return;
  }
  clear(body);
  if (!res.documents) {
    body.append(h('p', { class: 'empty' }, t('country.none', { country: name })));
    return;
  }
  const search = (extra: Record<string, string>) => `/${ui}/search?${new URLSearchParams({ country: iso3, ...extra })}`;
  const table = (id: string, title: string, values: FacetValue[], param: string) => h('section', { class: 'country-section', 'aria-labelledby': id },
    h('h2', { id }, title),
    h('table', { class: 'count-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('country.category')), h('th', { scope: 'col', class: 'num' }, t('country.documents_col')))),
      h('tbody', null, values.map((v) => h('tr', null,
        h('th', { scope: 'row' }, h('a', { href: search({ [param]: v.value }) }, v.label || v.value)),
        h('td', { class: 'num' }, fmtNumber(v.count)))))));
  append(body, [
    h('p', { class: 'country-total' }, h('a', { href: search({}) }, t('country.total', { count: res.documents, country: name }))),
    h('div', { class: 'country-grid' },
      table('country_kinds', t('country.by_kind'), res.by_kind, 'kind'),
      res.by_crime.length ? table('country_crimes', t('country.by_crime'), res.by_crime, 'crime') : null,
      res.by_article.length ? table('country_articles', t('country.by_article'), res.by_article.slice(0, 15), 'article') : null),
    res.key_instruments.length ? h('section', { 'aria-labelledby': 'country_instruments' },
      h('h2', { id: 'country_instruments' }, t('country.instruments')),
      h('ul', { class: 'instruments' }, res.key_instruments.map((d) => instrument(ui, d)))) : null]);
}

function instrument(ui: UiLang, d: CountryResponse['key_instruments'][number]): HTMLElement {
  return h('li', { class: 'instrument' },
    h('a', { href: documentHref(ui, d.id, ''), dir: 'auto' }, d.title),
    d.title_en && d.title_en !== d.title ? h('span', { class: 'instrument__en', lang: 'en', dir: 'ltr' }, ` — ${d.title_en}`) : null,
    h('span', { class: 'instrument__meta' }, ` · ${[kindLabel(d.kind), fmtDate(d.date)].filter(Boolean).join(' · ')}`));
}
