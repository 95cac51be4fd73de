/** Links for tags: a crime category → its search, an article code → the treaty-article page. */
import { h } from '../dom.js';
import { articleShort, articleLabel, crimeLabel, parseArticle, type UiLang } from '../i18n.js';

export function articleHref(ui: UiLang, code: string): string | null {
  const p = parseArticle(code);
  return p ? `/${ui}/treaties/${encodeURIComponent(p.treaty)}/articles/${p.n}` : null;
}

export function crimeTag(ui: UiLang, slug: string): HTMLElement {
  return h('a', { class: 'tag tag--crime', href: `/${ui}/search?crime=${encodeURIComponent(slug)}` }, crimeLabel(slug));
}

export function articleTag(ui: UiLang, code: string, long = false): HTMLElement {
  const href = articleHref(ui, code);
  const text = long ? articleLabel(code) : articleShort(code);
  return href ? h('a', { class: 'tag tag--article', href, title: articleLabel(code) }, text) : h('span', { class: 'tag' }, text);
}
