/**
 * U.S. Supreme Court opinions as CourtListener HTML fragments: the slip opinion's text layout
 * in `<pre class="inline">` blocks, interrupted by citation links. Pages are separated by form
 * feeds and start with a running header (`Cite as: 580 U. S. ____ (2017)  3` or
 * `2  LEONARD v. TEXAS`) and the opinion's label (`Syllabus`, `Opinion of the Court`,
 * `THOMAS, J., dissenting`). Headers are removed, footnotes (below a `——————` rule) are collected
 * per opinion, hyphenation at line ends is undone, and each opinion is split where it marks its
 * parts (`I`, `II`, `A`, `B`). Without any of that structure the text becomes paragraphs `para-N`.
 */
import type { CheerioAPI } from 'cheerio';
import type { AdapterInput, AdapterResult, ParsedProvision } from '../types.js';
import { KeyAllocator, keyPart } from '../util/keys.js';
import { clean, englishDate, rawText } from './dom.js';

const RUNNING_HEAD = /^\s*(?:\(Slip Opinion\)|Cite as:)|^\s*\d+\s{2,}\S.*\sv\.\s/;
const LABEL = /^(?:Syllabus|Opinion of the Court|Per Curiam|Statement of .+|.+,\s*(?:C\.\s*)?J\.,\s*(?:concurring|dissenting).*|.*\b(?:concurring|dissenting)\b.*)$/i;
/** The footnote rule is a run of em dashes; runs of underscores frame the caption and stay. */
const RULE = /^\s*[—\u2500]{4,}\s*$/;
const PART_MARK = /^(?:[IVX]{1,6}|[A-H]|\d{1,2})$/;

interface Opinion {
  label: string | null;
  body: string[];
  notes: string[];
}

interface Segment {
  marks: string[];
  paragraphs: string[];
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** Split the text into opinions, removing running heads and setting footnotes apart. */
function opinions(text: string): { opinions: Opinion[]; shortTitle: string | null } {
  const result: Opinion[] = [];
  let shortTitle: string | null = null;
  let current = null as Opinion | null;
  for (const page of text.replace(/\r\n?/g, '\n').split('\f')) {
    const lines = page.split('\n');
    let i = 0;
    while (i < lines.length && !lines[i].trim()) i++;
    let label: string | null = null;
    let pageNo: number | null = null;
    if (i < lines.length && RUNNING_HEAD.test(lines[i])) {
      const head = lines[i];
      const even = /^\s*(\d+)\s{2,}(.+?\sv\.\s.+?)\s*$/.exec(head);
      if (even) { pageNo = Number(even[1]); shortTitle ??= clean(even[2]); } else pageNo = Number(/(\d+)\s*$/.exec(head)?.[1] ?? NaN);
      i++;
      let j = i;
      while (j < lines.length && !lines[j].trim()) j++;
      if (j < lines.length && indentOf(lines[j]) >= 8 && lines[j].trim().length < 70 && LABEL.test(lines[j].trim())) {
        label = clean(lines[j]);
        i = j + 1;
      }
    }
    const newOpinion = !current || (label !== null && label !== current.label) || (pageNo === 1 && current.body.some((l) => l.trim()));
    if (newOpinion) {
      current = { label: label ?? current?.label ?? null, body: [], notes: [] };
      result.push(current);
    }
    // Blank lines around the page body are layout, not paragraph breaks: a paragraph runs on across pages.
    while (i < lines.length && !lines[i].trim()) i++;
    const rest = lines.slice(i);
    const rule = rest.findIndex((l) => RULE.test(l));
    const bodyEnd = rule >= 0 ? rule : rest.length;
    let last = bodyEnd;
    while (last > 0 && !rest[last - 1].trim()) last--;
    const open = current as Opinion; // set above on the first page
    open.body.push(...rest.slice(0, last));
    if (rule >= 0) open.notes.push(...rest.slice(rule + 1));
  }
  return { opinions: result, shortTitle };
}

/** Join a line to the paragraph, undoing end-of-line hyphenation. */
function join(paragraph: string, line: string): string {
  const next = line.trim();
  if (!paragraph) return next;
  if (paragraph.endsWith('\u00ad')) return paragraph.slice(0, -1) + next;
  if (/[A-Za-z]-$/.test(paragraph) && /^[a-z]/.test(next)) return paragraph.slice(0, -1) + next;
  if (/[-—–]$/.test(paragraph)) return paragraph + next;
  return `${paragraph} ${next}`;
}

/** Paragraphs and part marks of one opinion's lines. */
function segments(lines: string[]): Segment[] {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.trim().length >= 45) counts.set(indentOf(l), (counts.get(indentOf(l)) ?? 0) + 1);
  const base = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const result: Segment[] = [{ marks: [], paragraphs: [] }];
  let paragraph = '';
  let previous: string | null = null;
  const end = () => {
    previous = null;
    const p = clean(paragraph.replace(/\u00ad/g, ''));
    if (p) result[result.length - 1].paragraphs.push(p);
    paragraph = '';
  };
  for (const line of lines) {
    const t = line.trim();
    if (!t || /^\*(\s*\*)+$/.test(t) || /^_+$/.test(t)) { end(); continue; }
    if (PART_MARK.test(t) && indentOf(line) >= base + 8) {
      end();
      const level = /^[IVX]+$/.test(t) ? 0 : /^[A-H]$/.test(t) ? 1 : 2;
      const parent = result[result.length - 1].marks.slice(0, level);
      result.push({ marks: [...parent, t], paragraphs: [] });
      continue;
    }
    // A paragraph starts where the indentation leaves the base, except inside an indented block
    // (a notice, a quotation) whose full lines run on into lower-case continuations.
    const indent = indentOf(line);
    const runOn = previous !== null && indentOf(previous) !== base && previous.trim().length >= 50 && /^[a-z0-9(]/.test(t);
    if (indent !== base && !runOn) end();
    paragraph = join(paragraph, line);
    previous = line;
  }
  end();
  return result;
}

function opinionSlug(label: string | null): string {
  if (!label || /^Opinion of the Court$/i.test(label)) return 'opinion';
  return keyPart(label.replace(/,?\s*(?:C\.\s*)?J\.,?/g, ' ')) || 'opinion';
}

function mostlyUpper(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.5;
}

export function courtListener(input: AdapterInput, $: CheerioAPI): AdapterResult {
  const text = rawText($.root().contents().toArray());
  const { opinions: ops, shortTitle } = opinions(text);
  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  const structured = ops.some((o) => o.label !== null);
  const paragraphsSeen: string[] = [];

  for (const op of ops) {
    const segs = segments(op.body);
    paragraphsSeen.push(...segs.flatMap((s) => s.paragraphs));
    if (!structured && segs.length === 1) {
      for (const p of segs[0].paragraphs) provisions.push({ key: keys.allocate('para', provisions.length + 1), number: String(provisions.length + 1), heading: null, text: p, type: 'paragraph', path: [] });
      continue;
    }
    const slug = opinionSlug(op.label);
    for (const seg of segs) {
      if (seg.paragraphs.length === 0) continue;
      provisions.push({
        key: keys.allocate('part', [slug, ...seg.marks].join(' ')),
        number: seg.marks.length ? seg.marks.join('.') : null,
        heading: seg.marks.length ? null : op.label,
        text: seg.paragraphs.join('\n'),
        type: 'section',
        path: seg.marks.length ? [op.label ?? 'Opinion', ...seg.marks.slice(0, -1)] : [],
      });
    }
    const notes = segments(op.notes.filter((l) => l.trim())).flatMap((s) => s.paragraphs);
    if (notes.length) provisions.push({ key: keys.allocate('note', slug), number: null, heading: `Footnotes${op.label ? ` (${op.label})` : ''}`, text: notes.join('\n'), type: 'note', path: op.label ? [op.label] : [] });
  }

  const flat = clean(text);
  const cite = /Cite as:\s*(\d+\s+U\.\s*S\.\s*_*\d*\s*\(\d{4}\))/.exec(flat);
  const docket = /\bNo(?:s)?\.\s+(\d+[A-Z]?[–-]\d+)/.exec(flat);
  const decided = /Decided\s+([A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4})/.exec(flat) ?? /\[([A-Z][a-z]+\s+\d{1,2},\s*\d{4})\]/.exec(flat);
  // The summary is the first real paragraph after the caption's `Decided ...` line (the syllabus, or the opinion).
  const decidedAt = Math.max(0, paragraphsSeen.findIndex((p) => /\bDecided\b/.test(p)));
  const summary = paragraphsSeen.slice(decidedAt).find((p) => p.length >= 80 && !/^(?:NOTE|NOTICE):/.test(p) && !mostlyUpper(p)) ?? null;
  return {
    document: {
      title: shortTitle,
      date: decided ? englishDate(decided[1]) : null,
      summary,
      provisions,
      meta: {
        court: /SUPREME COURT OF THE UNITED STATES/.test(flat) ? 'Supreme Court of the United States' : null,
        citation: cite ? clean(cite[1]) : null,
        docket: docket ? docket[1] : null,
        term: /OCTOBER TERM,\s*(\d{4})/.exec(flat)?.[1] ?? null,
        opinions: [...new Set(ops.map((o) => o.label).filter((l): l is string => l !== null))],
      },
    },
    findings: [],
  };
}
