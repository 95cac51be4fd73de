/** Facets with counts as links (each one is a URL: works with keyboard, new tab, back/forward). */
import { h, type Child } from '../dom.js';
import { fmtNumber, t } from '../i18n.js';
import type { FacetValue } from '../api.js';
import { FACET_ORDER, isActive, paramFor, toggled, withYear } from '../search-state.js';
import { navigate } from '../router.js';

const SHOWN = 8;

export function facetPanel(facets: Record<string, FacetValue[]>, params: URLSearchParams, base: string, hidden: string[]): HTMLElement {
  const names = [...FACET_ORDER.filter((f) => f in facets), ...Object.keys(facets).filter((f) => !FACET_ORDER.includes(f))]
    .filter((f) => !hidden.includes(f) && facets[f]?.length);
  // A disclosure, open on wide screens; on a phone the results come first, the facets one tap away.
  const details = h('details', { class: 'facets__toggle' },
    h('summary', null, h('h2', { id: 'facets-h', class: 'facets__title' }, t('search.refine'))),
    names.map((f) => facetGroup(f, facets[f], params, base)));
  details.open = wasOpen ?? window.matchMedia('(min-width: 60rem)').matches;
  details.addEventListener('toggle', () => {
    wasOpen = details.open;
  });
  return h('aside', { class: 'facets', 'aria-labelledby': 'facets-h' }, details);
}

/** The reader's choice survives re-rendering the facets after each search. */
let wasOpen: boolean | undefined;

function facetGroup(name: string, values: FacetValue[], params: URLSearchParams, base: string): HTMLElement {
  const id = `facet-${name}`;
  const sorted = name === 'year' ? [...values].sort((a, b) => b.value.localeCompare(a.value)) : values;
  const list = h('ul', { class: 'facet__list', id: `${id}-list` },
    sorted.map((v, i) => {
      const active = isActive(params, name, v.value);
      const next = name === 'year' ? (active ? withYear(params, null, null) : withYear(params, v.value, v.value)) : toggled(params, paramFor(name), v.value);
      return h('li', { class: i >= SHOWN && !active ? 'facet__item facet__item--extra' : 'facet__item' },
        h('a', { href: `${base}?${next}`, class: active ? 'facet__link is-active' : 'facet__link', 'aria-current': active ? 'true' : null, 'data-facet': name, 'data-value': v.value },
          h('span', { class: 'facet__label' }, v.label || v.value),
          h('span', { class: 'facet__count' }, h('span', { class: 'visually-hidden' }, ' ('), fmtNumber(v.count), h('span', { class: 'visually-hidden' }, ')'))));
    }));
  let more: Child = null;
  if (sorted.length > SHOWN) {
    list.classList.add('is-collapsed');
    const btn = h('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false', 'aria-controls': `${id}-list` }, t('search.show_more'));
    btn.addEventListener('click', () => {
      const open = list.classList.toggle('is-collapsed') === false;
      btn.setAttribute('aria-expanded', String(open));
      btn.textContent = open ? t('search.show_less') : t('search.show_more');
    });
    more = btn;
  }
  return h('section', { class: 'facet', 'aria-labelledby': `${id}-h` },
    h('h3', { id: `${id}-h`, class: 'facet__title' }, t(`search.facet.${name}`, { defaultValue: name })),
    list, more, name === 'year' ? yearRange(params, base) : null);
}

/** Any span of years (`year_from`, `year_to`), not only the years listed. */
function yearRange(params: URLSearchParams, base: string): HTMLElement {
  const input = (id: string, value: string | null) => h('input', { type: 'number', id, min: 0, max: 9999, step: 1, inputmode: 'numeric', class: 'year-range__input', value: value ?? '' });
  const from = input('year-from', params.get('year_from'));
  const to = input('year-to', params.get('year_to'));
  const form = h('form', { class: 'year-range' },
    h('label', { for: 'year-from' }, t('search.year_from')), from,
    h('label', { for: 'year-to' }, t('search.year_to')), to,
    h('button', { type: 'submit', class: 'button button--small' }, t('search.apply')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(`${base}?${withYear(params, from.value.trim() || null, to.value.trim() || null)}`);
  });
  return form;
}
