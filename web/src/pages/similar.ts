/** Precedent finder: paste a draft provision, get similar provisions from other countries (POST /api/similar). */
import { clear, h, langAttr } from '../dom.js';
import { countryLabel, crimeLabel, kindLabel, languageLabel, t, vocabCodes } from '../i18n.js';
import { isAbort, postJson, type SimilarResponse } from '../api.js';
import { setTitle, type PageContext } from '../page.js';
import { errorBox, loading } from '../components/feedback.js';
import { documentHref } from '../components/hits.js';
import { articleTag } from '../components/tags.js';

const MIN_CHARS = 20;

export function similarPage(ctx: PageContext): void {
  const { ui } = ctx;
  setTitle(t('similar.title'));
  const text = h('textarea', { id: 'draft', name: 'text', rows: 8, required: true, minlength: MIN_CHARS, maxlength: 5000, 'aria-describedby': 'draft-hint', dir: 'auto' });
  const kind = h('select', { id: 'similar-kind', name: 'kind' },
    h('option', { value: '' }, t('similar.any')), vocabCodes('kind').map((k) => h('option', { value: k }, kindLabel(k))));
  kind.value = 'legislation';
  // The drafter's own country, to leave out ("provisions from other countries").
  const collator = new Intl.Collator(ui);
  const countries = vocabCodes('country').filter((c) => c !== 'INT').sort((a, b) => collator.compare(countryLabel(a), countryLabel(b)));
  const exclude = h('select', { id: 'similar-exclude', name: 'exclude_country' },
    h('option', { value: '' }, t('similar.exclude_none')), countries.map((c) => h('option', { value: c }, countryLabel(c))));
  const results = h('section', { class: 'similar-results', 'aria-labelledby': 'similar-h' });
  let controller: AbortController | null = null;
  ctx.signal.addEventListener('abort', () => controller?.abort());
  const form = h('form', { class: 'similar-form' },
    h('label', { for: 'draft' }, t('similar.label')),
    h('p', { id: 'draft-hint', class: 'hint' }, t('similar.hint', { count: MIN_CHARS })),
    text,
    h('div', { class: 'similar-form__row' },
      h('label', { for: 'similar-kind' }, t('similar.kind')), kind,
      h('label', { for: 'similar-exclude' }, t('similar.exclude')), exclude,
      h('button', { type: 'submit', class: 'button' }, t('similar.submit'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });

  async function run(): Promise<void> {
    const draft = text.value.trim();
    if (draft.length < MIN_CHARS) {
      text.focus();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    clear(results);
    const heading = h('h2', { id: 'similar-h', tabindex: '-1' }, t('similar.results_heading'));
    results.append(heading, loading());
    let res: SimilarResponse;
    try {
      res = await postJson<SimilarResponse>('/api/similar', {
        text: draft, locale: ui, ...(kind.value ? { kind: kind.value } : {}), ...(exclude.value ? { exclude_country: exclude.value } : {}),
      }, controller.signal);
    } catch (err) {
      if (isAbort(err)) return;
      results.lastChild?.remove();
      results.append(errorBox(err));
      return;
    }
    results.lastChild?.remove();
    results.append(h('p', { role: 'status', id: 'similar-count' }, t('similar.count', { count: res.results.length })));
    if (res.results.length) {
      results.append(h('ol', { class: 'hits' }, res.results.map((p) => {
        const lang = langAttr(p.language);
        // Concepts named in the page's language (the API labels them for the locale it was asked in).
        const why = p.why.shared_concepts.map((c) => p.why.concept_labels[c] ?? (crimeLabel(c) === c ? c.replace(/-/g, ' ') : crimeLabel(c)));
        return h('li', { class: 'hit similar-hit', 'data-id': p.document, 'data-key': p.key },
          h('h3', { class: 'hit__title' }, h('a', { href: documentHref(ui, p.document, '', p.key), lang, dir: 'auto' }, `${p.title} — ${p.label}`)),
          h('p', { class: 'hit__meta' }, [countryLabel(p.country), kindLabel(p.kind), languageLabel(p.language)].join(' · ')),
          p.text ? h('p', { class: 'snippet', lang, dir: 'auto' }, p.text.length >= 600 ? `${p.text}…` : p.text) : null,
          why.length ? h('p', { class: 'similar-hit__why' }, t('similar.why'), ' ', h('span', { dir: 'auto' }, why.join(', '))) : null,
          p.articles.length ? h('p', { class: 'provision__tags' }, p.articles.map((a) => articleTag(ui, a))) : null);
      })));
    }
    heading.focus();
  }

  clear(ctx.main);
  ctx.main.append(
    h('h1', { class: 'page-title', tabindex: '-1' }, t('similar.title')),
    h('p', { class: 'lead' }, t('similar.intro')),
    form, results);
}
