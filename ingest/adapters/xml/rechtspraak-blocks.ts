/**
 * rechtspraak.nl bodies come in several generations of markup: `section/title` + `paragroup/nr`
 * (recent), `para` with `potentialnr` (2010s), plain `para` text starting "1. " (older), and
 * arabic `orderedlist`s standing in for numbered paragraphs. This module flattens a body into
 * blocks (headings, text with a number candidate, footnotes) in document order.
 */
import type { AnyNode, Element } from 'domhandler';
import { childElements, firstChild } from './load.js';
import { blockText } from './text.js';

export const RS_TEXT = {
  blocks: new Set(['para', 'parablock', 'paragroup', 'listitem', 'row', 'title', 'bridgehead', 'section', 'orderedlist', 'itemizedlist', 'informaltable', 'table']),
  labels: new Set(['nr', 'potentialnr', 'listmarking']),
  cells: new Set(['entry']),
  skip: new Set(['footnote']),
};

/** A paragraph number found in the source; `list` when it is the position in an arabic list. */
export interface Candidate { raw: string; tuple: number[]; list?: Element }

export type Block =
  | { kind: 'heading'; text: string; structural: boolean; depth: number; el: Element }
  | { kind: 'text'; text: string; el: Element; candidate?: Candidate }
  | { kind: 'footnote'; label: string; text: string; el: Element };

const NUMBER_TEXT = /^(?:(\d{1,3}(?:\.\d{1,3})+)\.?|(\d{1,3})\.)(?=\s|$)/;

export function parseNumber(raw: string): number[] | null {
  const m = NUMBER_TEXT.exec(raw.trim());
  if (!m) return null;
  return (m[1] ?? m[2]).split('.').map(Number);
}

export function linearise(body: Element): Block[] {
  const out: Block[] = [];
  walk(body, 0, true, out);
  return out;
}

function textBlock(out: Block[], el: Element, nodes: AnyNode[], candidate?: Candidate): void {
  const text = blockText(nodes, RS_TEXT);
  if (text || candidate) out.push({ kind: 'text', text, el, ...(candidate ? { candidate } : {}) });
}

function walk(node: Element, depth: number, top: boolean, out: Block[]): void {
  for (const el of childElements(node)) {
    switch (el.name) {
      case 'section': {
        const title = firstChild(el, 'title');
        const text = title ? blockText(title.children, RS_TEXT).replace(/\s+/g, ' ') : '';
        if (text) out.push({ kind: 'heading', text, structural: true, depth, el: title! });
        walk(el, depth + 1, true, out);
        break;
      }
      case 'title':
        if (node.name !== 'section') out.push({ kind: 'heading', text: blockText(el.children, RS_TEXT).replace(/\s+/g, ' '), structural: true, depth, el });
        break;
      case 'bridgehead': {
        const text = blockText(el.children, RS_TEXT).replace(/\s+/g, ' ');
        if (text) out.push({ kind: 'heading', text, structural: false, depth, el });
        break;
      }
      case 'footnote':
        out.push({ kind: 'footnote', label: el.attribs.label ?? '', text: blockText(el.children, RS_TEXT), el });
        break;
      case 'paragroup':
      case 'para': {
        if (el.attribs.manualAnnotation === 'SECTION_TITLE') {
          const text = blockText(el.children, RS_TEXT).replace(/\s+/g, ' ');
          if (text) out.push({ kind: 'heading', text, structural: false, depth, el });
          break;
        }
        const nr = childElements(el, 'nr', 'potentialnr')[0];
        if (nr) {
          // A number after an opening quote mark numbers a quoted passage, not this document.
          const quoted = childElements(el).indexOf(nr) > 0 && childElements(el)[0].name === 'quote';
          const raw = blockText(nr.children, RS_TEXT);
          const tuple = quoted ? null : parseNumber(raw.endsWith('.') || raw.includes('.') ? raw : `${raw}.`);
          if (el.name === 'paragroup' || !childElements(el, 'para', 'parablock').length) {
            textBlock(out, el, tuple ? el.children.filter((c) => c !== nr) : el.children, tuple ? { raw, tuple } : undefined);
            break;
          }
        }
        if (el.name === 'paragroup' || childElements(el, 'para', 'parablock', 'orderedlist', 'itemizedlist').length > 0) {
          walk(el, depth, false, out);
          break;
        }
        const text = blockText(el.children, RS_TEXT);
        const tuple = parseNumber(text);
        if (tuple) {
          const raw = NUMBER_TEXT.exec(text)![0];
          out.push({ kind: 'text', text: text.slice(raw.length).trim(), el, candidate: { raw, tuple } });
        } else if (text) out.push({ kind: 'text', text, el });
        break;
      }
      case 'parablock':
      case 'uitspraak.info':
      case 'conclusie.info':
        walk(el, depth, false, out);
        break;
      case 'orderedlist':
        childElements(el, 'listitem').forEach((li, i) => {
          // Top-level arabic lists are how some conclusions number their paragraphs.
          const numbered = top && el.attribs.numeration === 'arabic';
          textBlock(out, li, li.children, numbered ? { raw: `${i + 1}.`, tuple: [i + 1], list: el } : undefined);
        });
        break;
      default:
        textBlock(out, el, [el]);
    }
  }
}
