import { CONCEPTS } from '../../corpus/lexicon/concept-index.js';
import { normalizeWithMap } from '../../corpus/lexicon/normalize.js';
import { textLang } from '../../ingest/index/records.js';
import { compileTermSet, findAllTerms, type TermSet } from '../../corpus/lexicon/match.js';

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

/**
 * The value of a per-language field (`text_zh`, `title_ar`, …): the record's own language first,
 * then the first non-empty one.
 */
export function firstField(obj: Record<string, unknown> | undefined, prefix: string): string {
  if (!obj) return '';
  const own = obj[`${prefix}${textLang(String(obj.language ?? ''))}`];
  if (typeof own === 'string' && own) return own;
  for (const [k, v] of Object.entries(obj)) if (k.startsWith(prefix) && typeof v === 'string' && v) return v;
  return '';
}


const termSets = new Map<string, TermSet>();
const MAX_SCAN = 12_000;

function termSetFor(concepts: readonly string[], words: readonly string[], language: string): TermSet {
  const key = `${language}\u0000${concepts.join(',')}\u0000${words.join(',')}`;
  let set = termSets.get(key);
  if (!set) {
    const lang = language === 'mul' ? 'en' : language;
    const terms = concepts.flatMap((c) => {
      const t = CONCEPTS.get(c)?.terms as Record<string, string[] | undefined> | undefined;
      return t?.[lang] ?? [];
    });
    // Two-character words are too common to mark in spaced scripts, but are whole words in Chinese.
    set = compileTermSet([...terms, ...words.filter((w) => w.length > 2 || /[\u3400-\u9fff]/.test(w))]);
    if (termSets.size > 500) termSets.clear();
    termSets.set(key, set);
  }
  return set;
}

/**
 * A snippet around the first place the text says what the query asked for: the query's concepts
 * in the text's own language (a cross-lingual match has no query word in the text for the engine
 * to highlight) and the query's remaining words. HTML-escaped, matches in <mark>; null when none.
 */
export function conceptSnippet(text: string, language: string, concepts: readonly string[], words: readonly string[], width = 260): string | null {
  if (!text || (!concepts.length && !words.length)) return null;
  const set = termSetFor(concepts, words, language);
  // Scanning is linear in the text: look for the first match in the opening part only (provisions
  // are rarely longer); a later match leaves the engine's crop as the snippet.
  const { text: norm, map } = normalizeWithMap(text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text);
  const hits = findAllTerms(norm, set).sort((a, b) => a.index - b.index);
  if (!hits.length) return null;
  const orig = (i: number) => map[Math.min(Math.max(i, 0), map.length - 1)];
  const first = hits[0];
  let from = Math.max(0, orig(first.index) - Math.floor(width / 3));
  const to = Math.min(text.length, from + width);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space > 0 && space < orig(first.index)) from = space + 1;
  }
  let out = from > 0 ? '…' : '';
  let pos = from;
  for (const h of hits) {
    const s = orig(h.index);
    const e = orig(h.index + h.match.length);
    if (s < pos || e > to) continue;
    out += escapeHtml(text.slice(pos, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>';
    pos = e;
  }
  out += escapeHtml(text.slice(pos, to)) + (to < text.length ? '…' : '');
  return out.replace(/\s+/g, ' ');
}

/** The opening of a text as a snippet (no match to centre on), cut at a space, HTML-escaped. */
export function leadSnippet(text: string, width = 240): string {
  if (text.length <= width) return escapeHtml(text).replace(/\s+/g, ' ');
  const space = text.lastIndexOf(' ', width);
  return `${escapeHtml(text.slice(0, space > width / 2 ? space : width))}…`.replace(/\s+/g, ' ');
}
