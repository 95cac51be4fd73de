/**
 * Plain-text adapter. The layout of the file decides how it maps to provisions (detected from
 * the content, never from the id): Markdown/Markua-style `#` headings → sections; numbered
 * paragraphs (`1.`, `2.` ... as in UN reports) → `para-N` under chapter and section headings;
 * anything else → sections at heading-like lines, or paragraphs.
 */
import type { Adapter, AdapterInput, AdapterResult } from './types.js';
import { headedText } from './text/headed.js';
import { numberedParagraphs } from './text/numbered.js';
import { plainParagraphs } from './text/paragraphs.js';

export type TextFamily = (input: AdapterInput, lines: string[]) => AdapterResult;

export function detectTextFamily(lines: string[]): TextFamily {
  let fence = false;
  let headings = 0;
  const numbers: number[] = [];
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    if (/^#{1,6}\s+\S/.test(line)) headings++;
    const n = /^\s*(\d{1,3})\s*[.．]\s+\S/.exec(line);
    if (n) numbers.push(Number(n[1]));
  }
  // Numbered paragraphs run 1, 2, 3, ...: most numbers follow their predecessor.
  const ascending = numbers.filter((n, i) => i > 0 && n === numbers[i - 1] + 1).length;
  if (numbers.length >= 5 && numbers[0] === 1 && ascending >= numbers.length * 0.8) return numberedParagraphs;
  if (headings >= 2) return headedText;
  return plainParagraphs;
}

export const textAdapter: Adapter = {
  format: 'text',
  parse(input) {
    const lines = input.text.replace(/\r\n?/g, '\n').split('\n');
    const result = detectTextFamily(lines)(input, lines);
    if (result.document.provisions.length === 0) {
      result.findings.push({
        severity: 'error', file: input.file, rule: 'text-no-provisions', documentId: input.record.id,
        reason: 'Unexpected document without any text, expected at least one provision',
      });
    }
    return result;
  },
};
