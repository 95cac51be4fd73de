/**
 * Small helpers over mdast shared by the Markdown families: plain text of a node, readable text of
 * a block (lists keep their markers), line numbers, and the two pieces every legislation family
 * needs: the stack of division headings above a provision and a collector that turns a flat run
 * of blocks into provisions. `nodeText` and `lineOf` are a stable API for all families.
 */
import type { Nodes, Parent, RootContent, List, ListItem } from 'mdast';
import type { Finding, Provision } from '../../../corpus/schema.js';
import type { ParsedProvision } from '../types.js';
import { KeyAllocator, type KeyPrefix } from '../util/keys.js';

/** Plain text of any node: inline markup and HTML tags dropped, line breaks kept as `\n`. */
export function nodeText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
    case 'yaml':
      return node.value;
    case 'html':
      return node.value.replace(/<[^>]*>/g, '');
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'footnoteReference':
    case 'definition':
    case 'thematicBreak':
      return '';
    default:
      break;
  }
  if (!('children' in node)) return '';
  const parent = node as Parent;
  const sep = isBlockContainer(parent) ? '\n\n' : '';
  return parent.children.map((c) => nodeText(c as Nodes)).join(sep);
}

function isBlockContainer(node: Parent): boolean {
  return ['root', 'blockquote', 'listItem', 'list', 'footnoteDefinition', 'table', 'tableRow'].includes(node.type);
}

/** 1-based line where the node starts, when the parser recorded it. */
export function lineOf(node: Nodes): number | undefined {
  return node.position?.start.line;
}

/** Heading depth (1–6), or null when the node is not a heading. */
export function headingDepth(node: Nodes): number | null {
  return node.type === 'heading' ? node.depth : null;
}

const ITEM_LINE = /^(?:[A-Za-z]|\d{1,3}|[ivxlIVXL]{1,5})\)\s|^[-–•]\s/;
const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Joins the lines of a hard-wrapped paragraph: a space between words, nothing between CJK
 * characters (Chinese has no spaces between words). Also tidies `( L. 1994 )` spacing that
 * inline links leave behind.
 */
export function unwrapLines(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  let out = '';
  for (const line of lines) {
    if (!out) { out = line; continue; }
    // An enumerated item on its own source line (` A) Poder Legislativo…`) stays on its own line.
    const joiner = ITEM_LINE.test(line) ? '\n' : CJK.test(out.slice(-1)) || CJK.test(line[0]!) ? '' : ' ';
    out += joiner + line;
  }
  return tidySpaces(out);
}

/** Collapses runs of spaces and the `( L. 1994 )` spacing that inline links leave behind. */
export function tidySpaces(text: string): string {
  return text.replace(/[ \t\u00a0]{2,}/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')');
}

/**
 * True for a table of contents: a table with links within the page (`[TITULO I](#2)`), or a
 * paragraph that is nothing but such a link (`[Ver Antecedentes Normativos](#1)`).
 */
export function isPageIndex(node: Nodes): boolean {
  let internal = 0;
  let outside = '';
  const walk = (n: Nodes): void => {
    if (n.type === 'link' && n.url.startsWith('#')) { internal += 1; return; }
    if (n.type === 'text') outside += n.value;
    if ('children' in n) for (const c of (n as Parent).children) walk(c as Nodes);
  };
  walk(node);
  if (internal === 0) return false;
  return node.type === 'table' || outside.trim() === '';
}

/**
 * Readable text of a block: paragraphs unwrapped, list items on their own lines with their
 * markers. Pass the source text to keep markers as written (`1)`, `a.`); without it ordered
 * items are numbered `1.`.
 */
export function blockText(node: RootContent, source?: string, indent = ''): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return unwrapLines(nodeText(node));
    case 'list':
      return listText(node, source, indent);
    case 'code':
      // Never program code in legal texts: prose indented by the converter, so it is unwrapped.
      return unwrapLines(node.value.replace(/\\(?=[.)(*])/g, ''));
    case 'table':
      return node.children
        .map((row) => row.children.map((cell) => unwrapLines(nodeText(cell))).join(' | '))
        .join('\n');
    case 'blockquote':
    case 'footnoteDefinition':
      return node.children.map((c) => blockText(c, source, indent)).filter(Boolean).join('\n\n');
    case 'html':
      return unwrapLines(nodeText(node));
    default:
      return '';
  }
}

function listText(list: List, source: string | undefined, indent: string): string {
  const start = list.start ?? 1;
  return list.children
    .map((item, i) => {
      const marker = markerOf(item, source) ?? (list.ordered ? `${start + i}.` : '-');
      const parts = item.children.map((c) => (c.type === 'list' ? listText(c, source, indent + '  ') : blockText(c, source, indent)));
      const [first = '', ...rest] = parts.filter(Boolean);
      return [`${indent}${marker} ${first.trimStart()}`, ...rest.map((r) => (r.startsWith(indent + ' ') ? r : indent + '  ' + r))].join('\n');
    })
    .join('\n');
}

/** The item's marker as the source writes it (`1)`, `2.`, `*`), when the source is at hand. */
function markerOf(item: ListItem, source: string | undefined): string | null {
  const offset = item.position?.start.offset;
  if (source === undefined || offset === undefined) return null;
  const m = /^\s*(\d{1,9}[.)]|[-*+])/.exec(source.slice(offset, offset + 12));
  return m ? (m[1] === '*' || m[1] === '+' ? '-' : m[1]!) : null;
}

/** First `max` characters of a text, cut at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max = 500): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/**
 * The division headings above the current point. Each entry has a rank (smaller = outer); entering
 * a division removes every entry of the same or an inner rank first.
 */
export class DivisionPath {
  private entries: { rank: number; title: string }[] = [];

  enter(rank: number, title: string): void {
    this.leave(rank);
    this.entries.push({ rank, title });
  }

  /** Drops the entries of rank ≥ `rank` (e.g. an annex that closes the chapters above it). */
  leave(rank: number): void {
    while (this.entries.length && this.entries[this.entries.length - 1]!.rank >= rank) this.entries.pop();
  }

  /** Appends words to the innermost title (a title continued on the next line or block). */
  extend(words: string, joiner = ' - '): void {
    const last = this.entries[this.entries.length - 1];
    if (last) last.title = `${last.title}${joiner}${words}`;
  }

  titles(): string[] {
    return this.entries.map((e) => e.title);
  }
}

export interface ProvisionStart {
  prefix: KeyPrefix;
  /** What the key is derived from: `191`, `120-1`, `111-1`. */
  keyNumber: string | number | null;
  number: string | null;
  heading: string | null;
  type: Provision['type'];
  path: string[];
  line?: number;
}

interface OpenProvision extends ProvisionStart {
  key: string;
  paras: string[];
}

/**
 * Collects provisions from a flat run of blocks: `start` opens a provision, `add` appends a
 * paragraph to it (or to the preamble before the first one). Provisions whose text stays empty
 * fall back to their heading and are reported.
 */
export class ProvisionCollector {
  readonly keys = new KeyAllocator();
  private readonly done: ParsedProvision[] = [];
  private readonly preambleParas: string[] = [];
  private open: OpenProvision | null = null;

  constructor(private readonly file: string, private readonly findings: Finding[]) {}

  start(p: ProvisionStart): void {
    this.close();
    this.open = { ...p, key: this.keys.allocate(p.prefix, p.keyNumber), paras: [] };
  }

  add(text: string): void {
    const t = text.trim();
    if (!t) return;
    (this.open ? this.open.paras : this.preambleParas).push(t);
  }

  /** Appends to the last paragraph (a sentence the source broke over two blocks). */
  appendToLast(text: string, joiner = ' '): void {
    const paras = this.open ? this.open.paras : this.preambleParas;
    if (paras.length) paras[paras.length - 1] = tidySpaces(paras[paras.length - 1] + joiner + text.trim());
    else this.add(text);
  }

  /** Sets the heading of the open provision (found in its first paragraph, e.g. Uruguay). */
  setHeading(heading: string): void {
    if (this.open) this.open.heading = heading;
  }

  lastParagraph(): string | undefined {
    const paras = this.open ? this.open.paras : this.preambleParas;
    return paras[paras.length - 1];
  }

  /** Removes and returns the last paragraph of the open provision (or the preamble). */
  popLast(): string | undefined {
    return (this.open ? this.open.paras : this.preambleParas).pop();
  }

  get current(): Readonly<ProvisionStart & { key: string }> | null {
    return this.open;
  }

  get articleCount(): number {
    return this.done.filter((p) => p.type === 'article' || p.type === 'section').length
      + (this.open && (this.open.type === 'article' || this.open.type === 'section') ? 1 : 0);
  }

  preambleText(): string {
    return this.preambleParas.join('\n\n');
  }

  private close(): void {
    const o = this.open;
    if (!o) return;
    this.open = null;
    let text = o.paras.join('\n\n');
    if (!text) {
      text = o.heading ?? o.number ?? '';
      this.findings.push({
        severity: 'info', file: this.file, line: o.line, rule: 'empty-provision',
        reason: `Unexpected ${o.type} '${o.number ?? o.key}' without text, expected text after its label; its heading stands in`,
      });
    }
    this.done.push({ key: o.key, number: o.number, heading: o.heading, text, type: o.type, path: o.path });
  }

  /** The provisions in document order, with the preamble first when there is one. */
  finish(preamblePath: string[] = []): ParsedProvision[] {
    this.close();
    const pre = this.preambleText();
    return pre
      ? [{ key: 'preamble', number: null, heading: null, text: pre, type: 'preamble', path: preamblePath }, ...this.done]
      : [...this.done];
  }
}

/** A finding about a law file in which no article was recognised. */
export function noArticlesFinding(file: string, expected: string): Finding {
  return {
    severity: 'warning', file, rule: 'no-articles',
    reason: `Unexpected law file without article labels, expected articles such as '${expected}'`,
  };
}
