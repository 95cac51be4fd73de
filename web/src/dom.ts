/**
 * DOM building without innerHTML: every piece of server or corpus text becomes a text node, so
 * no markup or handler from a source document can ever run.
 */
export type Child = Node | string | number | null | undefined | false | Child[];
type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue | ((ev: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
      else if (v === true) el.setAttribute(k, '');
      else if (v !== false && v !== null && v !== undefined) el.setAttribute(k, String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode the few entities an HTML-escaping server emits (never via the HTML parser). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * A search snippet: `<mark>…</mark>` around matches, everything else HTML-escaped by the server.
 * Split on the mark tags; the pieces become text nodes and <mark> elements.
 */
export function snippet(s: string | null | undefined): DocumentFragment {
  const frag = document.createDocumentFragment();
  if (!s) return frag;
  let inMark = false;
  for (const part of s.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) frag.appendChild(inMark ? h('mark', null, decodeEntities(part)) : document.createTextNode(decodeEntities(part)));
  }
  return frag;
}

/** The marked words of a snippet (what the engine matched, e.g. 洗钱 for "money laundering"). */
export function markedTerms(s: string | null | undefined): string[] {
  if (!s) return [];
  return [...s.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => decodeEntities(m[1]).trim()).filter(Boolean);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Terms to highlight: whole words of the query (and the marked words of hits), longest first. */
export function highlightPattern(terms: string[]): RegExp | null {
  const uniq = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 2 || /\p{Script=Han}|\p{Script=Hangul}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(t)))];
  if (!uniq.length) return null;
  uniq.sort((a, b) => b.length - a.length);
  return new RegExp(`(${uniq.map(escapeRegExp).join('|')})`, 'giu');
}

/** Plain text with every match of `re` wrapped in <mark>; returns the fragment and the match count. */
export function highlighted(text: string, re: RegExp | null): { frag: DocumentFragment; count: number } {
  const frag = document.createDocumentFragment();
  if (!re) {
    frag.appendChild(document.createTextNode(text));
    return { frag, count: 0 };
  }
  let count = 0;
  text.split(re).forEach((part, i) => {
    if (!part) return;
    // split() with one capture group puts the matches at odd indexes.
    if (i % 2 === 1) {
      count++;
      frag.appendChild(h('mark', null, part));
    } else frag.appendChild(document.createTextNode(part));
  });
  return { frag, count };
}

/** Only http(s) links from data: never `javascript:` or `data:` URLs from a source record. */
export function safeHref(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u, location.origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A `lang` attribute for corpus text: only real language subtags (not `mul`, `und`). */
export function langAttr(code: string | null | undefined): string | null {
  return code && /^[a-z]{2,3}$/.test(code) && code !== 'mul' && code !== 'und' ? code : null;
}
