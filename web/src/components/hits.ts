/** One search hit: title, where it comes from, the highlighted snippet and its best-matching provisions. */
import { h, langAttr, markedTerms, snippet } from '../dom.js';
import { countryLabel, crimeNameIn, fmtDate, kindLabel, languageLabel, t, type UiLang } from '../i18n.js';
import type { SearchHit } from '../api.js';

/** Link to a document; `q` (and the engine's matched words, `hl`) make the document page highlight them. */
export function documentHref(ui: UiLang, id: string, q: string, key?: string, hl: string[] = []): string {
  const p = new URLSearchParams();
  if (q.trim()) p.set('q', q.trim());
  const extra = [...new Set(hl)].filter((w) => !q.toLowerCase().includes(w.toLowerCase()));
  if (extra.length) p.set('hl', extra.join(' '));
  const qs = p.toString();
  return `/${ui}/documents/${encodeURIComponent(id)}${qs ? `?${qs}` : ''}${key ? `#${encodeURIComponent(key)}` : ''}`;
}

/**
 * `concepts`: what the engine understood the query to name (e.g. the crime category
 * money-laundering for "money laundering"); their names in the hit's language are highlighted too.
 */
export function hitItem(hit: SearchHit, ui: UiLang, q: string, concepts: string[] = []): HTMLElement {
  const hitLang = langAttr(hit.language);
  const conceptNames = concepts.map((c) => crimeNameIn(c, hit.language)).filter((x): x is string => !!x);
  const marked = [...conceptNames, ...markedTerms(hit.snippet), ...hit.provisions.flatMap((p) => markedTerms(p.snippet))];
  const meta = [kindLabel(hit.kind), countryLabel(hit.country), languageLabel(hit.language), fmtDate(hit.date)].filter(Boolean);
  return h('li', { class: 'hit', 'data-id': hit.id, 'data-date': hit.date ?? '' },
    h('article', { 'aria-labelledby': `hit-${hit.id}` },
      h('h3', { class: 'hit__title', id: `hit-${hit.id}` },
        h('a', { href: documentHref(ui, hit.id, q, undefined, marked), lang: hitLang, dir: 'auto' }, hit.title)),
      hit.title_en && hit.title_en !== hit.title ? h('p', { class: 'hit__title-en', lang: 'en', dir: 'ltr' }, hit.title_en) : null,
      h('p', { class: 'hit__meta' }, meta.join(' · ')),
      hit.snippet ? h('p', { class: 'hit__snippet snippet', lang: hitLang, dir: 'auto' }, snippet(hit.snippet)) : null,
      hit.provisions.length
        ? h('div', { class: 'hit__provisions' },
          h('h4', { class: 'visually-hidden' }, t('search.best_provisions')),
          h('ul', null, hit.provisions.map((p) =>
            h('li', { class: 'hit-provision', 'data-key': p.key },
              h('a', { href: documentHref(ui, hit.id, q, p.key, [...conceptNames, ...markedTerms(p.snippet)]), class: 'hit-provision__label', lang: hitLang, dir: 'auto' }, p.label || p.key),
              p.snippet ? h('p', { class: 'snippet', lang: hitLang, dir: 'auto' }, snippet(p.snippet)) : null))))
        : null));
}
