/**
 * Any other HTML: sections at `h1`–`h6` headings when the page has them, else one provision per
 * paragraph. Title from `<title>` or the first `h1`.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { AdapterInput, AdapterResult, ParsedProvision } from '../types.js';
import { KeyAllocator } from '../util/keys.js';
import { blockLines, clean, isElement } from './dom.js';

export function genericHtml(_input: AdapterInput, $: CheerioAPI): AdapterResult {
  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  const root = $('body').length ? $('body').contents().toArray() : $.root().contents().toArray();
  const headings = $('h1, h2, h3, h4, h5, h6').toArray();
  const title = clean($('title').first().text()) || clean($('h1').first().text()) || null;

  if (headings.length === 0) {
    for (const line of blockLines(root)) {
      provisions.push({ key: keys.allocate('para', provisions.length + 1), number: String(provisions.length + 1), heading: null, text: line, type: 'paragraph', path: [] });
    }
  } else {
    // Walk the document in order; every heading opens a section that collects the lines after it.
    const stack: { level: number; text: string }[] = [];
    let section: { heading: string | null; path: string[]; nodes: AnyNode[] } = { heading: null, path: [], nodes: [] };
    const close = () => {
      const text = blockLines(section.nodes).join('\n');
      if (text) provisions.push({ key: keys.allocate('sec', provisions.length + 1), number: null, heading: section.heading, text, type: 'section', path: section.path });
    };
    const walk = (nodes: readonly AnyNode[]) => {
      for (const node of nodes) {
        const m = isElement(node) ? /^h([1-6])$/.exec(node.name) : null;
        if (m) {
          close();
          const level = Number(m[1]);
          while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
          const text = clean($(node).text());
          section = { heading: text || null, path: stack.map((s) => s.text), nodes: [] };
          stack.push({ level, text });
        } else if (isElement(node) && $(node).find('h1, h2, h3, h4, h5, h6').length > 0) {
          walk(node.children);
        } else {
          section.nodes.push(node);
        }
      }
    };
    walk(root);
    close();
  }
  return { document: { title, provisions }, findings: [] };
}
