/** Precedent finder: paste a draft provision, get similar provisions from other countries (POST /api/similar). */
import { clear, h, langAttr, snippet } from '../dom.js';
import { countryLabel, kindLabel, languageLabel, t, vocabCodes } from '../i18n.js';
import { isAbort, postJson, type SimilarResponse } from '../api.js';
import { setTitle, type PageContext } from '../page.js';
import { errorBox, loading } from '../components/feedback.js';
import { documentHref } from '../components/hits.js';

const MIN_CHARS = 20;

export function similarPage(ctx: PageContext): void {
  const { ui } = ctx;
  setTitle(t('similar.title'));
  const text = h('textarea', { id: 'draft', name: 'text', rows: 8, required: true, minlength: MIN_CHARS, 'aria-describedby': 'draft-hint', dir: 'auto' });
  const kind = h('select', { id: 'similar-kind', name: 'kind' },
    h('option', { value: '' }, t('similar.any')), vocabCodes('kind').map((k) => h('option', { value: k }, kindLabel(k))));
  kind.value = 'legislation';
  const results = h('section', { class: 'similar-results', 'aria-labelledby': 'similar-h', 'aria-live': 'polite' });
  let controller: AbortController | null = null;
  ctx.signal.addEventListener('abort', () => controller?.abort());
  const form = h('form', { class: 'similar-form' },
    h('label', { for: 'draft' }, t('similar.label')),
    h('p', { id: 'draft-hint', class: 'hint' }, t('similar.hint', { count: MIN_CHARS })),
    text,
    h('div', { class: 'similar-form__row' },
      h('label', { for: 'similar-kind' }, t('similar.kind')), kind,
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
    results.append(h('h2', { id: 'similar-h', tabindex: '-1' }, t('similar.results_heading')), loading());
    let res: SimilarResponse;
    try {
      res = await postJson<SimilarResponse>('/api/similar', { text: draft, ...(kind.value ? { kind: kind.value } : {}) }, controller.signal);
    } catch (err) {
      if (isAbort(err)) return;
      results.lastChild?.remove();
      results.append(errorBox(err));
      return;
    }
    results.lastChild?.remove();
    results.append(h('p', { role: 'status' }, t('similar.count', { count: res.hits.length })));
    if (res.hits.length) {
      results.append(h('ol', { class: 'hits' }, res.hits.map((p) => {
        const lang = langAttr(p.language);
        return h('li', { class: 'hit similar-hit' },
          h('h3', { class: 'hit__title' }, h('a', { href: documentHref(ui, p.documentId, '', p.key), lang, dir: 'auto' },
            [p.title, [p.number, p.heading].filter(Boolean).join(' ')].filter(Boolean).join(' — '))),
          h('p', { class: 'hit__meta' }, [countryLabel(p.country), kindLabel(p.kind), languageLabel(p.language)].join(' · ')),
          p.snippet ? h('p', { class: 'snippet', lang, dir: 'auto' }, snippet(p.snippet)) : null);
      })));
    }
  }

  clear(ctx.main);
  ctx.main.append(
    h('h1', { class: 'page-title', tabindex: '-1' }, t('similar.title')),
    h('p', { class: 'lead' }, t('similar.intro')),
    form, results);
}
