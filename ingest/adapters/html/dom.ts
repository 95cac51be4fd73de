/**
 * Text out of an HTML tree for the HTML families: block elements become lines, inline runs are
 * joined, whitespace (including no-break spaces) is collapsed. Script, style and comments never
 * reach the text, and neither do attributes: the front end renders provision text as data.
 */
import type { AnyNode, Comment, Element, Text } from 'domhandler';

export function isElement(node: AnyNode): node is Element {
  return node.nodeType === 1;
}
export function isText(node: AnyNode): node is Text {
  return node.nodeType === 3;
}
export function isComment(node: AnyNode): node is Comment {
  return node.nodeType === 8;
}

/** Elements whose content is never text of the document. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'xml', 'svg', 'object']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);

export interface LineOptions {
  /**
   * Replace an element's text (e.g. a superscript article number). Returns the replacement, or
   * `undefined` to read the element normally. `null` drops the element.
   */
  inline?: (el: Element) => string | null | undefined;
}

/** Collapse whitespace (no-break and other Unicode spaces too) and trim. */
export function clean(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/** The lines of text under `nodes`, one per block element, empty lines dropped. */
export function blockLines(nodes: AnyNode | readonly AnyNode[], options: LineOptions = {}): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = clean(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: AnyNode) => {
    if (isText(node)) {
      current += node.data;
      return;
    }
    if (!isElement(node)) return; // comments, directives, CDATA
    const name = node.name.toLowerCase();
    if (SKIPPED.has(name)) return;
    const replaced = options.inline?.(node);
    if (replaced !== undefined) {
      if (replaced !== null) current += replaced;
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (CELL.has(name)) current += ' ';
    for (const child of node.children) walk(child);
    if (CELL.has(name)) current += ' ';
    if (block) flush();
  };
  for (const node of Array.isArray(nodes) ? nodes : [nodes as AnyNode]) walk(node);
  flush();
  return lines;
}

/** The text under `nodes` on one line. */
export function inlineText(nodes: AnyNode | readonly AnyNode[], options: LineOptions = {}): string {
  return blockLines(nodes, options).join(' ');
}

/** Text with its whitespace as written (for `<pre>` layouts), without script, style or comments. */
export function rawText(nodes: AnyNode | readonly AnyNode[]): string {
  let out = '';
  const walk = (node: AnyNode) => {
    if (isText(node)) out += node.data;
    else if (isElement(node) && !SKIPPED.has(node.name.toLowerCase())) for (const child of node.children) walk(child);
  };
  for (const node of Array.isArray(nodes) ? nodes : [nodes as AnyNode]) walk(node);
  return out;
}

export function hasClass(el: Element, cls: string): boolean {
  return (el.attribs.class ?? '').split(/\s+/).includes(cls);
}

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `March 6, 2017` → `2017-03-06`; null when it is not such a date. */
export function englishDate(text: string): string | null {
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2}),\s*(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS_EN.indexOf(m[1].toLowerCase()) + 1;
  if (month === 0) return null;
  return isoDate(Number(m[3]), month, Number(m[2]));
}

/** Year, month, day → `YYYY-MM-DD`, or null for impossible dates. */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
