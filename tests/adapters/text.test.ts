/**
 * Plain-text adapter against the real corpus documents (read from CORPUS_DIR at test time) and
 * small synthetic inputs for the layouts the corpus does not show.
 */
import { ManifestRecord } from '../../corpus/schema.js';
import { textAdapter } from '../../ingest/adapters/text.js';
import type { AdapterResult } from '../../ingest/adapters/types.js';
import { parseCorpusDocument, rawManifest, rawRecord, expectWellFormedProvisions } from '../helpers/corpus.js';

const UN = 'bibliography-int-ctoc-cop-2024-technical-assistance-zh';
const CH07 = 'module-int-dfir-hitchhikers-guide-ch07-law-enforcement-digita';

async function parsed(id: string): Promise<AdapterResult> {
  return parseCorpusDocument(id);
}
function synthetic(text: string): AdapterResult {
  const record = ManifestRecord.parse({ ...rawRecord(CH07), id: 'synthetic-text' });
  return textAdapter.parse({ record, file: 'synthetic.txt', text }) as AdapterResult;
}

describe('UN report in Chinese (numbered paragraphs)', () => {
  it('reads title block, date and the 63 numbered paragraphs in order', async () => {
    const { document, findings } = await parsed(UN);
    expect(document.title).toBe(rawRecord(UN).title);
    expect(document.title).toBe('为协助各国执行《联合国打击跨国有组织犯罪公约》及其各项议定书提供技术援助：秘书处的报告');
    expect(document.date).toBe('2024-06-24');
    expect(document.provisions).toHaveLength(63);
    expect(document.provisions.map((p) => p.key)).toEqual(Array.from({ length: 63 }, (_, i) => `para-${i + 1}`));
    expect(document.meta).toMatchObject({ distribution: 'General', original_language: 'English', footnotes: ['CTOC/COP/2024/1。'] });
    expect(findings).toEqual([]);
  });
  it('paragraph 1: number, path and text; it is the summary', async () => {
    const { document } = await parsed(UN);
    const p1 = document.provisions[0];
    expect(p1).toMatchObject({ key: 'para-1', number: '1', heading: null, type: 'paragraph', path: ['一. 导言'] });
    expect(p1.text.startsWith('在题为“实施《联合国打击跨国有组织犯罪公约》的各项技术援助规定”的第8/4号决议中，联合国打击跨国有组织犯罪公约缔约方会议注意到')).toBe(true);
    expect(document.summary).toBe(p1.text);
  });
  it('chapters and sections as path; a paragraph broken by a page runs on', async () => {
    const { document } = await parsed(UN);
    const p16 = document.provisions[15];
    expect(p16.path).toEqual(['二. 执行《联合国打击跨国有组织犯罪公约》方面的技术援助', 'C. 执法']);
    expect(p16.text).toContain('认识到犯罪活动不断变化和相互关联的性质，继续支持会员国努力应对');
    expect(document.provisions[25].path).toEqual(['三. 为执行各项议定书提供技术援助', 'A. 打击贩运人口和偷运移民议定书']);
    expect(document.provisions[62].path).toEqual(['六. 结论和可能的建议']);
    expect(document.provisions[62].text.startsWith('打击有组织犯罪公约缔约方会议不妨考虑请缔约国提高向毒品和犯罪问题办公室提供的财政捐助水平')).toBe(true);
    for (const p of document.provisions) expect(p.text).not.toContain('CTOC/COP/2024/1');
  });
  it('drops page furniture in the same layout (synthetic)', () => {
    const { document } = synthetic([
      'Distr.: General', '3 May 2024', '', 'Technical assistance', '', 'Report of the Secretariat', '',
      'I. Introduction', '', '1. The Conference decided', 'V.24-07123', 'CTOC/COP/2024/5', '2/15',
      'to continue.', '', '2. Second.', '', '3. Third.', '', 'II. Work', '', 'A. Training', '', '4. Fourth.', '', '5. Fifth.',
    ].join('\n'));
    expect(document.title).toBe('Technical assistance: Report of the Secretariat');
    expect(document.date).toBe('2024-05-03');
    expect(document.provisions.map((p) => p.key)).toEqual(['para-1', 'para-2', 'para-3', 'para-4', 'para-5']);
    expect(document.provisions[0].text).toBe('The Conference decided to continue.');
    expect(document.provisions[3].path).toEqual(['II. Work', 'A. Training']);
  });
});

describe('DFIR chapters (Markua headings)', () => {
  it('ch07: title, byline, sections with their path', async () => {
    const { document } = await parsed(CH07);
    expect(document.title).toBe('Chapter 7 - The Law Enforcement Digital Forensics Laboratory');
    expect(document.meta).toMatchObject({ byline: 'By Jason Wilkins | Website | Discord' });
    expect(document.provisions).toHaveLength(20);
    expect(document.provisions[0]).toMatchObject({ key: 'sec-1', heading: 'The necessity of executive cooperation', path: ['Executive Cooperation'], type: 'section' });
    expect(document.provisions[0].text.startsWith('When I was approached by my superiors at the police department to establish a Digital Forensics lab')).toBe(true);
    const hw = document.provisions.find((p) => p.heading === 'Selecting forensic workstations');
    expect(hw?.text).toContain('\n• Dell Precision 5820 Tower X-Series');
  });
  it('ch08 and ch09: markup and layout directives never reach the text', async () => {
    const ch08 = (await parsed('module-int-dfir-hitchhikers-guide-ch08-artifacts-as-evidence')).document;
    expect(ch08.title).toBe('Chapter 8 - Artifacts as Evidence');
    expect(ch08.provisions).toHaveLength(17);
    expect(ch08.provisions.find((p) => p.heading === 'Prefetch')?.path).toEqual(['Examples']);
    const ch09 = (await parsed('module-int-dfir-hitchhikers-guide-ch09-forensic-imaging-in-a')).document;
    expect(ch09.provisions).toHaveLength(13);
    expect(ch09.provisions[5]).toMatchObject({ heading: 'Windows', path: ['Creating a disk image', 'Disk imaging on Windows and Linux'] });
    for (const p of [...ch08.provisions, ...ch09.provisions]) {
      expect(p.text).not.toMatch(/\{pagebreak\}|\{width|!\[|\]\(http|\*\*|^C>/m);
    }
  });
});

describe('other plain text', () => {
  it('sections at heading-like lines, else paragraphs', () => {
    const headed = synthetic('Money laundering\n\nScope\n\nThis law applies to banks.\nAnd to casinos.\n\nPenalties\n\nFines apply.');
    expect(headed.document.title).toBe('Money laundering');
    expect(headed.document.provisions).toEqual([
      { key: 'sec-1', number: null, heading: 'Scope', text: 'This law applies to banks. And to casinos.', type: 'section', path: [] },
      { key: 'sec-2', number: null, heading: 'Penalties', text: 'Fines apply.', type: 'section', path: [] },
    ]);
    const plain = synthetic('First paragraph.\n\nSecond paragraph.');
    expect(plain.document.provisions.map((p) => [p.key, p.text])).toEqual([['para-1', 'First paragraph.'], ['para-2', 'Second paragraph.']]);
  });
  it('an empty file is a finding, not an exception', () => {
    const { document, findings } = synthetic('\n\n');
    expect(document.provisions).toEqual([]);
    expect(findings.map((f) => f.rule)).toEqual(['text-no-provisions']);
  });
});

describe('every corpus file of format text', () => {
  const ids = rawManifest().filter((r) => r.format === 'text').map((r) => r.id);
  it('has 4 text documents', () => expect(ids).toHaveLength(4));
  it.each(ids)('%s: provisions with unique keys and clean text', async (id) => {
    const { document } = await parsed(id);
    expectWellFormedProvisions(document.provisions);
    for (const p of document.provisions) {
      expect(p.text).not.toMatch(/<\/?(?:p|span|div|br|pre|h[1-6]|table|script|style)\b/i);
    }
  });
});
