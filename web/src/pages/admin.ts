/** The admin approval queue: each registration request, approved with a role (and countries for an editor) or rejected. */
import { clear, h } from '../dom.js';
import { countryLabel, fmtDate, fmtNumber, t } from '../i18n.js';
import { setTitle, type PageContext } from '../page.js';
import { isAbort } from '../api.js';
import { api, type AccountRequest } from '../auth-api.js';
import { alertBox, countrySelect, field, showNotice, showProblem } from './account.js';

const STATUSES = ['pending', 'approved', 'rejected', 'all'] as const;
const ROLES = ['official', 'cna-editor', 'admin'] as const;

function requestItem(r: AccountRequest): HTMLElement {
  const box = alertBox();
  const role = h('select', { name: 'role' }, ROLES.map((x) => h('option', { value: x, selected: x === (r.role ?? 'official') }, t(`admin.role.${x}`))));
  const countries = countrySelect('countries', '', { multiple: true });
  for (const o of countries.options) o.selected = r.countries.includes(o.value);
  const countriesField = field(t('admin.countries'), countries, t('admin.countries_hint'));
  const sync = () => { countriesField.hidden = role.value !== 'cna-editor'; };
  role.addEventListener('change', sync);
  sync();
  const approve = h('button', { type: 'submit', class: 'button' }, t('admin.approve'));
  const reject = h('button', { type: 'button', class: 'button button--secondary' }, t('admin.reject'));
  const state = h('p', { class: 'request__status' }, t(`admin.status.${r.status}`));
  const act = (path: string, body: unknown) => {
    approve.disabled = reject.disabled = true;
    api.post<AccountRequest>(`/api/auth/admin/requests/${r.id}/${path}`, body)
      .then((u) => {
        state.textContent = t(`admin.status.${u.status}`);
        showNotice(box, t(path === 'approve' ? 'admin.approved' : 'admin.rejected', { name: u.name }));
      })
      .catch((err: unknown) => showProblem(box, err))
      .finally(() => { approve.disabled = reject.disabled = false; });
  };
  const form = h('form', { class: 'request__form', method: 'post' }, field(t('admin.role_label'), role), countriesField, approve, reject);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = role.value === 'cna-editor' ? [...countries.selectedOptions].map((o) => o.value) : [];
    act('approve', { role: role.value, countries: chosen });
  });
  reject.addEventListener('click', () => act('reject', {}));
  return h('li', { class: 'request', 'data-email': r.email },
    h('h2', { class: 'request__name' }, r.name),
    h('p', { class: 'request__meta' }, [r.institution, countryLabel(r.country), r.email, fmtDate(r.createdAt.slice(0, 10))].join(' · ')),
    h('blockquote', { class: 'request__reason' }, r.reason),
    state, box, form);
}

export async function requestsPage(ctx: PageContext): Promise<void> {
  const { ui, main, url, signal } = ctx;
  setTitle(t('admin.title'));
  clear(main);
  const status = STATUSES.find((s) => s === url.searchParams.get('status')) ?? 'pending';
  const filter = h('form', { method: 'get', action: `/${ui}/admin/requests`, class: 'cna-filters' },
    field(t('admin.show'), h('select', { name: 'status' }, STATUSES.map((s) => h('option', { value: s, selected: s === status }, t(`admin.status.${s}`))))),
    h('button', { type: 'submit', class: 'button' }, t('admin.show_button')));
  main.append(h('h1', { class: 'page-title', tabindex: '-1' }, t('admin.title')), filter);
  try {
    const r = await api.get<{ total: number; requests: AccountRequest[] }>(`/api/auth/admin/requests?status=${status}&per_page=100`, signal);
    main.append(h('p', { role: 'status' }, t('admin.count', { n: fmtNumber(r.total) })), h('ul', { class: 'requests' }, r.requests.map(requestItem)));
  } catch (err) {
    if (isAbort(err)) return;
    const box = alertBox();
    main.append(box);
    showProblem(box, err);
  }
}
