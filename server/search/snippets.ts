/** Highlighted snippets: the engine marks matches with control characters; we escape the text and turn them into <mark>. */
export const PRE = '\u0001';
export const POST = '\u0002';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

/** HTML with only <mark> elements; everything from the source is escaped. */
// Control characters are the engine's match markers here, on purpose.
/* eslint-disable no-control-regex */
export function markHtml(s: string): string {
  return escapeHtml(s.replace(/[\u0001\u0002]/g, (c) => (c === PRE ? '\u0003' : '\u0004')))
    .replace(/\u0003/g, '<mark>')
    .replace(/\u0004/g, '</mark>')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
/* eslint-enable no-control-regex */

/** The first non-empty value among fields with the given prefix (`text_zh`, `text_en`, ...). */
export function firstField(obj: Record<string, unknown> | undefined, prefix: string): string {
  if (!obj) return '';
  for (const [k, v] of Object.entries(obj)) if (k.startsWith(prefix) && typeof v === 'string' && v) return v;
  return '';
}
