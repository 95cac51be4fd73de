/**
 * Strategy Markdown (White House fact sheets, executive orders, memoranda): YAML front matter
 * (`title`, `date`, `source_url`, `tags`, `published_time`, `modified_time`) and hard-wrapped text
 * without Markdown headings. Executive orders and memoranda are divided into `Sec. N.  Heading.`
 * sections, which become provisions (`sec-1`, ...; the text before them is the `preamble`);
 * fact sheets become numbered paragraphs (`para-1`, ...).
 */
import type { RootContent } from 'mdast';
import type { Finding } from '../../../corpus/schema.js';
import type { ParsedProvision } from '../types.js';
import type { MarkdownFamily } from '../markdown.js';
import { KeyAllocator } from '../util/keys.js';
import { clip, fmString, normaliseDate, renderBlock } from './generic.js';

/** `Section 1.  Purpose.  Text…` / `Sec. 2.  Policy.` / `Sec 2.  Policy.`; the heading is optional. */
const SECTION = /^(?:Section|Sec\.?)\s*(\d+)\s*\.\s*(?:([^.]{1,150}?)\.(?:\s+|$))?([\s\S]*)$/;

/** One line per hard break, hard-wrapped lines joined, runs of spaces collapsed. */
function blockText(node: RootContent): string {
  return renderBlock(node, { joinSoftBreaks: true, bullets: true })
    .split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

export const strategy: MarkdownFamily = (input, md) => {
  const findings: Finding[] = [];
  const fm = md.frontMatter;
  const blocks = md.tree.children
    .filter((n) => n.type !== 'yaml')
    .map((node) => ({ node, text: blockText(node) }))
    .filter((b) => b.text);

  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  const starts = blocks.map((b) => SECTION.exec(b.text));
  const numbers = starts.flatMap((m) => (m ? [Number(m[1])] : []));
  // Sections only when the document is built of them: `Sec. 1.` first and more than one.
  const sectioned = numbers.length > 1 && numbers[0] === 1;

  if (sectioned) {
    let current: ParsedProvision | null = null;
    const preamble: string[] = [];
    blocks.forEach((b, i) => {
      const m = starts[i];
      if (m) {
        if (current) provisions.push(current);
        current = { key: keys.allocate('sec', m[1]!), number: m[1]!, heading: m[2]?.trim() || null, text: m[3]!.trim(), type: 'section', path: [] };
        return;
      }
      if (current) current.text = [current.text, b.text].filter(Boolean).join('\n');
      else preamble.push(b.text);
    });
    if (current) provisions.push(current);
    if (preamble.length) provisions.unshift({ key: keys.allocate('preamble', null), number: null, heading: null, text: preamble.join('\n'), type: 'preamble', path: [] });
    for (const p of provisions) {
      if (!p.text) {
        p.text = p.heading ?? '';
        findings.push({ severity: 'warning', file: input.file, rule: 'strategy-empty-section', reason: `Unexpected section ${p.number ?? ''} without text, expected text after its heading` });
      }
    }
    numbers.forEach((n, i) => {
      if (n !== i + 1) {
        findings.push({ severity: 'info', file: input.file, rule: 'strategy-section-order', reason: `Unexpected section number ${n} at position ${i + 1}, expected ${i + 1}` });
      }
    });
  } else {
    blocks.forEach((b, i) => {
      provisions.push({ key: keys.allocate('para', i + 1), number: String(i + 1), heading: null, text: b.text, type: 'paragraph', path: [] });
    });
  }

  if (provisions.length === 0) {
    findings.push({ severity: 'warning', file: input.file, rule: 'md-no-text', reason: 'Unexpected document without text, expected paragraphs after the front matter' });
  }
  const meta: Record<string, unknown> = {};
  const url = fmString(fm, 'source_url');
  if (url) meta.url = url;
  const tags = fm?.tags;
  if (typeof tags === 'string' || Array.isArray(tags)) meta.tags = tags;
  const published = fmString(fm, 'published_time');
  if (published) meta.published_time = published;

  return {
    document: {
      title: fmString(fm, 'title'),
      date: normaliseDate(fm?.date) ?? normaliseDate(fm?.published_time),
      summary: blocks[0] ? clip(blocks[0].text) : null,
      provisions,
      meta,
    },
    findings,
  };
};
