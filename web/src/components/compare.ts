/** Two provisions side by side (full text from GET /api/documents/:id/provisions/:key). */
import { clear, h, langAttr } from '../dom.js';
import { countryLabel, t, type UiLang } from '../i18n.js';
import { getJson, isAbort, type ProvisionResponse } from '../api.js';
import { errorBox, loading } from './feedback.js';
import { documentHref } from './hits.js';

/** `<documentId>~<key>`, the provision's global id (DESIGN.md). */
export function parseRef(ref: string): { id: string; key: string } | null {
  const i = ref.indexOf('~');
  return i > 0 ? { id: ref.slice(0, i), key: ref.slice(i + 1) } : null;
}

export async function renderComparison(box: HTMLElement, ui: UiLang, refs: string[], signal: AbortSignal): Promise<void> {
  clear(box);
  box.append(h('h2', { id: 'compare-h', tabindex: '-1' }, t('article.compare_heading')), loading());
  const parsed = refs.map(parseRef).filter((r): r is { id: string; key: string } => r !== null);
  let provisions: ProvisionResponse[];
  try {
    provisions = await Promise.all(parsed.map((r) => getJson<ProvisionResponse>(`/api/documents/${encodeURIComponent(r.id)}/provisions/${encodeURIComponent(r.key)}`, signal)));
  } catch (err) {
    if (isAbort(err)) return;
    box.lastChild?.remove();
    box.append(errorBox(err));
    return;
  }
  box.lastChild?.remove();
  box.append(h('div', { class: 'compare-grid' }, provisions.map((p) => {
    const lang = langAttr(p.document.language);
    return h('article', { class: 'compare-col', 'aria-labelledby': `cmp-${p.document.id}-${p.key}` },
      h('h3', { id: `cmp-${p.document.id}-${p.key}` }, countryLabel(p.document.country)),
      h('p', { class: 'compare-col__doc', lang, dir: 'auto' }, p.document.title),
      h('p', { class: 'compare-col__label', lang, dir: 'auto' }, [p.number, p.heading].filter(Boolean).join(' ')),
      h('p', { class: 'compare-col__text provision__text', lang, dir: 'auto' }, p.text),
      h('p', null, h('a', { href: documentHref(ui, p.document.id, '', p.key) }, t('article.open_provision'))));
  })));
}
