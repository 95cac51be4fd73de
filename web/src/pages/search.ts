/**
 * Search results (and the teaching-modules browser, which is the same page with kind=module fixed).
 * The URL's query string is the search state; typing updates it (debounced, one history entry per
 * typing session), filters and pages push new entries, back/forward re-run the search.
 */
import { clear, h } from '../dom.js';
import { fmtNumber, t } from '../i18n.js';
import { getJson, isAbort, searchUrl, type SearchResponse } from '../api.js';
import { navigate } from '../router.js';
import { setTitle, type PageContext, type PageInstance, type UpdateOptions } from '../page.js';
import { chips, SORTS } from '../search-state.js';
import { facetPanel } from '../components/facets.js';
import { hitItem } from '../components/hits.js';
import { pagination } from '../components/pagination.js';
import { errorBox } from '../components/feedback.js';

export interface SearchPageOptions {
  path: 'search' | 'modules';
  /** Parameters sent to the API but not shown (kind=module on /modules). */
  fixed: Record<string, string>;
  title: string;
  intro?: string;
}

const DEBOUNCE_MS = 250;

export function searchPage(ctx: PageContext, opts: SearchPageOptions): PageInstance {
  const base = `/${ctx.ui}/${opts.path}`;
  const fixedParams = Object.keys(opts.fixed);
  let params = new URLSearchParams(ctx.url.search);
  let controller: AbortController | null = null;
  let timer: number | undefined;
  let typing = false;

  const input = h('input', { type: 'search', name: 'q', id: 'q', class: 'searchbar__input', autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search' });
  const form = h('form', { class: 'searchbar', role: 'search', action: base, method: 'get' },
    h('label', { for: 'q', class: 'searchbar__label' }, t('search.label')),
    h('div', { class: 'searchbar__row' }, input, h('button', { type: 'submit', class: 'button' }, t('search.submit'))));
  const sort = h('select', { id: 'sort', name: 'sort' }, SORTS.map((s) => h('option', { value: s }, t(`search.sort_${s}`))));
  const status = h('p', { class: 'results__status', role: 'status', 'aria-live': 'polite', id: 'status' });
  const tools = h('p', { class: 'results__tools' });
  const chipBox = h('div', { class: 'chips-box' });
  const body = h('div', { class: 'results__body', id: 'results' });
  const pager = h('div', { class: 'results__pager' });
  const facetBox = h('div', { class: 'facets-box' });
  const resultsH = h('h2', { id: 'results-h', class: 'visually-hidden', tabindex: '-1' }, t('search.results_heading'));

  clear(ctx.main);
  ctx.main.append(
    h('h1', { class: 'page-title', tabindex: '-1' }, opts.title),
    opts.intro ? h('p', { class: 'lead' }, opts.intro) : '',
    form,
    h('div', { class: 'search-layout' },
      facetBox,
      h('section', { class: 'results', 'aria-labelledby': 'results-h' },
        resultsH,
        h('div', { class: 'results__bar' }, status,
          h('div', { class: 'results__sort' }, h('label', { for: 'sort' }, t('search.sort_label')), sort)),
        chipBox, tools, body, pager)));

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    navigate(`${base}?${withQ(input.value)}`);
  });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (input.value.trim() === (params.get('q') ?? '').trim()) return;
      navigate(`${base}?${withQ(input.value)}`, { replace: typing, keepFocus: true });
      typing = true;
    }, DEBOUNCE_MS);
  });
  sort.addEventListener('change', () => {
    const p = new URLSearchParams(params);
    if (sort.value === 'relevance') p.delete('sort');
    else p.set('sort', sort.value);
    p.delete('page');
    navigate(`${base}?${p}`, { keepFocus: true });
  });
  ctx.signal.addEventListener('abort', () => {
    window.clearTimeout(timer);
    controller?.abort();
    document.getElementById('feed-link')?.remove();
  });

  function withQ(q: string): URLSearchParams {
    const p = new URLSearchParams(params);
    if (q.trim()) p.set('q', q);
    else p.delete('q');
    p.delete('page');
    return p;
  }

  function apiParams(): URLSearchParams {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(opts.fixed)) p.set(k, v);
    return p;
  }

  async function run(uopts: UpdateOptions): Promise<void> {
    const q = params.get('q') ?? '';
    if (document.activeElement !== input || input.value.trim() !== q.trim()) input.value = q;
    sort.value = SORTS.find((s) => s === params.get('sort')) ?? 'relevance';
    setTitle(q ? t('search.title_q', { q }) : opts.title);
    exportLinks();
    controller?.abort();
    controller = new AbortController();
    body.setAttribute('aria-busy', 'true');
    // Where focus was (a facet link, a chip), to put it back on the re-rendered element.
    const focused = document.activeElement as HTMLElement | null;
    const focusKey = focused?.dataset.facet ? `[data-facet="${CSS.escape(focused.dataset.facet)}"][data-value="${CSS.escape(focused.dataset.value ?? '')}"]` : null;
    const focusWasIn = focused && (chipBox.contains(focused) || pager.contains(focused));
    let res: SearchResponse;
    try {
      res = await getJson<SearchResponse>(searchUrl(apiParams()), controller.signal);
    } catch (err) {
      if (isAbort(err)) return;
      body.removeAttribute('aria-busy');
      status.textContent = '';
      clear(body);
      clear(pager);
      clear(facetBox);
      body.append(errorBox(err));
      return;
    }
    body.removeAttribute('aria-busy');
    render(res, q);
    if (focusKey) facetBox.querySelector<HTMLElement>(focusKey)?.focus();
    else if (focusWasIn) resultsH.focus();
    if (uopts.pop && uopts.scrollY !== undefined) window.scrollTo(0, uopts.scrollY);
  }

  function render(res: SearchResponse, q: string): void {
    const labels = new Map<string, string>();
    for (const [facet, values] of Object.entries(res.facets ?? {})) {
      for (const v of values) labels.set(`${facet === 'language' ? 'lang' : facet}=${v.value}`, v.label);
    }
    status.textContent = `${t('search.count', { count: res.total })} ${t('search.took', { ms: fmtNumber(res.took_ms) })}`;
    clear(facetBox);
    facetBox.append(facetPanel(res.facets ?? {}, params, base, opts.path === 'modules' ? ['kind'] : []));
    clear(chipBox);
    const active = chips(params, labels, fixedParams);
    if (active.length) {
      chipBox.append(h('div', { class: 'chips', role: 'group', 'aria-label': t('search.active_filters') },
        h('ul', null, active.map((c) => h('li', null,
          h('a', { class: 'chip', href: `${base}?${c.without}`, 'aria-label': t('search.remove_filter', { label: c.label }) },
            h('span', null, c.label), h('span', { class: 'chip__x', 'aria-hidden': 'true' }, '×'))))),
        active.length > 1 ? h('a', { class: 'chips__clear', href: `${base}${q ? `?${new URLSearchParams({ q })}` : ''}` }, t('search.clear_filters')) : null));
    }
    clear(body);
    if (!res.hits.length) {
      body.append(h('div', { class: 'empty', id: 'empty' },
        h('h2', null, q ? t('search.empty_title_q', { q }) : t('search.empty_title')),
        h('ul', null,
          active.length ? h('li', null, t('search.empty_filters')) : null,
          h('li', null, t('search.empty_words')),
          h('li', null, t('search.empty_languages')))));
    } else {
      const concepts = typeof res.query === 'object' ? res.query.concepts ?? [] : [];
      const understood = understoodLine(res);
      if (understood) body.append(understood);
      body.append(h('ol', { class: 'hits', start: (res.page - 1) * res.per_page + 1 }, res.hits.map((hit) => hitItem(hit, ctx.ui, q, concepts))));
    }
    clear(pager);
    const nav = pagination(res.total, res.page, res.per_page, params, base);
    if (nav) pager.append(nav);
  }

  function exportLinks(): void {
    const p = apiParams();
    p.delete('page');
    p.delete('per_page');
    const csv = new URLSearchParams(p);
    csv.set('format', 'csv');
    const json = new URLSearchParams(p);
    json.set('format', 'json');
    clear(tools);
    tools.append(
      h('a', { href: `/api/export?${csv}`, class: 'tool-link', download: '', id: 'export-csv' }, t('search.export_csv')), ' ',
      h('a', { href: `/api/export?${json}`, class: 'tool-link', download: '', id: 'export-json' }, t('search.export_json')), ' ',
      h('a', { href: `/api/feed?${p}`, class: 'tool-link', id: 'feed' }, t('search.feed')));
    // Feed autodiscovery for the current search.
    let link = document.getElementById('feed-link') as HTMLLinkElement | null;
    if (!link) {
      link = h('link', { rel: 'alternate', type: 'application/atom+xml', id: 'feed-link' });
      document.head.append(link);
    }
    link.href = `/api/feed?${p}`;
    link.title = t('search.feed');
  }

  void run({});
  return {
    update(next, uopts) {
      params = new URLSearchParams(next.url.search);
      if (!uopts.keepFocus) typing = false;
      void run(uopts);
      return true;
    },
  };
}

/** What the query was understood to ask for, searched in every language: its concepts (and related ones), named in the UI language. */
function understoodLine(res: SearchResponse): HTMLElement | null {
  if (typeof res.query !== 'object' || !res.query.concepts?.length) return null;
  const names = (ids: string[]) => ids.map((c) => (typeof res.query === 'object' ? res.query.concept_labels?.[c] : undefined) ?? c.replace(/-/g, ' ')).join(', ');
  const related = res.query.related_concepts ?? [];
  return h('p', { class: 'understood', id: 'understood' },
    t('search.understood', { concepts: names(res.query.concepts) }),
    related.length ? ` ${t('search.understood_related', { concepts: names(related) })}` : null);
}
