/**
 * Sign-in, the registration request, the header's account links, and the form pieces the
 * directory and admin pages share (labelled fields, an alert that lists the server's field errors).
 */
import { append, clear, h, type Child } from '../dom.js';
import { countryLabel, t, vocabCodes, type UiLang } from '../i18n.js';
import { setTitle, type PageContext } from '../page.js';
import { navigate } from '../router.js';
import { AuthApiError, api, canRead, currentUser, problemText, signIn, signOut, type Me } from '../auth-api.js';

let fieldSeq = 0;

/** A labelled control; `hint` is tied to it with aria-describedby. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): HTMLElement {
  const id = control.id || `f${++fieldSeq}`;
  control.id = id;
  const hintEl = hint ? h('span', { class: 'form-field__hint', id: `${id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'form-field' }, h('label', { for: id }, label), hintEl, control);
}

export function countrySelect(name: string, value = '', opts: { multiple?: boolean; any?: string } = {}): HTMLSelectElement {
  const codes = vocabCodes('country').filter((c) => c !== 'INT')
    .sort((a, b) => countryLabel(a).localeCompare(countryLabel(b)));
  const sel = h('select', { name, multiple: opts.multiple ?? false, size: opts.multiple ? 6 : null },
    opts.any !== undefined ? h('option', { value: '' }, opts.any) : null,
    codes.map((c) => h('option', { value: c, selected: c === value }, countryLabel(c))));
  return sel;
}

/** The alert above a form: what went wrong, and each invalid field as the server named it. */
export function showProblem(box: HTMLElement, err: unknown): void {
  clear(box);
  box.hidden = false;
  box.className = 'form-alert form-alert--error';
  const fields = err instanceof AuthApiError ? err.errors : [];
  append(box, [h('p', null, problemText(err)),
    fields.length ? h('ul', null, fields.map((f) => h('li', null, `${f.field.replace(/^(body|query)\./, '')}: ${f.message}`))) : null]);
  box.focus();
}

export function showNotice(box: HTMLElement, ...children: Child[]): void {
  clear(box);
  box.hidden = false;
  box.className = 'form-alert form-alert--ok';
  box.append(h('p', null, ...children));
  box.focus();
}

export const alertBox = (): HTMLDivElement => h('div', { class: 'form-alert', role: 'alert', tabindex: '-1', hidden: true });

/** Header: "Sign in", or the directory / approval queue links and "Sign out" for an account. */
export async function syncAccountNav(ui: UiLang, user?: Me | null): Promise<void> {
  const slot = document.querySelector<HTMLElement>('[data-account-nav]');
  if (!slot) return;
  let me = user;
  if (me === undefined) {
    try {
      me = await currentUser();
    } catch {
      me = null;
    }
  }
  clear(slot);
  if (!me) {
    slot.append(h('a', { href: `/${ui}/account/sign-in`, 'data-account-link': 'sign-in' }, t('account.sign_in')));
    return;
  }
  const out = h('button', { type: 'button', class: 'link-button', 'data-account-link': 'sign-out' }, t('account.sign_out'));
  out.addEventListener('click', () => {
    void signOut().catch(() => undefined).then(async () => {
      await syncAccountNav(ui, null);
      navigate(`/${ui}/account/sign-in?signed_out=1`);
    });
  });
  append(slot, [
    canRead(me) ? h('a', { href: `/${ui}/cna` }, t('cna.nav')) : null,
    me.role === 'admin' ? h('a', { href: `/${ui}/admin/requests` }, t('admin.nav')) : null,
    h('span', { class: 'account-nav__who' }, me.name),
    out]);
}

export function signInPage(ctx: PageContext): void {
  const { ui, main } = ctx;
  setTitle(t('account.sign_in'));
  clear(main);
  const box = alertBox();
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'button' }, t('account.sign_in'));
  const form = h('form', { class: 'account-form', method: 'post', novalidate: true },
    field(t('account.email'), email), field(t('account.password'), password), submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit.disabled = true;
    signIn(email.value.trim(), password.value)
      .then(async (me) => {
        await syncAccountNav(ui, me);
        const next = ctx.url.searchParams.get('next');
        navigate(next && next.startsWith(`/${ui}/`) ? next : canRead(me) ? `/${ui}/cna` : `/${ui}/`);
      })
      .catch((err: unknown) => showProblem(box, err))
      .finally(() => { submit.disabled = false; });
  });
  main.append(h('h1', { class: 'page-title', tabindex: '-1' }, t('account.sign_in')), box, form,
    h('p', null, t('account.no_account'), ' ', h('a', { href: `/${ui}/account/register` }, t('account.register_link'))));
  if (ctx.url.searchParams.has('signed_out')) showNotice(box, t('account.signed_out'));
}

export function registerPage(ctx: PageContext): void {
  const { main } = ctx;
  setTitle(t('account.register_title'));
  clear(main);
  const box = alertBox();
  const inputs = {
    name: h('input', { type: 'text', name: 'name', autocomplete: 'name', required: true, maxlength: 200 }),
    institution: h('input', { type: 'text', name: 'institution', autocomplete: 'organization', required: true, maxlength: 300 }),
    country: countrySelect('country', '', { any: '' }),
    email: h('input', { type: 'email', name: 'email', autocomplete: 'email', required: true }),
    reason: h('textarea', { name: 'reason', rows: 4, required: true, maxlength: 2000 }),
    password: h('input', { type: 'password', name: 'password', autocomplete: 'new-password', required: true }),
  };
  inputs.country.required = true;
  const submit = h('button', { type: 'submit', class: 'button' }, t('account.register_submit'));
  const form = h('form', { class: 'account-form', method: 'post', novalidate: true },
    field(t('account.name'), inputs.name), field(t('account.institution'), inputs.institution),
    field(t('account.country'), inputs.country), field(t('account.email'), inputs.email),
    field(t('account.reason'), inputs.reason, t('account.reason_hint')),
    field(t('account.password'), inputs.password, t('account.password_hint')), submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit.disabled = true;
    const body = Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, k === 'password' ? el.value : el.value.trim()]));
    api.post<{ status: string }>('/api/auth/register', body)
      .then(() => {
        form.replaceWith(h('p', { class: 'account-done' }, t('account.register_done')));
        showNotice(box, t('account.register_done_title'));
      })
      .catch((err: unknown) => showProblem(box, err))
      .finally(() => { submit.disabled = false; });
  });
  main.append(h('h1', { class: 'page-title', tabindex: '-1' }, t('account.register_title')), h('p', null, t('account.register_intro')), box, form);
}
