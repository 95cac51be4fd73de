/**
 * The restricted directory of competent national authorities: the list with filters and search,
 * one entry, and the editor form. Everything comes from `/api/cna`, which refuses callers without
 * the role; the pages only say why (and offer sign-in), they never decide access themselves.
 */
import { append, clear, h } from '../dom.js';
import { countryLabel, fmtDate, fmtNumber, languageLabel, t, vocabCodes } from '../i18n.js';
import { setTitle, type PageContext } from '../page.js';
import { navigate } from '../router.js';
import { isAbort } from '../api.js';
import { AuthApiError, CNA_CHANNELS, CNA_TYPES, api, canEdit, currentUser, type CnaEntry, type Me } from '../auth-api.js';
import { alertBox, countrySelect, field, showProblem } from './account.js';

const typeLabel = (c: string) => t(`cna.type.${c}`, { defaultValue: c });
const channelLabel = (c: string) => t(`cna.channel.${c}`, { defaultValue: c });
const langName = (c: string) => languageLabel(c) || c;

/** The refusal in place of the page, with a way to sign in when there is no session. */
function refuse(ctx: PageContext, err: unknown): void {
  if (isAbort(err)) return;
  const box = alertBox();
  ctx.main.append(box);
  showProblem(box, err);
  if (err instanceof AuthApiError && err.status === 401) {
    box.append(h('p', null, h('a', { href: `/${ctx.ui}/account/sign-in?next=${encodeURIComponent(ctx.url.pathname + ctx.url.search)}` }, t('account.sign_in'))));
  }
}

function select(name: string, value: string, codes: readonly string[], label: (c: string) => string, any: string): HTMLSelectElement {
  return h('select', { name }, h('option', { value: '' }, any), codes.map((c) => h('option', { value: c, selected: c === value }, label(c))));
}

export async function directoryPage(ctx: PageContext): Promise<void> {
  const { ui, main, url, signal } = ctx;
  setTitle(t('cna.title'));
  clear(main);
  const p = url.searchParams;
  const q = h('input', { type: 'search', name: 'q', value: p.get('q') ?? '', maxlength: 200 });
  const form = h('form', { class: 'cna-filters', method: 'get', action: `/${ui}/cna`, role: 'search' },
    field(t('cna.search_label'), q),
    field(t('cna.country'), countrySelect('country', p.get('country') ?? '', { any: t('cna.any') })),
    field(t('cna.type_label'), select('type', p.get('type') ?? '', CNA_TYPES, typeLabel, t('cna.any'))),
    field(t('cna.language'), select('language', p.get('language') ?? '', vocabCodes('language'), langName, t('cna.any'))),
    h('button', { type: 'submit', class: 'button' }, t('cna.search_button')));
  const me = await currentUser(signal).catch(() => null);
  append(main, [h('h1', { class: 'page-title', tabindex: '-1' }, t('cna.title')), h('p', null, t('cna.intro')),
    me && (me.role === 'admin' || me.role === 'cna-editor') ? h('p', null, h('a', { href: `/${ui}/cna/new`, class: 'button' }, t('cna.new'))) : null,
    form]);
  const qs = new URLSearchParams();
  for (const k of ['q', 'country', 'type', 'language']) {
    const v = p.get(k)?.trim();
    if (v) qs.set(k, v);
  }
  const status = h('p', { class: 'cna-status', role: 'status' }, t('common.loading'));
  main.append(status);
  try {
    const r = await api.get<{ total: number; entries: CnaEntry[] }>(`/api/cna/${qs.has('q') ? 'search' : 'entries'}?${qs}`, signal);
    status.textContent = t('cna.count', { n: fmtNumber(r.total) });
    main.append(h('ul', { class: 'cna-list' }, r.entries.map((e) => h('li', { class: 'cna-item' },
      h('a', { href: `/${ui}/cna/entries/${e.id}`, lang: e.nameLanguage }, e.name),
      h('span', { class: 'cna-item__meta' }, [countryLabel(e.country), typeLabel(e.type), e.languages.map(langName).join(', ')].join(' · '))))));
  } catch (err) {
    status.remove();
    refuse(ctx, err);
  }
}

function row(label: string, ...value: (Node | string | null)[]): HTMLElement[] {
  return [h('dt', null, label), h('dd', null, ...value.map((v) => v ?? '—'))];
}

export async function entryPage(ctx: PageContext): Promise<void> {
  const { ui, main, signal } = ctx;
  clear(main);
  let e: CnaEntry;
  let me: Me | null;
  try {
    [e, me] = await Promise.all([api.get<CnaEntry>(`/api/cna/entries/${encodeURIComponent(ctx.route.params.id)}`, signal), currentUser(signal).catch(() => null)]);
  } catch (err) {
    setTitle(t('cna.title'));
    main.append(h('h1', { class: 'page-title', tabindex: '-1' }, t('cna.title')));
    return refuse(ctx, err);
  }
  setTitle(e.name);
  append(main, [
    h('p', null, h('a', { href: `/${ui}/cna` }, t('cna.back'))),
    h('h1', { class: 'page-title', tabindex: '-1', lang: e.nameLanguage }, e.name),
    e.otherNames.length ? h('ul', { class: 'cna-names' }, e.otherNames.map((o) => h('li', { lang: o.language }, o.name))) : null,
    h('dl', { class: 'cna-entry' },
      row(t('cna.country'), countryLabel(e.country)),
      row(t('cna.type_label'), typeLabel(e.type)),
      row(t('cna.address'), h('span', { class: 'cna-address' }, e.postalAddress)),
      row(t('cna.phone'), e.phone),
      row(t('cna.email'), e.email),
      row(t('cna.languages'), e.languages.map(langName).join(', ')),
      row(t('cna.channels'), e.channels.map(channelLabel).join(', ')),
      row(t('cna.notes'), e.notes),
      row(t('cna.verified'), fmtDate(e.lastVerified)),
      row(t('cna.updated'), t('cna.updated_by', { date: fmtDate(e.updatedAt.slice(0, 10)), name: e.updatedBy.name }))),
    canEdit(me, e.country) ? h('p', null, h('a', { href: `/${ui}/cna/entries/${e.id}/edit`, class: 'button' }, t('cna.edit'))) : null,
    e.history?.length ? [h('h2', null, t('cna.history')), h('ul', null, e.history.map((x) =>
      h('li', null, t('cna.updated_by', { date: fmtDate(x.changedAt.slice(0, 10)), name: x.changedBy.name }))))] : null]);
}

export async function editorPage(ctx: PageContext): Promise<void> {
  const { ui, main, signal } = ctx;
  const id = ctx.route.params.id as string | undefined;
  const title = id ? t('cna.edit') : t('cna.new');
  setTitle(title);
  clear(main);
  main.append(h('h1', { class: 'page-title', tabindex: '-1' }, title));
  let e: CnaEntry | null = null;
  if (id) {
    try {
      e = await api.get<CnaEntry>(`/api/cna/entries/${encodeURIComponent(id)}`, signal);
    } catch (err) {
      return refuse(ctx, err);
    }
  }
  const box = alertBox();
  const f = {
    country: countrySelect('country', e?.country ?? ''),
    type: select('type', e?.type ?? '', CNA_TYPES, typeLabel, ''),
    name: h('input', { type: 'text', name: 'name', required: true, maxlength: 500, value: e?.name ?? '' }),
    nameLanguage: h('input', { type: 'text', name: 'nameLanguage', required: true, maxlength: 3, value: e?.nameLanguage ?? '' }),
    postalAddress: h('textarea', { name: 'postalAddress', rows: 3, required: true }),
    phone: h('input', { type: 'tel', name: 'phone', value: e?.phone ?? '' }),
    email: h('input', { type: 'email', name: 'email', value: e?.email ?? '' }),
    languages: h('input', { type: 'text', name: 'languages', required: true, value: e?.languages.join(', ') ?? '' }),
    notes: h('textarea', { name: 'notes', rows: 3 }),
    lastVerified: h('input', { type: 'date', name: 'lastVerified', required: true, value: e?.lastVerified ?? '' }),
  };
  f.postalAddress.value = e?.postalAddress ?? '';
  f.notes.value = e?.notes ?? '';
  const channels = CNA_CHANNELS.map((c) => h('input', { type: 'checkbox', name: 'channels', value: c, checked: e?.channels.includes(c) ?? false }));
  const submit = h('button', { type: 'submit', class: 'button' }, t('cna.save'));
  const form = h('form', { class: 'cna-editor', method: 'post', novalidate: true },
    field(t('cna.country'), f.country), field(t('cna.type_label'), f.type), field(t('cna.name'), f.name),
    field(t('cna.name_language'), f.nameLanguage, t('cna.language_code_hint')), field(t('cna.address'), f.postalAddress),
    field(t('cna.phone'), f.phone), field(t('cna.email'), f.email),
    field(t('cna.languages'), f.languages, t('cna.languages_hint')),
    h('fieldset', null, h('legend', null, t('cna.channels')), channels.map((c) => h('label', { class: 'check' }, c, channelLabel(c.value)))),
    field(t('cna.notes'), f.notes), field(t('cna.verified'), f.lastVerified), submit);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const opt = (s: string) => (s.trim() ? s.trim() : null);
    const body = {
      country: f.country.value, type: f.type.value, name: f.name.value.trim(), nameLanguage: f.nameLanguage.value.trim(),
      otherNames: e?.otherNames ?? [], postalAddress: f.postalAddress.value.trim(), phone: opt(f.phone.value), email: opt(f.email.value),
      languages: f.languages.value.split(/[\s,;]+/).filter(Boolean), channels: channels.filter((c) => c.checked).map((c) => c.value),
      notes: opt(f.notes.value), lastVerified: f.lastVerified.value,
      ...(e ? { version: e.version } : {}),
    };
    submit.disabled = true;
    (e ? api.put<CnaEntry>(`/api/cna/entries/${e.id}`, body) : api.post<CnaEntry>('/api/cna/entries', body))
      .then((saved) => navigate(`/${ui}/cna/entries/${saved.id}`))
      .catch((err: unknown) => showProblem(box, err))
      .finally(() => { submit.disabled = false; });
  });
  main.append(box, form);
}
