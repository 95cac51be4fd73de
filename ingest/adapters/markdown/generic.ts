/**
 * Generic Markdown family: reading notes (`# title`, abstract, `## Useful Items`) and teaching
 * texts (lecture chapters, glossaries, course units, wiki pages), with or without front matter.
 * Every heading below the title opens a section (`sec-1`, `sec-2`, ...) whose path is the chain of
 * enclosing headings; text before the first section is the `preamble`.
 *
 * Also home of the block-to-plain-text rendering the other non-legislation families share.
 */
import type { Heading, List, Nodes, RootContent } from 'mdast';
import type { Finding } from '../../../corpus/schema.js';
import type { ParsedProvision } from '../types.js';
import type { MarkdownFamily } from '../markdown.js';
import { KeyAllocator } from '../util/keys.js';
import { lineOf } from './mdast-util.js';

export interface RenderOptions {
  /** Join hard-wrapped source lines (soft line breaks) with a space; hard breaks stay newlines. */
  joinSoftBreaks?: boolean;
  /** Write `- ` before bullet items (Canadian items carry their own `(a)` label, so they don't). */
  bullets?: boolean;
}

/** Plain text of inline content: markup, images and HTML tags dropped, link text kept. */
export function inlineText(node: Nodes, opts: RenderOptions = {}): string {
  switch (node.type) {
    case 'text':
      return opts.joinSoftBreaks ? node.value.replace(/[ \t]*\n[ \t]*/g, ' ') : node.value;
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html': case 'image': case 'imageReference': case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? node.children.map((c) => inlineText(c, opts)).join('') : '';
  }
}

function renderList(list: List, depth: number, opts: RenderOptions): string[] {
  const lines: string[] = [];
  const indent = '  '.repeat(depth);
  list.children.forEach((item, i) => {
    let marker = list.ordered ? `${(list.start ?? 1) + i}. ` : opts.bullets ? '- ' : '';
    for (const child of item.children) {
      if (child.type === 'list') { lines.push(...renderList(child, depth + 1, opts)); continue; }
      const text = renderBlock(child, opts);
      if (!text) continue;
      lines.push(...text.split('\n').map((l, j) => (j === 0 ? indent + marker + l : indent + ' '.repeat(marker.length) + l)));
      marker = marker && ' '.repeat(marker.length);
    }
  });
  return lines;
}

/** Plain text of one block node (paragraph, list, table, quote, code, ...). */
export function renderBlock(node: RootContent, opts: RenderOptions = {}): string {
  switch (node.type) {
    case 'paragraph': case 'heading':
      return tidy(inlineText(node, opts));
    case 'list':
      return renderList(node, 0, opts).join('\n');
    case 'blockquote': case 'footnoteDefinition':
      return renderBlocks(node.children, opts);
    case 'code':
      return node.value.trim();
    case 'html':
      return tidy(node.value.replace(/<[^>]*>/g, ''));
    case 'table':
      return node.children.map((row) => row.children.map((cell) => tidy(inlineText(cell, opts))).join(' | ')).join('\n');
    default:
      return '';
  }
}

/** Plain text of a run of blocks, one block per line, empty blocks skipped. */
export function renderBlocks(nodes: readonly RootContent[], opts: RenderOptions = {}): string {
  return nodes.map((n) => renderBlock(n, opts)).filter(Boolean).join('\n');
}

/** Trailing spaces off every line, blank lines collapsed, outer blank space removed. */
export function tidy(text: string): string {
  return text.replace(/[ \t\u00a0]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
}

/** A summary is short: cut long text at a word boundary near `max` characters. */
export function clip(text: string, max = 1000): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
}

/** A front-matter or heading date as YYYY, YYYY-MM or YYYY-MM-DD, or null. */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const m = /^\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(value));
  if (!m) return null;
  return [m[1], m[2], m[2] && m[3]].filter(Boolean).join('-');
}

/** A front-matter string field, whitespace (and no-break spaces) collapsed; null when absent. */
export function fmString(fm: Record<string, unknown> | null, key: string): string | null {
  const v = fm?.[key];
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  // Zero-width characters (U+2060 in "Biden-⁠Harris") are invisible noise in titles.
  const s = String(v).replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
  return s || null;
}

/**
 * Jekyll pages link with Liquid tags (`[text]({% link page.md %})`), which are not Markdown links:
 * keep the link text, drop the tags.
 */
function liquidFree(text: string): string {
  return tidy(text.replace(/\[([^\]]*)\]\(\s*\{%[^)]*%\}\s*\)/g, '$1').replace(/\{%.*?%\}|\{\{.*?\}\}/g, ''));
}

export const genericMarkdown: MarkdownFamily = (input, md) => {
  const findings: Finding[] = [];
  const fm = md.frontMatter;
  const nodes = md.tree.children.filter((n) => n.type !== 'yaml');
  let title = fmString(fm, 'title');

  // The first heading, when it is the only level-1 heading before any content, is the title.
  const firstHeading = nodes.findIndex((n) => n.type === 'heading');
  let titleIndex = -1;
  if (firstHeading >= 0) {
    const h = nodes[firstHeading] as Heading;
    if (h.depth === 1) {
      titleIndex = firstHeading;
      title ??= tidy(inlineText(h)) || null;
    }
  }

  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  const stack: { depth: number; text: string }[] = [];
  let current: { heading: Heading; path: string[] } | null = null;
  let body: RootContent[] = [];
  let sectionCount = 0;

  const flush = (next: Heading | null): void => {
    const text = liquidFree(renderBlocks(body, { bullets: true, joinSoftBreaks: true }));
    if (current === null) {
      if (text) provisions.push({ key: keys.allocate('preamble', null), number: null, heading: null, text, type: 'preamble', path: [] });
    } else {
      const heading = tidy(inlineText(current.heading)) || null;
      if (text) {
        provisions.push({ key: keys.allocate('sec', ++sectionCount), number: null, heading, text, type: 'section', path: current.path });
      } else if (!next || next.depth <= current.heading.depth) {
        findings.push({
          severity: 'info', file: input.file, line: lineOf(current.heading), rule: 'md-empty-section',
          reason: `Unexpected empty section "${heading ?? ''}", expected text or a sub-heading under it`,
        });
      }
    }
    body = [];
  };

  nodes.forEach((node, i) => {
    if (i === titleIndex) return;
    if (node.type !== 'heading') { body.push(node); return; }
    flush(node);
    while (stack.length && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    current = { heading: node, path: stack.map((s) => s.text) };
    stack.push({ depth: node.depth, text: tidy(inlineText(node)) });
  });
  flush(null);

  const firstParagraph = nodes.find((n, i) => i !== titleIndex && n.type === 'paragraph' && renderBlock(n));
  const meta: Record<string, unknown> = {};
  for (const k of ['tags', 'categories'] as const) if (fm && fm[k] !== undefined && fm[k] !== null) meta[k] = fm[k];

  if (provisions.length === 0) {
    findings.push({ severity: 'warning', file: input.file, rule: 'md-no-text', reason: 'Unexpected document without text, expected at least one paragraph' });
  }
  return {
    document: {
      title,
      date: normaliseDate(fm?.date),
      summary: firstParagraph ? clip(liquidFree(renderBlock(firstParagraph, { joinSoftBreaks: true }))) : null,
      provisions,
      meta,
    },
    findings,
  };
};
