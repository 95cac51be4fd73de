/**
 * Treaty Markdown from the Dutch Treaty Database (`treaties/int/source/`): a `<meta http-equiv>`
 * line, `##<Dutch title>`, `####<English title>`, the English text, then the Dutch translation.
 * Articles are `### Article N` (also `###Article N`, Roman numerals, `14 bis`), each followed by a
 * `####<title>` line; divisions are `### CHAPTER I`, `###SECTION 1`, `###TITLE 1`, `### PART I` or
 * a bare Roman numeral, each with a `####` title; annexes `### ANNEX`, `###Appendix IV`.
 *
 * Read line by line, not with remark: most headings lack the space after the `#` characters,
 * which CommonMark would read as text. Only the English part becomes provisions.
 */
import type { Finding } from '../../../corpus/schema.js';
import type { ParsedProvision } from '../types.js';
import type { MarkdownFamily } from '../markdown.js';
import { KeyAllocator } from '../util/keys.js';
import { romanToInt } from '../util/numerals.js';
import { clip, tidy } from './generic.js';

const HEADING = /^(#{1,6})(?!#)\s*(.*?)\s*$/;
const ARTICLE = /^Article\s+(\d+|[IVXLCDM]+)(?:\s+(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?\b\.?\s*(.*)$/i;
const DIVISION = /^(CHAPTER|PART|SECTION|TITLE)\s+(\d+|[IVXLCDM]+)\b\.?\s*(.*)$/i;
const BARE_ROMAN = /^([IVXLC]+)\b\.?\s*(.*)$/;
const ANNEX = /\b(Annex|Appendix|Appendices|Schedule)\b/i;
const DUTCH = /^(Artikel|Hoofdstuk|Afdeling|Titel|Deel|Bijlage|Preambule)\b/i;
const DIVISION_LEVEL: Record<string, number> = { chapter: 0, part: 0, section: 1, title: 2 };

interface Line { level: number; text: string; raw: string; line: number }

/** Heading text without emphasis markers and runs of spaces. */
function headingText(s: string): string {
  return s.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}

/** Letters only, lower case: to recognise the Dutch title repeated with other spelling or case. */
function letters(s: string): string {
  return s.toLowerCase().replace(/[^a-zà-ÿ]+/g, '');
}

/** Source text of a provision: links and images reduced to their text, markup and tags dropped. */
function cleanText(lines: string[]): string {
  return tidy(lines.join('\n')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\*+/g, '')
    .replace(/^#{4,6}\s*/gm, ''));
}

/** Index of the first line of the Dutch part, or -1. */
function dutchStart(lines: Line[], dutchTitle: string | null, after: number): number {
  const wanted = dutchTitle ? letters(dutchTitle).slice(0, 25) : '';
  if (wanted) {
    const i = lines.findIndex((l, j) => j > after && l.level === 4 && letters(l.text).slice(0, 25) === wanted);
    if (i >= 0) return i;
  }
  const k = lines.findIndex((l, j) => j > after && l.level === 3 && DUTCH.test(l.text));
  if (k < 0) return -1;
  // Back up to the Dutch title heading that opens the translation, if no article lies between.
  for (let j = k - 1; j > after; j--) {
    const l = lines[j]!;
    if (l.level === 3 && ARTICLE.test(l.text)) break;
    if (l.level === 4) return j;
  }
  return k;
}

export const treatySource: MarkdownFamily = (input) => {
  const findings: Finding[] = [];
  const lines: Line[] = input.text.split(/\r?\n/).map((raw, i) => {
    const h = HEADING.exec(raw);
    return { level: h ? h[1]!.length : 0, text: h ? headingText(h[2]!) : raw, raw, line: i + 1 };
  });
  const dutchTitleIndex = lines.findIndex((l) => l.level === 2);
  const dutchTitle = dutchTitleIndex >= 0 ? lines[dutchTitleIndex]!.text : null;
  const titleIndex = lines.findIndex((l, i) => i > dutchTitleIndex && l.level > 0 && l.level <= 4);
  const title = titleIndex >= 0 && lines[titleIndex]!.level === 4 ? lines[titleIndex]!.text : null;
  if (!title) findings.push({ severity: 'warning', file: input.file, line: 1, rule: 'treaty-md-title', reason: 'Unexpected start of file, expected "##<Dutch title>" then "####<English title>"' });

  let end = dutchStart(lines, dutchTitle, Math.max(titleIndex, 0));
  if (end < 0) {
    end = lines.length;
    findings.push({ severity: 'warning', file: input.file, rule: 'treaty-md-dutch-part', reason: 'Unexpected file without a Dutch part, expected the Dutch title or "### Artikel 1" after the English text' });
  }

  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  const path: string[] = [];
  type Open = { kind: 'preamble' | 'article' | 'annex' | 'division'; number: string | null; key: string | null; heading: string | null; body: string[]; line: number; level?: number };
  let open: Open | null = { kind: 'preamble', number: null, key: null, heading: null, body: [], line: titleIndex + 2 };
  let awaitingTitle = false;
  let emptyAnnex: Open | null = null;
  const takeEmptyAnnex = (): Open | null => { const a = emptyAnnex; emptyAnnex = null; return a; };

  const close = (): void => {
    if (!open) return;
    const o = open;
    open = null;
    let text = cleanText(o.body);
    if (o.kind === 'preamble') text = text.replace(/^(?:Preamble|Preambule|PREAMBLE)\s*/, '');
    if (!text) {
      // An annex heading directly followed by its sub-heading ("Appendices" → "Interpretation").
      if (o.kind === 'article' || o.kind === 'annex') {
        findings.push({ severity: 'warning', file: input.file, line: o.line, rule: 'treaty-md-empty', reason: `Unexpected ${o.kind} ${o.number ?? ''} without text (images only?), expected text after its heading` });
        if (o.kind === 'annex') emptyAnnex = o;
      }
      return;
    }
    if (o.kind === 'preamble') {
      provisions.push({ key: keys.allocate('preamble', null), number: null, heading: null, text, type: 'preamble', path: [] });
    } else if (o.kind === 'division') {
      findings.push({ severity: 'info', file: input.file, line: o.line, rule: 'treaty-md-division-text', reason: `Unexpected text under division "${path.join(' / ')}", expected an article heading; kept as a note` });
      provisions.push({ key: keys.allocate('note', null), number: null, heading: path[path.length - 1] ?? null, text, type: 'note', path: [...path] });
    } else {
      provisions.push({ key: o.key!, number: o.number, heading: o.heading, text, type: o.kind, path: o.kind === 'article' ? [...path] : [] });
    }
  };

  for (let i = titleIndex + 1; i < end; i++) {
    const l = lines[i]!;
    if (l.level === 0) {
      if (awaitingTitle && l.raw.trim()) awaitingTitle = false;
      open?.body.push(l.raw);
      continue;
    }
    if (l.level >= 4) {
      if (awaitingTitle && open) {
        awaitingTitle = false;
        if (open.kind === 'division') path[path.length - 1] = `${path[path.length - 1]} — ${l.text}`;
        else open.heading = l.text;
        continue;
      }
      open?.body.push(l.text);
      continue;
    }
    close();
    awaitingTitle = true;
    const merge = takeEmptyAnnex();
    const art = ARTICLE.exec(l.text);
    if (art) {
      const n = /^\d+$/.test(art[1]!) ? Number(art[1]) : romanToInt(art[1]!);
      const suffix = art[2]?.toLowerCase();
      const number = [art[1], suffix].filter(Boolean).join(' ');
      open = { kind: 'article', number, key: keys.allocate('art', `${n ?? art[1]}${suffix ? `-${suffix}` : ''}`), heading: art[3] || null, body: [], line: l.line };
      continue;
    }
    const div = DIVISION.exec(l.text);
    const bare = div ? null : BARE_ROMAN.exec(l.text);
    if (div || bare) {
      const level = div ? DIVISION_LEVEL[div[1]!.toLowerCase()]! : 0;
      const label = div ? `${div[1]} ${div[2]}` : bare![1]!;
      const rest = (div ? div[3] : bare![2])?.trim();
      path.length = Math.min(path.length, level);
      path.push(rest ? `${label} — ${rest}` : label);
      open = { kind: 'division', number: label, key: null, heading: null, body: [], line: l.line };
      continue;
    }
    if (merge && !ANNEX.test(l.text)) {
      findings.pop(); // the empty-annex finding of `merge`: the annex goes on under this heading
      open = { ...merge, body: [l.text] };
      awaitingTitle = false;
      continue;
    }
    if (!ANNEX.test(l.text)) {
      findings.push({ severity: 'warning', file: input.file, line: l.line, rule: 'treaty-md-heading', reason: `Unexpected heading "${l.text}", expected Article N, CHAPTER/PART/SECTION/TITLE N or ANNEX; kept as an annex` });
    }
    path.length = 0;
    const label = l.text.replace(/^(?:Annex|Appendix|Schedule)\b\s*/i, '');
    open = { kind: 'annex', number: l.text, key: keys.allocate('annex', label || null), heading: null, body: [], line: l.line };
  }
  close();

  if (!provisions.some((p) => p.type === 'article')) {
    findings.push({ severity: 'warning', file: input.file, rule: 'treaty-md-no-articles', reason: 'Unexpected English part without articles, expected "### Article N" headings' });
  }
  const preamble = provisions.find((p) => p.type === 'preamble');
  const meta: Record<string, unknown> = {};
  if (dutchTitle) meta.title_nl = dutchTitle;
  if (end < lines.length) meta.dutch_from_line = lines[end]!.line;
  return {
    document: { title, date: null, summary: preamble ? clip(preamble.text) : null, language: 'en', provisions, meta },
    findings,
  };
};
