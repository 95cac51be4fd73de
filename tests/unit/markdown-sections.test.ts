/**
 * Long Markdown is parsed in sections (ingest/adapters/markdown/parse.ts): the tree must be the
 * one a whole-text parse gives, positions included, and cuts must never fall inside a block.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseInSections, processor, sectionStarts } from '../../ingest/adapters/markdown/parse.js';
import { corpusText } from '../helpers/corpus.js';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} of the synthetic law, with enough words to take some room in the text.`).join('\n\n');

describe('Markdown parsed in sections', () => {
  test('a real 0.9 MB code: cut into sections, same tree and positions as a whole parse', () => {
    const text = corpusText('legislation-fra-criminal-code');
    const starts = sectionStarts(text);
    expect(starts.length).toBeGreaterThan(5);
    for (const s of starts.slice(1)) {
      expect(text[s - 1]).toBe('\n');
      expect(text.slice(s, s + 1)).toBe('#');
    }
    const whole = processor.parse(text);
    const sectioned = parseInSections(text);
    expect(sectioned.children.length).toBe(whole.children.length);
    expect(isDeepStrictEqual(plain(sectioned), plain(whole))).toBe(true);
  }, 120000);

  test('short texts and texts with document-wide definitions are parsed whole', () => {
    expect(sectionStarts(`# Title\n\n${filler(100)}\n\n# Next\n\ntext`)).toEqual([0]);
    const long = `# A\n\n${filler(3000)}\n\n# B\n\n${filler(3000)}\n\n# C\n\nsee [the act][1]`;
    expect(sectionStarts(long).length).toBeGreaterThan(1);
    expect(sectionStarts(`${long}\n\n[1]: https://example.org/act`)).toEqual([0]);
    expect(sectionStarts(`${long}\n\n<!-- a comment\n\n# not a heading -->`)).toEqual([0]);
  });

  test('no cut inside fenced code or straight after a line that is not blank', () => {
    const big = filler(3000);
    const text = `# A\n\n${big}\n\n\`\`\`\n\n# inside the fence\n\n\`\`\`\n\n${big}\n<details>\n# inside an HTML block\n\n${big}\n\n# B\n\ntext`;
    const starts = sectionStarts(text);
    const cutLines = starts.slice(1).map((s) => text.slice(s, text.indexOf('\n', s)));
    expect(cutLines).not.toContain('# inside the fence');
    expect(cutLines).not.toContain('# inside an HTML block');
    expect(cutLines).toContain('# B');
    expect(isDeepStrictEqual(plain(parseInSections(text)), plain(processor.parse(text)))).toBe(true);
  });
});
