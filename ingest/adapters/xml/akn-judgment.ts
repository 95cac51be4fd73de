/**
 * Akoma Ntoso judgments (The National Archives, Find Case Law). Numbered `paragraph` elements of
 * `judgmentBody` become `para-N`; `level` headings and short unnumbered lines between paragraphs
 * (sub-headings the Word converter put in `level/content`) become the path; unnumbered text before
 * the first paragraph is the `preamble`; appendices after the judgment are `annex-N`; footnotes
 * (`authorialNote`) are `note-N` and left out of the paragraph text.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Finding } from '../../../corpus/schema.js';
import type { ParsedDocument, ParsedProvision } from '../types.js';
import { KeyAllocator } from '../util/keys.js';
import { compact } from '../bib/json.js';
import { childElements, firstChild, type XmlSource } from './load.js';
import { blockText, flatText } from './text.js';

const TEXT = {
  blocks: new Set(['p', 'block', 'blockList', 'item', 'listIntroduction', 'content', 'intro', 'wrapUp', 'subparagraph', 'paragraph', 'level', 'tr', 'heading', 'embeddedStructure', 'blockContainer', 'table']),
  labels: new Set(['num', 'marker']),
  cells: new Set(['td', 'th']),
  skip: new Set(['authorialNote', 'img', 'style']),
};
const CONTAINERS = new Set(['decision', 'introduction', 'background', 'arguments', 'remedies', 'motivation', 'hcontainer', 'division', 'judgmentBody']);
const NUMBERED = /^(\d+)\.?$/;
const APPENDIX = /^(APPENDIX|ANNEX|SCHEDULE)\b\s*([A-Z0-9]+)?/i;

type Event = { kind: 'heading'; depth: number; text: string } | { kind: 'para'; depth: number; num: string; el: Element } | { kind: 'text'; text: string };

export function readJudgment(src: XmlSource, judgment: Element): { document: ParsedDocument; findings: Finding[] } {
  const { $ } = src;
  const findings: Finding[] = [];
  const work = $(judgment).find('meta FRBRWork').first();
  const parties = work.children('FRBRname').attr('value') ?? null;
  const citation = flatText($(judgment).find('proprietary').children('uk\\:cite')[0]) || null;
  const court = flatText($(judgment).find('proprietary').children('uk\\:court')[0]) || null;
  const year = flatText($(judgment).find('proprietary').children('uk\\:year')[0]) || null;
  const frbrDate = work.children('FRBRdate');
  // Only the judgment date is the decision date; some files give only the hearing date.
  const dateName = frbrDate.attr('name');
  const date = dateName === 'judgment' ? (frbrDate.attr('date') ?? null) : year;
  const authorRef = (work.children('FRBRauthor').attr('href') ?? '').replace(/^#/, '');
  const courtName = authorRef ? ($(judgment).find('TLCOrganization').filter((_, e) => e.attribs.eId === authorRef).attr('showAs') ?? null) : null;
  const meta = compact({
    parties, citation, court, courtName,
    caseNumber: flatText($(judgment).find('proprietary').children('uk\\:caseNumber')[0]) || null,
    ...(dateName && dateName !== 'judgment' ? { [`${dateName}Date`]: frbrDate.attr('date') ?? null } : {}),
  });
  if (!parties) findings.push(src.finding('warning', work[0] ?? judgment, 'akn-missing-field', 'Unexpected judgment without FRBRname, expected the parties'));
  if (dateName !== 'judgment') {
    findings.push(src.finding('info', frbrDate[0] ?? judgment, 'akn-judgment-date', `Unexpected FRBRdate named "${dateName ?? ''}", expected the judgment date; date taken from uk:year`));
  }
  const body = $(judgment).find('judgmentBody')[0];
  if (!body) {
    findings.push(src.finding('error', judgment, 'akn-body', 'Unexpected judgment without <judgmentBody>, expected numbered paragraphs'));
    return { document: { title: titleOf(parties, citation), date, provisions: [], meta }, findings };
  }
  const events: Event[] = [];
  walk(body, 0, events);
  const provisions = build(events);
  $(body).find('authorialNote').each((i, el) => {
    const text = blockText(el.children, TEXT);
    if (text) provisions.push({ key: `note-${i + 1}`, number: el.attribs.marker ?? String(i + 1), heading: null, text, type: 'note', path: [] });
  });
  if (!provisions.some((p) => p.key.startsWith('para-'))) {
    findings.push(src.finding('warning', body as Element, 'akn-no-paragraphs', 'Unexpected judgment body without numbered paragraphs, expected <paragraph><num>1.</num>'));
  }
  return { document: { title: titleOf(parties, citation), date, summary: null, provisions, meta }, findings };
}

function titleOf(parties: string | null, citation: string | null): string | null {
  return [parties, citation].filter(Boolean).join(' ') || null;
}

/** A short single line without closing punctuation reads as a heading, not as text. */
function headingLike(text: string): boolean {
  return text.length > 0 && text.length <= 120 && !text.includes('\n') && !/[.,;:]$/.test(text) && !/^[“"‘'(a-z]/.test(text);
}

/** Linearise the body into headings, numbered paragraphs and loose text; `done` = children already read. */
function walk(node: AnyNode, depth: number, out: Event[], done: ReadonlySet<Element> = new Set()): void {
  const own = (els: Element[]) => {
    const text = blockText(els, TEXT);
    if (text) out.push(headingLike(text) ? { kind: 'heading', depth, text } : { kind: 'text', text });
  };
  for (const el of childElements(node)) {
    if (done.has(el) || el.name === 'num' || el.name === 'heading') continue;
    if (CONTAINERS.has(el.name)) { walk(el, depth, out); continue; }
    if (el.name === 'paragraph') {
      const num = flatText(firstChild(el, 'num'));
      if (NUMBERED.test(num)) { out.push({ kind: 'para', depth, num, el }); continue; }
      const inner = childElements(el).filter((c) => !['num', 'paragraph', 'level'].includes(c.name));
      own(inner);
      walk(el, depth + 1, out, new Set(inner));
      continue;
    }
    if (el.name === 'level') {
      const heading = [flatText(firstChild(el, 'num')), flatText(firstChild(el, 'heading'))].filter(Boolean).join(' ');
      const inner = childElements(el).filter((c) => !['num', 'heading', 'paragraph', 'level'].includes(c.name));
      if (heading) {
        out.push({ kind: 'heading', depth, text: heading });
        const text = blockText(inner, TEXT);
        if (text) out.push({ kind: 'text', text });
      } else own(inner);
      walk(el, depth + 1, out, new Set(inner));
      continue;
    }
    const text = blockText(el, TEXT);
    if (text) out.push({ kind: 'text', text });
  }
}

function build(events: Event[]): ParsedProvision[] {
  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  const headings: string[] = [];
  let current: ParsedProvision | null = null;
  let annex = false;
  const append = (text: string) => {
    if (!current) {
      current = { key: keys.allocate('preamble', null), number: null, heading: null, text: '', type: 'preamble', path: [] };
      provisions.push(current);
    }
    current.text = current.text ? `${current.text}\n${text}` : text;
  };
  for (const ev of events) {
    if (ev.kind === 'heading') {
      const m = APPENDIX.exec(ev.text);
      if (m && (annex || provisions.some((p) => p.type === 'paragraph'))) {
        annex = true;
        current = { key: keys.allocate('annex', m[2] ?? null), number: ev.text, heading: ev.text, text: '', type: 'annex', path: [] };
        provisions.push(current);
        continue;
      }
      if (annex) { append(ev.text); continue; }
      headings.length = ev.depth;
      headings[ev.depth] = ev.text;
      continue;
    }
    if (ev.kind === 'text') { append(ev.text); continue; }
    const text = blockText(ev.el.children, { ...TEXT, omit: new Set([firstChild(ev.el, 'num')!]) });
    if (annex) { append(`${ev.num} ${text}`); continue; }
    current = {
      key: keys.allocate('para', NUMBERED.exec(ev.num)![1]), number: ev.num, heading: null, text, type: 'paragraph',
      path: headings.slice(0, ev.depth + 1).filter(Boolean),
    };
    provisions.push(current);
  }
  return provisions.filter((p) => p.text.length > 0);
}
