/**
 * The accounts and CNA directory API as the front end uses it. State-changing requests carry
 * `X-CSRF-Token` (fetched from `/api/auth/csrf`, which answers the session's token when signed in).
 * Whether to ask `/api/auth/me` at all is remembered locally, so anonymous readers of the public
 * library never trigger a 401.
 */
import { ApiError } from './api.js';
import { t } from './i18n.js';

export type Role = 'official' | 'cna-editor' | 'admin';

export interface Me {
  id: string;
  email: string;
  name: string;
  institution: string;
  country: string;
  status: 'pending' | 'approved' | 'rejected';
  role: Role | null;
  countries: string[];
}

export interface AccountRequest extends Me {
  reason: string;
  createdAt: string;
  decidedAt: string | null;
}

export interface CnaEntry {
  id: string;
  country: string;
  type: string;
  name: string;
  nameLanguage: string;
  otherNames: { language: string; name: string }[];
  postalAddress: string;
  phone: string | null;
  email: string | null;
  languages: string[];
  channels: string[];
  notes: string | null;
  lastVerified: string;
  version: number;
  updatedAt: string;
  updatedBy: { id: string; name: string };
  history?: { action: string; changedAt: string; changedBy: { name: string }; previous: { version: number } }[];
}

export const CNA_TYPES = ['mla-central-authority', 'extradition', 'transfer-of-sentenced-persons', 'tip-contact-point',
  'som-contact-point', 'fp-contact-point', 'asset-recovery', 'other'] as const;
export const CNA_CHANNELS = ['interpol', 'diplomatic', 'direct', 'eurojust', 'other'] as const;

/** An API refusal with the field errors of a 400 and the wait of a 429. */
export class AuthApiError extends ApiError {
  constructor(status: number, title: string, detail: string, readonly errors: { field: string; message: string }[], readonly retryAfter: number | null) {
    super(status, title, detail);
  }
}

const FLAG = 'lexatlas.signedIn';

function flag(on?: boolean): boolean {
  try {
    if (on === true) localStorage.setItem(FLAG, '1');
    else if (on === false) localStorage.removeItem(FLAG);
    return localStorage.getItem(FLAG) === '1';
  } catch {
    return on ?? true;
  }
}

async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-CSRF-Token'] = await csrfToken(signal);
  }
  let res: Response;
  try {
    res = await fetch(path, { method, signal, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new AuthApiError(0, 'Network error', String(err), [], null);
  }
  if (res.status === 204) return undefined as T;
  if (res.ok) return (await res.json()) as T;
  // A session that ended (expired, signed out elsewhere): stop asking /me on every page.
  if (res.status === 401) flag(false);
  let p: { title?: string; detail?: string; errors?: { field: string; message: string }[] } = {};
  try {
    p = (await res.json()) as typeof p;
  } catch {
    /* not problem+json */
  }
  const retry = Number(res.headers.get('retry-after'));
  throw new AuthApiError(res.status, p.title ?? res.statusText, p.detail ?? '', p.errors ?? [], Number.isFinite(retry) && retry > 0 ? retry : null);
}

async function csrfToken(signal?: AbortSignal): Promise<string> {
  const res = await fetch('/api/auth/csrf', { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!res.ok) throw new AuthApiError(res.status, res.statusText, '', [], null);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => call<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown, signal?: AbortSignal) => call<T>('POST', path, body, signal),
  put: <T>(path: string, body: unknown, signal?: AbortSignal) => call<T>('PUT', path, body, signal),
};

/** The signed-in account, or null (without a request when this browser has not signed in). */
export async function currentUser(signal?: AbortSignal): Promise<Me | null> {
  if (!flag()) return null;
  try {
    return await api.get<Me>('/api/auth/me', signal);
  } catch (err) {
    if (err instanceof AuthApiError && err.status === 401) return null;
    throw err;
  }
}

export async function signIn(email: string, password: string): Promise<Me> {
  const r = await api.post<{ user: Me }>('/api/auth/login', { email, password });
  flag(true);
  return r.user;
}

export async function signOut(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout', {});
  } finally {
    flag(false);
  }
}

export const canRead = (u: Me | null): boolean => !!u && u.status === 'approved' && u.role !== null;
export const canEdit = (u: Me | null, country: string): boolean =>
  !!u && u.status === 'approved' && (u.role === 'admin' || (u.role === 'cna-editor' && u.countries.includes(country)));

/** A message a reader can act on, for any refusal of these routes. */
export function problemText(err: unknown): string {
  if (!(err instanceof AuthApiError)) return t('account.err_generic');
  switch (err.status) {
    case 0: return t('account.err_network');
    case 400: return err.errors.length ? t('account.err_validation') : `${t('account.err_validation')} ${err.detail}`;
    case 401: return t('account.err_401');
    case 403: return err.title === 'CSRF check failed' ? t('account.err_csrf') : t('account.err_403');
    case 404: return t('account.err_404');
    case 409: return `${t('account.err_409')} ${err.detail}`;
    case 429: return t('account.err_429', { minutes: Math.max(1, Math.ceil((err.retryAfter ?? 60) / 60)) });
    default: return t('account.err_generic');
  }
}
