/**
 * A document: metadata panel with its tags and the evidence behind each, a table of contents, the
 * text with one anchor per provision (`id="<key>"`), query terms highlighted when arriving from a
 * search (`?q=`, plus `hl=`: the words the engine matched, e.g. 洗钱 for "money laundering").
 */
import { clear, h, highlightPattern, highlighted, langAttr, safeHref, type Child } from '../dom.js';
import { countryLabel, fmtDate, fmtNumber, kindLabel, languageLabel, t } from '../i18n.js';
import { getJson, isAbort, type DocumentBody, type Evidence, type Provision } from '../api.js';
import { setTitle, type PageContext } from '../page.js';
import { errorBox, loading } from '../components/feedback.js';
import { articleTag, crimeTag } from '../components/tags.js';

/** Metadata fields shown when present (each has a label in every locale). */
const FIRST_SLICE = 120;
const SLICE = 300;

const META_FIELDS = ['court', 'citation', 'parties', 'outcome', 'authors', 'publisher', 'container', 'year', 'series', 'level', 'topic', 'year_enacted'];

export async function documentPage(ctx: PageContext): Promise<void> {
  const id = ctx.route.params.id;
  clear(ctx.main);
  ctx.main.append(loading());
  let doc: DocumentBody;
  try {
    doc = await getJson<DocumentBody>(`/api/documents/${encodeURIComponent(id)}`, ctx.signal);
  } catch (err) {
    if (isAbort(err)) return;
    clear(ctx.main);
    setTitle(t('error.generic_title'));
    ctx.main.append(h('h1', { class: 'page-title', tabindex: '-1' }, t('doc.unavailable')), errorBox(err));
    return;
  }
  if (ctx.signal.aborted) return;
  setTitle(doc.title);
  const q = ctx.url.searchParams.get('q') ?? '';
  const hl = ctx.url.searchParams.get('hl') ?? '';
  const terms = [q.trim(), ...q.split(/\s+/), ...hl.split(/\s+/)].filter(Boolean);
  const re = highlightPattern(terms);
  const docLang = langAttr(doc.language);
  let marks = 0;
  const mark = (text: string): DocumentFragment => {
    const r = highlighted(text, re);
    marks += r.count;
    return r.frag;
  };

  const textBox = h('div', { class: 'doc-text', lang: docLang, dir: 'auto' });
  let lastPath = '';
  let rendered = 0;
  const renderUntil = (n: number) => {
    const frag = document.createDocumentFragment();
    for (; rendered < Math.min(n, doc.provisions.length); rendered++) {
      const p = doc.provisions[rendered];
      const path = p.path.join(' › ');
      if (path && path !== lastPath) frag.append(h('h2', { class: 'doc-text__path' }, path));
      lastPath = path;
      frag.append(provisionSection(ctx, p, mark));
    }
    textBox.append(frag);
  };
  // Long codes (the Canadian Criminal Code has ~1,800 provisions) render in slices: the part up
  // to the target provision first, the rest while the reader is already reading.
  const target = doc.provisions.findIndex((p) => p.key === decodeURIComponent(location.hash.slice(1)));
  renderUntil(Math.max(FIRST_SLICE, target + 20));
  const summary = doc.summary ? h('section', { class: 'doc-summary', 'aria-labelledby': 'doc_summary_h' },
    h('h2', { id: 'doc_summary_h' }, t('doc.summary')), h('p', { lang: docLang, dir: 'auto' }, mark(doc.summary))) : null;

  const bar = highlightBar(q, hl, marks);
  clear(ctx.main);
  ctx.main.append(
    h('header', { class: 'doc-header' },
      h('p', { class: 'doc-header__kind' }, kindLabel(doc.kind), ' · ', countryLabel(doc.country)),
      h('h1', { class: 'page-title', tabindex: '-1', lang: docLang, dir: 'auto' }, doc.title),
      doc.title_en && doc.title_en !== doc.title ? h('p', { class: 'doc-header__en', lang: 'en', dir: 'ltr' }, doc.title_en) : null,
      bar),
    h('div', { class: 'doc-layout' },
      h('div', { class: 'doc-side' }, metadataPanel(ctx, doc), toc(doc.provisions, docLang)),
      h('div', { class: 'doc-main' },
        summary,
        doc.pointer || !doc.provisions.length
          ? h('p', { class: 'notice' }, t('doc.pointer'), ' ', originalLink(doc))
          : h('section', { 'aria-labelledby': 'doc_text_h' }, h('h2', { id: 'doc_text_h', class: 'visually-hidden' }, t('doc.text')), textBox))));
  jsonLd(ctx, doc);
  landOnTarget();
  // Not awaited: the page is usable (and the router done with it) while the rest renders.
  void (async () => {
    const before = marks;
    while (rendered < doc.provisions.length) {
      await new Promise((r) => setTimeout(r, 0));
      if (ctx.signal.aborted) return;
      renderUntil(rendered + SLICE);
    }
    textBox.dataset.complete = 'true';
    // The count covers the whole text only now.
    if (bar && marks !== before) bar.replaceWith(highlightBar(q, hl, marks) ?? '');
  })();
}

function provisionSection(ctx: PageContext, p: Provision, mark: (s: string) => DocumentFragment): HTMLElement {
  const label = [p.number, p.heading].filter(Boolean).join(' ');
  const tags: Child[] = [...p.crimes.map((c) => crimeTag(ctx.ui, c)), ...p.articles.map((a) => articleTag(ctx.ui, a))];
  return h('section', { class: 'provision', id: p.key, tabindex: '-1', 'aria-labelledby': label ? `${p.key}__h` : null, 'data-key': p.key },
    label ? h('h3', { class: 'provision__label', id: `${p.key}__h` }, h('a', { href: `#${encodeURIComponent(p.key)}`, class: 'provision__anchor' }, mark(label))) : null,
    h('p', { class: 'provision__text' }, mark(p.text)),
    tags.length ? h('p', { class: 'provision__tags', lang: ctx.ui, dir: 'auto' }, tags) : null);
}

function highlightBar(q: string, hl: string, marks: number): HTMLElement | null {
  if (!q && !hl) return null;
  const words = [q, hl].filter(Boolean).join(' ');
  const off = new URL(location.href);
  off.searchParams.delete('q');
  off.searchParams.delete('hl');
  let idx = -1;
  const step = (d: number) => () => {
    const all = [...document.querySelectorAll<HTMLElement>('.doc-text mark, .doc-summary mark')];
    if (!all.length) return;
    all[idx]?.classList.remove('is-current');
    idx = (idx + d + all.length) % all.length;
    all[idx].classList.add('is-current');
    all[idx].scrollIntoView({ block: 'center' });
  };
  return h('div', { class: 'highlight-bar', role: 'status' },
    h('span', null, t('doc.highlights', { count: marks, terms: words })),
    marks ? [' ', h('button', { type: 'button', class: 'link-button', onclick: step(-1) }, t('doc.prev_match')),
      ' ', h('button', { type: 'button', class: 'link-button', onclick: step(1) }, t('doc.next_match'))] : null,
    ' ', h('a', { href: `${off.pathname}${off.search}${off.hash}` }, t('doc.clear_highlights')));
}

function originalLink(doc: DocumentBody): HTMLElement | null {
  const href = safeHref(doc.url ?? doc.source?.url ?? null);
  return href ? h('a', { href, rel: 'noopener noreferrer nofollow', class: 'external' }, t('doc.original')) : null;
}

function metaValue(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length) return v.join('; ');
  return null;
}

function metadataPanel(ctx: PageContext, doc: DocumentBody): HTMLElement {
  const { ui } = ctx;
  const rows: [string, Child][] = [
    [t('doc.kind'), kindLabel(doc.kind)],
    [t('doc.country'), doc.country === 'INT' ? countryLabel(doc.country) : h('a', { href: `/${ui}/countries/${doc.country}` }, countryLabel(doc.country))],
    [t('doc.date'), doc.date ? h('time', { datetime: doc.date }, fmtDate(doc.date)) : t('doc.undated')],
    [t('doc.language'), languageLabel(doc.language)],
  ];
  for (const f of META_FIELDS) {
    const v = metaValue(doc.meta?.[f]);
    if (v) rows.push([t(`doc.meta.${f}`), h('span', { dir: 'auto' }, v)]);
  }
  const original = originalLink(doc);
  if (original) rows.push([t('doc.source'), original]);
  else if (doc.source?.repo) rows.push([t('doc.source'), h('span', { dir: 'ltr' }, `${doc.source.repo}${doc.source.path ? ` — ${doc.source.path}` : ''}`)]);
  rows.push([t('doc.licence'), doc.licence ? h('span', { dir: 'auto' }, doc.licence) : t('doc.licence_unknown')]);
  if (doc.provisions.length) rows.push([t('doc.provisions_label'), t('doc.provisions', { count: doc.provisions.length })]);

  const byTag = (type: Evidence['type'], tag: string) => doc.evidence.filter((e) => e.type === type && e.tag === tag);
  return h('aside', { class: 'meta-panel', 'aria-labelledby': 'doc_meta_h' },
    h('h2', { id: 'doc_meta_h' }, t('doc.about')),
    h('dl', { class: 'meta-list' }, rows.map(([k, v]) => [h('dt', null, k), h('dd', null, v)])),
    doc.crimes.length ? h('section', { class: 'meta-tags', 'aria-labelledby': 'doc_crimes_h' },
      h('h3', { id: 'doc_crimes_h' }, t('doc.crimes')),
      h('ul', { class: 'tag-list' }, doc.crimes.map((c) => h('li', null, crimeTag(ui, c), evidenceDetails(byTag('crime', c)))))) : null,
    doc.articles.length ? h('section', { class: 'meta-tags', 'aria-labelledby': 'doc_articles_h' },
      h('h3', { id: 'doc_articles_h' }, t('doc.articles')),
      h('ul', { class: 'tag-list' }, doc.articles.map((a) => h('li', null, articleTag(ui, a, true), evidenceDetails(byTag('article', a)))))) : null);
}

function evidenceDetails(ev: Evidence[]): HTMLElement | null {
  if (!ev.length) return null;
  return h('details', { class: 'evidence' },
    h('summary', null, t('doc.evidence')),
    h('ul', null, ev.map((e) => h('li', null,
      h('span', { class: 'evidence__how' }, t(`doc.how.${e.how}`)), e.rule ? ` (${e.rule})` : '',
      e.terms.length ? [h('br'), t('doc.terms'), ' ', h('span', { dir: 'auto' }, e.terms.slice(0, 8).map((x) => `“${x}”`).join(', '))] : null,
      e.provisions.length ? [h('br'), t('doc.found_in'), ' ',
        e.provisions.slice(0, 12).map((k, i) => [i ? ', ' : '', h('a', { href: `#${encodeURIComponent(k)}` }, k)]),
        e.provisions.length > 12 ? ` ${t('doc.and_more', { count: e.provisions.length - 12 })}` : ''] : null))));
}

function toc(provisions: Provision[], docLang: string | null): HTMLElement | null {
  const labelled = provisions.filter((p) => p.number || p.heading);
  if (labelled.length < 2) return null;
  return h('nav', { class: 'toc', 'aria-labelledby': 'doc_toc_h' },
    h('h2', { id: 'doc_toc_h' }, t('doc.toc'), ' ', h('span', { class: 'toc__count' }, `(${fmtNumber(labelled.length)})`)),
    h('ol', { class: 'toc__list', lang: docLang, dir: 'auto' }, labelled.map((p) =>
      h('li', null, h('a', { href: `#${encodeURIComponent(p.key)}` }, [p.number, p.heading].filter(Boolean).join(' '))))));
}

/** Arriving with `#<key>` (from a search hit): scroll to the provision, mark it and move focus to it. */
export function landOnTarget(): void {
  const key = decodeURIComponent(location.hash.slice(1));
  document.querySelectorAll('.provision.is-target').forEach((el) => el.classList.remove('is-target'));
  if (!key) return;
  const el = document.getElementById(key);
  if (!el || !el.classList.contains('provision')) return;
  el.classList.add('is-target');
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

/** schema.org `Legislation` for laws and treaties (a data block: CSP does not apply, nothing runs). */
function jsonLd(ctx: PageContext, doc: DocumentBody): void {
  if (doc.kind !== 'legislation' && doc.kind !== 'treaty') return;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': location.origin + location.pathname,
    name: doc.title,
    ...(doc.title_en && doc.title_en !== doc.title ? { alternateName: doc.title_en } : {}),
    legislationIdentifier: doc.id,
    legislationType: doc.kind === 'treaty' ? 'Treaty' : 'Law',
    ...(doc.date ? { legislationDate: doc.date } : {}),
    legislationJurisdiction: doc.country,
    inLanguage: doc.language,
    ...(doc.licence ? { license: doc.licence } : {}),
    ...(safeHref(doc.url) ? { sameAs: safeHref(doc.url) } : {}),
    url: location.origin + location.pathname,
    about: doc.crimes,
  };
  const el = h('script', { type: 'application/ld+json', id: 'jsonld' });
  el.textContent = JSON.stringify(data);
  document.getElementById('jsonld')?.remove();
  document.head.append(el);
  ctx.signal.addEventListener('abort', () => el.remove());
}
