/** Messages for errors and empty states: the engine being down is a clear 503 message, never a stack. */
import { h } from '../dom.js';
import { ApiError } from '../api.js';
import { t } from '../i18n.js';

export function errorBox(err: unknown): HTMLElement {
  const status = err instanceof ApiError ? err.status : -1;
  let title: string;
  let body: string;
  if (status === 503) {
    title = t('error.unavailable_title');
    body = t('error.unavailable_body');
  } else if (status === 404) {
    title = t('error.not_found_title');
    body = t('error.not_found_body');
  } else if (status === 400 || status === 422) {
    title = t('error.bad_request_title');
    // The server's message names the offending parameter ("unknown crime category 'x' ...").
    body = err instanceof ApiError && err.detail ? err.detail : t('error.bad_request_body');
  } else if (status === 429) {
    title = t('error.rate_limited_title');
    body = t('error.rate_limited_body');
  } else {
    title = t('error.generic_title');
    body = t('error.generic_body');
  }
  return h('div', { class: `notice notice--error${status === 503 ? ' notice--unavailable' : ''}`, role: 'alert', 'data-status': status },
    h('h2', { class: 'notice__title' }, title),
    h('p', null, body));
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t('common.loading'));
}
