/**
 * Numbered paragraphs, as in UN documents: a title block (distribution, date, session, agenda
 * item, title, `Report of the Secretariat`), then chapters (`一.`, `II.`), sections (`A.`) and
 * paragraphs `1.`–`N.`. Page furniture (document symbols such as `CTOC/COP/2024/5`, page
 * numbers, job numbers) is dropped; footnotes (`* CTOC/COP/2024/1。`) go to the metadata.
 * A paragraph broken by a page break continues on the next unnumbered line.
 */
import type { Finding } from '../../../corpus/schema.js';
import type { AdapterInput, AdapterResult, ParsedProvision } from '../types.js';
import { KeyAllocator } from '../util/keys.js';
import { joinRun, textDate } from './common.js';

const CHAPTER = /^([一二三四五六七八九十]+|[IVXL]+)\s*[.．、]\s*(\S.*)$/;
const SECTION = /^([A-Z])\s*[.．]\s*(\S.*)$/;
const PARAGRAPH = /^(\d{1,3})\s*[.．]\s*(\S.*)$/;
const FOOTNOTE = /^(?:\*+|[¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/;
/** Page furniture: document symbols, bare page numbers, UN job numbers (`V.24-10537`). */
const FURNITURE = /^(?:[A-Z]{1,6}(?:\/[A-Z0-9.]+){2,}\/?|\d{1,3}|(?:V\.)?\d{2}-\d{5}(?:\s*\(\w+\))?|\d+\/\d+)$/;
const REPORT_LINE = /(?:的报告|的说明)$|^(?:Report|Note) (?:of|by) the\b/i;

export function numberedParagraphs(input: AdapterInput, lines: string[]): AdapterResult {
  const findings: Finding[] = [];
  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  const header: string[][] = [[]];
  const footnotes: string[] = [];
  let chapter: string | null = null;
  let section: string | null = null;
  let current: { provision: ParsedProvision; paragraphs: string[] } | null = null;
  let last = 0;
  let furniture = 0;

  const close = () => {
    if (current) {
      current.provision.text = current.paragraphs.join('\n');
      provisions.push(current.provision);
      current = null;
    }
  };

  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) {
      if (!current && provisions.length === 0 && header[header.length - 1].length) header.push([]);
      return;
    }
    if (FURNITURE.test(line)) { furniture++; return; }
    const note = FOOTNOTE.exec(line);
    if (note) { footnotes.push(note[1]); return; }
    const para = PARAGRAPH.exec(line);
    if (para && Number(para[1]) > last) {
      if (Number(para[1]) !== last + 1) {
        findings.push({ severity: 'warning', file: input.file, line: index + 1, rule: 'text-paragraph-sequence', reason: `Unexpected paragraph ${para[1]} after ${last}, expected ${last + 1}` });
      }
      close();
      last = Number(para[1]);
      current = {
        provision: { key: keys.allocate('para', para[1]), number: para[1], heading: null, text: '', type: 'paragraph', path: [chapter, section].filter((x): x is string => x !== null) },
        paragraphs: [para[2]],
      };
      return;
    }
    const ch = CHAPTER.exec(line);
    if (ch && line.length <= 120) { close(); chapter = `${ch[1]}. ${ch[2]}`; section = null; return; }
    const sec = SECTION.exec(line);
    if (sec && line.length <= 120 && chapter !== null) { close(); section = `${sec[1]}. ${sec[2]}`; return; }
    if (current) {
      // After a page break the paragraph runs on; after a full stop an unnumbered paragraph follows.
      const paragraphs: string[] = current.paragraphs;
      const previous = paragraphs[paragraphs.length - 1];
      if (/[。.!?！？:：;；]$/.test(previous)) paragraphs.push(line);
      else paragraphs[paragraphs.length - 1] = joinRun(previous, line);
    } else if (provisions.length === 0 && chapter === null) {
      header[header.length - 1].push(line);
    } else {
      findings.push({ severity: 'info', file: input.file, line: index + 1, rule: 'text-stray-line', reason: `Unexpected unnumbered text "${line.slice(0, 40)}" under a heading, expected a numbered paragraph; ignored` });
    }
  });
  close();

  const blocks = header.filter((b) => b.length > 0);
  const reportAt = blocks.findIndex((b) => b.length === 1 && REPORT_LINE.test(b[0]));
  const titleBlock = reportAt > 0 ? blocks[reportAt - 1].reduce(joinRun) : null;
  const report = reportAt > 0 ? blocks[reportAt][0] : null;
  const cjk = titleBlock !== null && /[\u3400-\u9fff]$/.test(titleBlock);
  const dateLine = blocks.flat().find((l) => textDate(l) !== null);
  return {
    document: {
      title: titleBlock ? (report ? `${titleBlock}${cjk ? '：' : ': '}${report}` : titleBlock) : null,
      date: dateLine ? textDate(dateLine) : null,
      summary: provisions[0]?.text.split('\n')[0] ?? null,
      provisions,
      meta: {
        distribution: blocks.flat().map((l) => /^Distr\.:\s*(.+)$/.exec(l)?.[1]).find(Boolean) ?? null,
        original_language: blocks.flat().map((l) => /^Original:\s*(.+)$/.exec(l)?.[1]).find(Boolean) ?? null,
        footnotes,
        page_furniture_lines: furniture,
      },
    },
    findings,
  };
}
