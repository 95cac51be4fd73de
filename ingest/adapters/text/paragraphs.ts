/**
 * Any other plain text: blocks separated by blank lines. A one-line block that reads like a
 * heading (short, no closing punctuation, followed by text) opens a section; without such lines
 * every block is a paragraph `para-N`.
 */
import type { AdapterInput, AdapterResult, ParsedProvision } from '../types.js';
import { KeyAllocator } from '../util/keys.js';
import { joinRun } from './common.js';

function isHeadingLike(block: string[]): boolean {
  if (block.length !== 1) return false;
  const t = block[0];
  return t.length <= 80 && /\p{L}/u.test(t) && !/[.,;:!?。，；：！？)]$/.test(t);
}

export function plainParagraphs(_input: AdapterInput, lines: string[]): AdapterResult {
  const blocks: string[][] = [[]];
  for (const raw of lines) {
    const line = raw.trim();
    if (line) blocks[blocks.length - 1].push(line);
    else if (blocks[blocks.length - 1].length) blocks.push([]);
  }
  const nonEmpty = blocks.filter((b) => b.length > 0);
  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  // A heading-like first block is the title, as in most plain-text documents.
  const title = nonEmpty.length > 1 && isHeadingLike(nonEmpty[0]) ? nonEmpty.shift()?.[0] ?? null : null;
  const headed = nonEmpty.some((b, i) => isHeadingLike(b) && i + 1 < nonEmpty.length && !isHeadingLike(nonEmpty[i + 1]));

  if (!headed) {
    nonEmpty.forEach((b, i) => provisions.push({ key: keys.allocate('para', i + 1), number: String(i + 1), heading: null, text: b.reduce(joinRun), type: 'paragraph', path: [] }));
  } else {
    let heading: string | null = null;
    let body: string[] = [];
    const close = () => {
      if (body.length) provisions.push({ key: keys.allocate('sec', provisions.length + 1), number: null, heading, text: body.join('\n'), type: 'section', path: [] });
      body = [];
    };
    for (const b of nonEmpty) {
      if (isHeadingLike(b)) { close(); heading = b[0]; } else body.push(b.reduce(joinRun));
    }
    close();
  }
  return { document: { title, summary: provisions[0]?.text.split('\n')[0] ?? null, provisions }, findings: [] };
}
