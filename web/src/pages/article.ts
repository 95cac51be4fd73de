/**
 * Treaty article: its text in the languages held, and the comparison grid of each country's
 * provisions implementing it. Pick two provisions to compare them in two columns; the choice is
 * in the URL (`?compare=<doc>~<key>&compare=…`), so a comparison can be shared.
 */
import { clear, h, langAttr } from '../dom.js';
import { articleShort, countryLabel, languageLabel, t, treatyLabel } from '../i18n.js';
import { getJson, isAbort, type ArticleResponse, type GridCell, type GridCountry } from '../api.js';
import { navigate } from '../router.js';
import { setTitle, type PageContext, type PageInstance } from '../page.js';
import { errorBox, loading } from '../components/feedback.js';
import { documentHref } from '../components/hits.js';
import { renderComparison } from '../components/compare.js';

export async function articlePage(ctx: PageContext): Promise<PageInstance | void> {
  const { treaty, n } = ctx.route.params;
  const code = `${treaty.toUpperCase()}-${n}`;
  const { ui } = ctx;
  const title = t(`vocab:article.${code}`, { defaultValue: '' });
  setTitle(`${articleShort(code)}${title ? ` — ${title}` : ''}`);
  clear(ctx.main);
  const body = h('div', null, loading());
  ctx.main.append(
    h('p', { class: 'doc-header__kind' }, treatyLabel(treaty.toUpperCase())),
    h('h1', { class: 'page-title', tabindex: '-1' }, articleShort(code), title ? [h('span', { class: 'visually-hidden' }, ' — '), h('span', { class: 'page-title__sub' }, title)] : null),
    body);
  let data: ArticleResponse;
  try {
    data = await getJson<ArticleResponse>(`/api/treaties/${encodeURIComponent(treaty.toUpperCase())}/articles/${encodeURIComponent(n)}?locale=${ui}`, ctx.signal);
  } catch (err) {
    if (isAbort(err)) return;
    clear(body);
    body.append(errorBox(err));
    return;
  }
  clear(body);
  const compareBox = h('section', { class: 'compare', id: 'compare', 'aria-labelledby': 'compare-h' });
  const selected = new Set(ctx.url.searchParams.getAll('compare').slice(0, 2));
  const button = h('button', { type: 'button', class: 'button', id: 'compare-button' }, t('article.compare'));
  const count = h('span', { class: 'compare-bar__count', 'aria-live': 'polite' });
  const boxes: HTMLInputElement[] = [];
  let focusNext = false;

  const sync = () => {
    count.textContent = t('article.selected', { count: selected.size });
    button.disabled = selected.size !== 2;
    for (const b of boxes) b.disabled = !b.checked && selected.size >= 2;
  };
  const showComparison = (focus: boolean) => {
    if (selected.size !== 2) {
      clear(compareBox);
      return;
    }
    void renderComparison(compareBox, ui, [...selected], ctx.signal).then(() => {
      if (focus) compareBox.querySelector<HTMLElement>('#compare-h')?.focus();
    });
  };
  button.addEventListener('click', () => {
    const u = new URL(location.href);
    u.searchParams.delete('compare');
    for (const r of selected) u.searchParams.append('compare', r);
    focusNext = true;
    navigate(u.href, { replace: true, keepFocus: true });
  });

  const row = (c: GridCountry) => h('tr', null,
    h('th', { scope: 'row', class: 'grid__country' }, c.code === 'INT' ? countryLabel(c.code) : h('a', { href: `/${ui}/countries/${c.code}` }, countryLabel(c.code))),
    h('td', null, h('ul', { class: 'grid__provisions' }, (c.cells[code] ?? []).map((p) => gridProvision(p)))));
  const gridProvision = (p: GridCell) => {
    const ref = `${p.document}~${p.key}`;
    const id = `pick-${p.document}-${p.key}`;
    const lang = langAttr(p.language);
    const box = h('input', { type: 'checkbox', id, value: ref, class: 'grid__pick', 'data-ref': ref });
    box.checked = selected.has(ref);
    box.addEventListener('change', () => {
      if (box.checked) selected.add(ref);
      else selected.delete(ref);
      sync();
    });
    boxes.push(box);
    return h('li', { class: 'grid__provision' },
      h('div', { class: 'grid__pickrow' }, box,
        h('label', { for: id },
          h('span', { class: 'visually-hidden' }, `${t('article.select')}: `),
          h('span', { lang, dir: 'auto', class: 'grid__doc' }, p.title),
          h('span', { lang, dir: 'auto', class: 'grid__num' }, p.label))),
      h('a', { href: documentHref(ui, p.document, '', p.key), class: 'grid__open' }, t('article.open_provision'),
        h('span', { class: 'visually-hidden' }, `: ${p.title} ${p.label}`)));
  };

  const texts = data.texts ?? [];
  const primary = texts.find((x) => x.language === ui) ?? texts.find((x) => x.language === 'en') ?? texts[0];
  body.append(
    h('section', { class: 'article-texts', 'aria-labelledby': 'article_text_h' },
      h('h2', { id: 'article_text_h' }, t('article.text')),
      texts.length ? texts.map((x) => h('details', { class: 'article-text', open: x === primary },
        h('summary', null, languageLabel(x.language)),
        h('h3', { lang: langAttr(x.language), dir: 'auto' }, [x.number, x.heading].filter(Boolean).join(' ') || x.title),
        x.text ? h('p', { class: 'provision__text', lang: langAttr(x.language), dir: 'auto' }, x.text) : null,
        h('p', null, h('a', { href: documentHref(ui, x.document, '', `art-${n}`) }, t('article.open_treaty'))))) : h('p', null, t('article.no_text'))),
    h('section', { class: 'article-grid', 'aria-labelledby': 'grid_h' },
      h('h2', { id: 'grid_h' }, t('article.grid')),
      data.countries.length
        ? [h('p', { class: 'hint' }, t('article.compare_hint')),
          h('div', { class: 'compare-bar' }, count, ' ', button),
          h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'grid_h' },
            h('table', { class: 'grid' },
              h('caption', { class: 'visually-hidden' }, t('article.grid')),
              h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('article.country')), h('th', { scope: 'col' }, t('article.provisions')))),
              h('tbody', null, data.countries.map(row))))]
        : h('p', { class: 'empty' }, t('article.no_provisions'))),
    compareBox,
    h('p', null, h('a', { href: `/${ui}/search?${new URLSearchParams({ article: code })}` }, t('article.search_all'))));
  sync();
  showComparison(false);
  return {
    // Only `compare` changes on this page (the Compare button, back/forward): no re-render of the grid.
    update(next) {
      if (next.url.pathname !== ctx.url.pathname) return false;
      selected.clear();
      for (const r of next.url.searchParams.getAll('compare').slice(0, 2)) selected.add(r);
      for (const b of boxes) b.checked = selected.has(b.value);
      sync();
      showComparison(focusNext);
      focusNext = false;
      return true;
    },
  };
}
