/**
 * U.S. Code, govinfo HTML. Every item (title, part, chapter, section) starts with a
 * `<!-- documentid:... -->` comment, its place in the Code is the `<!-- expcite:... -->` comment,
 * and `<!-- field-start:X -->` / `<!-- field-end:X -->` comments delimit its fields (head,
 * statute, notes, ...). Sections become provisions with the statute text only: the editorial
 * notes are not law and would drown the tagger. Repealed sections keep their one-line summary.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Finding } from '../../../corpus/schema.js';
import type { AdapterInput, AdapterResult, ParsedProvision } from '../types.js';
import { KeyAllocator } from '../util/keys.js';
import { blockLines, clean, isComment, isElement, isText } from './dom.js';

interface Field {
  name: string;
  /** Name of the field this one is nested in (`notes` for the notes), or null. */
  parent: string | null;
  nodes: AnyNode[];
}

interface Item {
  documentId: string;
  expcite: string | null;
  /** Every field occurrence, in order. */
  fields: Field[];
}

/** The nodes of every occurrence of a field, in order. */
const nodesOf = (it: Item, name: string) => it.fields.filter((f) => f.name === name).flatMap((f) => f.nodes);
const NOTE_BANNERS = /^(?:Editorial Notes|Statutory Notes and Related Subsidiaries|Executive Documents)$/;

const HEAD_FIELDS = ['head', 'repealedhead', 'omittedhead'];
/** Fields whose text is the provision text, in order of preference. */
const TEXT_FIELDS = ['statute', 'repealsummary'];
const DESIGNATION = /^((?:TITLE|SUBTITLE|PART|SUBPART|CHAPTER|SUBCHAPTER|DIVISION|ARTICLE)\s+[^\s-]+)\s*-\s*/;
const SECTION_HEAD = /^\[?(§§?)\s*(.+?)\.\s+(.*?)\]?$/s;

/** Footnote references (`<sup><a href="#...">1</a></sup>`) are dropped from the text. */
function footnoteRef(el: Element): null | undefined {
  if (el.name === 'sup' && el.children.some((c) => isElement(c) && c.name === 'a' && (c.attribs.href ?? '').startsWith('#'))) return null;
  return undefined;
}

export function usCode(input: AdapterInput, $: CheerioAPI): AdapterResult {
  const findings: Finding[] = [];
  const items: Item[] = [];
  let item: Item | null = null;
  const open: Field[] = [];
  for (const node of $('body').contents().toArray()) {
    if (isComment(node)) {
      const data = node.data.trim();
      const id = /^documentid:(\S+)/.exec(data);
      if (id) {
        item = { documentId: id[1], expcite: null, fields: [] };
        items.push(item);
        open.length = 0;
        continue;
      }
      if (!item) continue;
      if (data.startsWith('expcite:')) item.expcite = data.slice('expcite:'.length);
      else if (data.startsWith('field-start:')) {
        const field: Field = { name: data.slice('field-start:'.length).trim(), parent: open[open.length - 1]?.name ?? null, nodes: [] };
        item.fields.push(field);
        open.push(field);
      }
      else if (data.startsWith('field-end:')) open.pop();
      continue;
    }
    if (!item || open.length === 0) continue;
    if (isText(node) && !node.data.trim()) continue;
    // An element belongs to every open field, so a field nested in `statute` stays in its text.
    for (const field of open) field.nodes.push(node);
  }

  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  for (const it of items) {
    const has = (name: string) => it.fields.some((f) => f.name === name);
    const headField = HEAD_FIELDS.find(has);
    if (!headField) continue; // title, part, chapter: they live in the path of their sections
    const headLine = clean(blockLines(nodesOf(it, headField)).join(' '));
    const head = SECTION_HEAD.exec(headLine);
    if (!head) {
      findings.push({
        severity: 'warning', file: input.file, element: `documentid:${it.documentId}`, rule: 'uscode-section-head',
        reason: `Unexpected section heading "${headLine.slice(0, 80)}", expected "§<number>. <catchline>"`,
      });
      continue;
    }
    const textField = TEXT_FIELDS.find(has);
    let lines = textField ? blockLines(nodesOf(it, textField), { inline: footnoteRef }) : [];
    if (lines.length === 0) {
      // Sections superseded by a rule or omitted say why in their first note: that note is their text.
      const note = it.fields
        .filter((f) => f.parent === 'notes')
        .map((f) => blockLines(f.nodes, { inline: footnoteRef }).filter((l) => !NOTE_BANNERS.test(l)))
        .find((l) => l.length > 1);
      lines = note ?? [];
    }
    if (lines.length === 0) {
      findings.push({
        severity: 'info', file: input.file, element: `documentid:${it.documentId}`, rule: 'uscode-empty-section',
        reason: `Unexpected section ${head[1]}${head[2]} without text (${head[3]}), expected statutory text; skipped`,
      });
      continue;
    }
    const number = `${head[1]}${head[2]}`;
    provisions.push({
      key: keys.allocate('s', head[2]),
      number,
      heading: head[3] || null,
      text: lines.join('\n'),
      type: 'section',
      path: expcitePath(it.expcite),
    });
  }

  const banner = $('body > span').toArray().map((el) => clean($(el).text()));
  const edition = banner.map((l) => /United States Code,\s*(\d{4})\s+Edition/i.exec(l)).find(Boolean);
  const titleLine = banner.find((l) => /^Title\s+\d+/i.test(l));
  const divisionLine = titleLine ? banner[banner.indexOf(titleLine) + 1] : undefined;
  const title = titleLine
    ? [titleLine, divisionLine && !/^From the/i.test(divisionLine) ? divisionLine : null].filter(Boolean).join(', ')
    : clean($('title').text()) || null;
  const through = /currentthrough:(\d{4})(\d{2})(\d{2})/.exec(input.text.slice(0, 20000));
  return {
    document: {
      title,
      date: edition ? edition[1] : null,
      summary: banner.filter((l) => !/^From the/i.test(l)).map((l) => l.replace(/\.$/, '')).join('. ') || null,
      provisions,
      meta: {
        edition: edition ? Number(edition[1]) : null,
        current_through: through ? `${through[1]}-${through[2]}-${through[3]}` : null,
      },
    },
    findings,
  };
}

/** `TITLE 18-CRIMES...!@!PART V-IMMUNITY...!@!CHAPTER 601-...!@!Sec. 6001` → the divisions above the section. */
function expcitePath(expcite: string | null): string[] {
  if (!expcite) return [];
  return expcite.split('!@!').slice(0, -1).map((part) => clean(part).replace(DESIGNATION, '$1—')).filter(Boolean);
}
