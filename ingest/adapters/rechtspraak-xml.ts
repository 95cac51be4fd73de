/**
 * rechtspraak.nl open-data XML (`open-rechtspraak`): Dublin Core metadata in `rdf:RDF`, the
 * court's summary in `inhoudsindicatie`, the decision in `uitspraak` or `conclusie`.
 * Numbered paragraphs become `para-N` (`para-3.1`) when the document numbers its paragraphs;
 * otherwise section titles split it into `sec-N`. Text before either is the `preamble`.
 */
import type { Adapter, ParsedProvision } from './types.js';
import { KeyAllocator } from './util/keys.js';
import { compact } from './bib/json.js';
import { childElements, loadXml } from './xml/load.js';
import { blockText, flatText } from './xml/text.js';
import { linearise, RS_TEXT, type Block, type Candidate } from './xml/rechtspraak-blocks.js';

export const rechtspraakXmlAdapter: Adapter = {
  format: 'rechtspraak-xml',
  parse(input) {
    const src = loadXml(input);
    const { $ } = src;
    const findings = [...src.findings];
    const root = childElements($.root()[0])[0];
    if (!root || root.name !== 'open-rechtspraak') {
      findings.push(src.finding('error', root ?? null, 'rechtspraak-root', `Unexpected ${root ? `<${root.name}>` : 'empty document'}, expected <open-rechtspraak>`));
      return { document: { provisions: [] }, findings };
    }
    const dc = (name: string): string | null => {
      const el = $(root).find('rdf\\:Description').children(`dcterms\\:${name}, psi\\:${name}`).toArray().find((e) => flatText(e));
      return el ? flatText(el) : null;
    };
    const citation = $(root).find('rdf\\:Description > dcterms\\:identifier').toArray().map((e) => flatText(e)).find((t) => /^ECLI:/.test(t)) ?? null;
    const date = dc('date');
    if (!citation) findings.push(src.finding('warning', root, 'rechtspraak-missing-field', 'Unexpected metadata without an ECLI dcterms:identifier, expected ECLI:NL:…'));
    if (!date) findings.push(src.finding('warning', root, 'rechtspraak-missing-field', 'Unexpected metadata without dcterms:date, expected the decision date'));
    const meta = compact({
      citation, court: dc('creator'), documentType: dc('type'), subject: dc('subject'),
      procedure: dc('procedure'), caseNumber: dc('zaaknummer'), issued: dc('issued'),
      publishedIn: $(root).find('dcterms\\:hasVersion rdf\\:li').toArray().map((e) => flatText(e)).filter(Boolean),
    });
    const summaryEl = childElements(root, 'inhoudsindicatie')[0];
    const summary = summaryEl ? blockText(summaryEl.children, RS_TEXT) || null : null;
    const body = childElements(root, 'uitspraak', 'conclusie')[0];
    if (!body) {
      findings.push(src.finding('error', root, 'rechtspraak-body', 'Unexpected document without <uitspraak> or <conclusie>, expected the text of the decision'));
      return { document: { title: dc('title'), date, summary, provisions: [], meta }, findings };
    }
    const provisions = build(linearise(body));
    return { document: { title: dc('title'), date, summary, provisions, meta }, findings };
  },
};

/** Is `next` the number that can follow `prev` (next sibling, skipping at most one, or first child)? */
export function follows(prev: number[] | null, next: number[]): boolean {
  const ones = (xs: number[]) => xs.every((n) => n === 1);
  if (!prev) return next[0] === 1 && ones(next.slice(1));
  for (let k = 0; k < prev.length && k < next.length; k++) {
    if (prev.slice(0, k).every((v, i) => v === next[i]) && next[k] > prev[k] && next[k] <= prev[k] + 2 && ones(next.slice(k + 1))) return true;
  }
  return next.length > prev.length && prev.every((v, i) => v === next[i]) && ones(next.slice(prev.length));
}

/** The candidates that really number this document's paragraphs, in order. */
function acceptNumbers(blocks: Block[]): Set<Candidate> {
  const accepted = new Set<Candidate>();
  let prev: Candidate | null = null;
  for (const b of blocks) {
    if (b.kind !== 'text' || !b.candidate) continue;
    const c = b.candidate;
    // A list counts only as a whole: from the start of the document, or continuing its own items.
    const ok = c.list ? (c.tuple[0] === 1 ? prev === null : prev?.list === c.list) : follows(prev?.tuple ?? null, c.tuple);
    if (ok) { accepted.add(c); prev = c; }
  }
  return accepted;
}

function build(blocks: Block[]): ParsedProvision[] {
  const accepted = acceptNumbers(blocks);
  const numbered = accepted.size >= 3;
  const keys = new KeyAllocator();
  const out: ParsedProvision[] = [];
  const structural: string[] = [];
  // Headings read but not yet used: the last one heads the next section, the others are its path.
  let pending: string[] = [];
  let pendingPath: string[] = [];
  let flat: string | null = null;
  let seenNumber = false;
  let current: ParsedProvision | null = null;
  let sections = 0;
  const notes: ParsedProvision[] = [];
  const titled = new Map<ParsedProvision, string>();
  const open = (p: ParsedProvision) => { out.push(p); current = p; };
  const append = (text: string) => {
    if (!text) return;
    if (!current) {
      if (pending.length > 0) {
        sections += 1;
        open({ key: keys.allocate('sec', sections), number: null, heading: pending.at(-1)!, text: '', type: 'section', path: [...pendingPath, ...pending.slice(0, -1)] });
      } else open({ key: keys.allocate('preamble', null), number: null, heading: null, text: '', type: 'preamble', path: [] });
      pending = [];
    }
    current!.text = current!.text ? `${current!.text}\n${text}` : text;
  };
  for (const b of blocks) {
    if (b.kind === 'footnote') {
      if (b.text) notes.push({ key: keys.allocate('note', b.label || notes.length + 1), number: b.label || null, heading: null, text: b.text, type: 'note', path: [] });
      continue;
    }
    if (b.kind === 'heading') {
      // Inside numbered paragraphs, flat section titles belong to quoted text (the court below).
      if (!b.structural && numbered && seenNumber) { append(b.text); continue; }
      if (b.structural) {
        structural.length = b.depth;
        pendingPath = structural.filter(Boolean);
        structural[b.depth] = b.text;
        flat = null;
        pending = [b.text];
      } else {
        if (pending.length === 0) pendingPath = structural.filter(Boolean);
        flat = b.text;
        pending.push(b.text);
      }
      current = null;
      continue;
    }
    if (numbered && b.candidate && accepted.has(b.candidate)) {
      seenNumber = true;
      const path = [...structural.filter(Boolean), ...(flat ? [flat] : [])];
      const [first, ...rest] = b.text.split('\n');
      // "1. De bestreden einduitspraak<linebreak>Het Hof …": a short first line is the heading.
      const heading = rest.length > 0 && headingLike(first) ? first : null;
      open({ key: keys.allocate('para', b.candidate.tuple.join('.')), number: b.candidate.raw.trim(), heading, text: heading ? rest.join('\n') : b.text, type: 'paragraph', path });
      if (!heading && headingLike(b.text)) titled.set(current!, b.text);
      pending = [];
      continue;
    }
    append(b.candidate && !accepted.has(b.candidate) ? `${b.candidate.raw.trim()} ${b.text}`.trim() : b.text);
  }
  // "5. Ter terechtzitting gevoerd verweer" followed by unnumbered text: the first line is a heading.
  for (const [p, title] of titled) {
    if (p.text.length > title.length) {
      p.heading = title;
      p.text = p.text.slice(title.length).trim();
    }
  }
  return [...out, ...notes].filter((p) => p.text.length > 0);
}

/** A short title ("Ter terechtzitting gevoerd verweer"), not the start of a sentence that runs on. */
function headingLike(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !text.includes('\n') && !/[.:;,]$/.test(text)
    && /^[A-ZÀ-Ý]/.test(text) && text.split(/\s+/).length <= 7;
}
