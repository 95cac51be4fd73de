/**
 * Text of XML elements with block structure kept: block elements start new lines, label elements
 * (`num`, `Label`, `nr`) are glued to the line that follows them, skipped elements (history notes,
 * footnote markers, images) contribute nothing.
 */
import type { AnyNode, Element } from 'domhandler';

export interface TextOptions {
  /** Elements that start and end a line. */
  blocks: ReadonlySet<string>;
  /** Elements whose text is a prefix of the next line (`(a) `). */
  labels?: ReadonlySet<string>;
  /** Elements left out entirely. */
  skip?: ReadonlySet<string>;
  /** Elements whose text is followed by a space (table cells). */
  cells?: ReadonlySet<string>;
  /** Inline elements that need a space before them when the source has none (`term[Repealed]`). */
  spaced?: ReadonlySet<string>;
  /** Keep line breaks found inside text nodes (PDF-derived sources where lines carry meaning). */
  keepLines?: boolean;
  /** A node to leave out wherever it appears (e.g. the number of the paragraph being read). */
  omit?: ReadonlySet<AnyNode>;
}

export function blockText(nodes: AnyNode | readonly AnyNode[], opts: TextOptions): string {
  const lines: string[] = [];
  let cur = '';
  let labelOnly = false;
  const newline = () => {
    if (labelOnly) return;
    lines.push(cur);
    cur = '';
  };
  const visit = (node: AnyNode): void => {
    if (opts.omit?.has(node)) return;
    if (node.type === 'text' || node.type === 'cdata') {
      if (node.type === 'text') {
        const t = node.data;
        if (/\S/.test(t)) labelOnly = false;
        cur += opts.keepLines ? t : t.replace(/\s+/g, ' ');
      } else node.children.forEach(visit);
      return;
    }
    if (node.type === 'directive') {
      // `<?linebreak?>` in rechtspraak.nl XML marks a hard line break.
      if (/^\?linebreak/.test(node.name)) newline();
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    if (opts.skip?.has(el.name)) return;
    if (opts.labels?.has(el.name)) {
      const label = blockText(el.children, { ...opts, keepLines: false }).replace(/\s+/g, ' ').trim();
      if (label) {
        // An opening quote mark stays on the line of the number it precedes (`‘1. …`).
        if (!/^[“"‘'([]+$/.test(cur.trim())) newline();
        cur += `${label} `;
        labelOnly = true;
      }
      return;
    }
    const block = opts.blocks.has(el.name);
    if (block) newline();
    else if (opts.spaced?.has(el.name) && cur && !/\s$/.test(cur)) cur += ' ';
    el.children.forEach(visit);
    if (opts.cells?.has(el.name)) cur += ' ';
    if (block) newline();
  };
  (Array.isArray(nodes) ? nodes : [nodes as AnyNode]).forEach(visit);
  labelOnly = false;
  newline();
  return tidyLines(lines.join('\n'), opts.keepLines ?? false);
}

/** Collapse spaces within lines, trim lines; keep single blank lines only when lines carry meaning. */
export function tidyLines(text: string, keepBlank: boolean): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[ \t]+/g, ' ').trim();
    if (line) out.push(line);
    else if (keepBlank && out.length > 0 && out.at(-1) !== '') out.push('');
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}

/** Whitespace-normalised text of an element, on one line. */
export function flatText(node: AnyNode | readonly AnyNode[] | undefined, skip?: ReadonlySet<string>): string {
  if (!node) return '';
  return blockText(node, { blocks: new Set(), skip }).replace(/\s+/g, ' ').trim();
}
