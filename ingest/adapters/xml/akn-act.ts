/**
 * Akoma Ntoso acts (the Mexican federal laws). The files are generated from PDFs and carry known
 * structural errors, which are recorded as findings while reading goes on:
 * - divisions (`title`, `chapter`) are often empty and all articles sit in the last chapter, so
 *   the path of an article cannot be taken from its ancestors;
 * - some `article` elements are fragments of the previous article (split wrongly);
 * - after the last article, the transitory provisions of the law and of every amending decree
 *   follow, partly as `article` elements and partly merged into the text of the last article.
 * Articles get `art-<n>` keys (`art-2-bis`); transitory articles `art-t<group>-<n>` (group =
 * the decree they belong to, in order); decree headers become `note-<n>` provisions.
 */
import type { Element } from 'domhandler';
import type { Finding } from '../../../corpus/schema.js';
import type { ParsedDocument, ParsedProvision } from '../types.js';
import { KeyAllocator } from '../util/keys.js';
import { compact } from '../bib/json.js';
import { firstChild, type XmlSource } from './load.js';
import { blockText, flatText, tidyLines } from './text.js';
import {
  articleLabel, dropPageFurniture, isDecreeHeader, isOrdinalWord, isTransitoryHeading, transitoryLabel,
} from './mexico-labels.js';

const DIVISIONS = new Set(['book', 'part', 'title', 'subtitle', 'chapter', 'section', 'subsection']);
const DIVISION_WORD = /^(LIBRO|PARTE|T[ÍI]TULO|CAP[ÍI]TULO|SECCI[ÓO]N)\b/i;
const ARTICLE_TEXT = { blocks: new Set(['paragraph', 'content', 'p', 'list', 'item', 'point', 'intro', 'wrapUp']), skip: new Set(['note', 'num', 'authorialNote']), keepLines: true };

interface Draft { number: string | null; keyPart: string; prefix: 'art' | 'note'; heading: string | null; type: ParsedProvision['type']; path: string[]; lines: string[] }

export function readAct(src: XmlSource, act: Element): { document: ParsedDocument; findings: Finding[] } {
  const { $ } = src;
  const findings: Finding[] = [];
  const work = $(act).find('FRBRWork').first();
  const date = work.children('FRBRdate').attr('date') ?? null;
  const title = flatText($(act).find('preface docTitle').first()[0]) || $(act).find('FRBRWork FRBRname').attr('value') || null;
  const body = firstChild(act, 'body');
  if (!body) {
    findings.push(src.finding('error', act, 'akn-body', 'Unexpected act without <body>, expected the articles in <body>'));
    return { document: { title, date, provisions: [] }, findings };
  }
  const articles = $(body).find('article').toArray();
  const trustPath = checkDivisions(src, body, articles.length, findings);

  const drafts: Draft[] = [];
  let main = true;
  let lastMain = 0;
  const stream = new TransitoryStream(drafts);
  for (const el of articles) {
    const num = flatText(firstChild(el, 'num'));
    const text = tidyLines(dropPageFurniture(blockText(el.children, ARTICLE_TEXT)), true);
    if (!text) continue;
    const lines = text.split('\n');
    if (main) {
      const label = articleLabel(lines[0]);
      const opensTransitory = label?.transitory || (label && label.value === 1 && lastMain > 1)
        || (!label && (transitoryLabel(lines[0]) !== null || isOrdinalWord(num) || isTransitoryHeading(lines[0])));
      if (!opensTransitory && label) {
        const cut = lines.findIndex((l, i) => i > 0 && (isTransitoryHeading(l) || isDecreeHeader(l)));
        const own = cut === -1 ? lines : lines.slice(0, cut);
        own[0] = own[0].slice(label.length);
        drafts.push({ number: label.number, keyPart: label.keyPart, prefix: 'art', heading: null, type: 'article', path: trustPath ? divisionPath(el) : [], lines: own });
        lastMain = label.value;
        if (cut !== -1) {
          main = false;
          lines.slice(cut).forEach((l) => stream.line(l));
        }
        continue;
      }
      if (!opensTransitory) {
        const prev = drafts.at(-1);
        findings.push(src.finding('info', el, 'akn-article-split', `Unexpected article "${num}" whose text does not start with its label ("${lines[0].slice(0, 40)}"), expected "Artículo N.-"; read as a continuation of ${prev ? `"${prev.number}"` : 'nothing'}`));
        if (prev) prev.lines.push(...lines);
        else drafts.push({ number: num || null, keyPart: num.replace(/\D+/g, ' ').trim(), prefix: 'art', heading: null, type: 'article', path: [], lines });
        continue;
      }
      main = false;
    }
    if (!stream.element(lines, num)) {
      findings.push(src.finding('info', el, 'akn-article-split', `Unexpected article "${num}" whose text does not start with a label ("${lines[0].slice(0, 40)}"), expected "PRIMERO.-" or "Artículo N.-"; read as a continuation`));
    }
  }

  stream.flush();
  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = drafts
    .map((d) => ({ d, text: tidyLines(d.lines.join('\n'), true) }))
    .filter(({ text }) => text.length > 0)
    .map(({ d, text }) => ({
      key: keys.allocate(d.prefix, d.keyPart || null), number: d.number, heading: d.heading, text, type: d.type, path: d.path,
    }));
  const meta = compact({
    frbrUri: work.children('FRBRuri').attr('value') ?? null,
    language: $(act).find('FRBRExpression FRBRlanguage').attr('language') ?? null,
  });
  return { document: { title, date, summary: null, provisions, meta }, findings };
}

/** Divisions must contain their articles for ancestor paths to mean anything; say when they do not. */
function checkDivisions(src: XmlSource, body: Element, articleCount: number, findings: Finding[]): boolean {
  const { $ } = src;
  const divisions = $(body).find([...DIVISIONS].join(',')).toArray();
  const empty = divisions.filter((d) => $(d).find('article').length === 0);
  const oddNums = divisions.map((d) => flatText(firstChild(d, 'num'))).filter((n) => n && !DIVISION_WORD.test(n));
  if (oddNums.length > 0) {
    findings.push(src.finding('info', body, 'akn-division-num', `Unexpected ${oddNums.length} division number(s) that are not division labels (e.g. "${oddNums[0].slice(0, 60)}"), expected "TÍTULO …" or "CAPÍTULO …"`));
  }
  if (empty.length > 0 && articleCount > 0) {
    findings.push(src.finding('warning', body, 'akn-structure', `Unexpected ${empty.length} of ${divisions.length} divisions without articles (articles not nested in their titles and chapters), expected every division to hold its articles; provision paths left empty`));
    return false;
  }
  return true;
}

function divisionPath(el: Element): string[] {
  const path: string[] = [];
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) {
    const div = p as Element;
    if (!DIVISIONS.has(div.name)) continue;
    const label = [flatText(firstChild(div, 'num')), flatText(firstChild(div, 'heading'))].filter(Boolean).join(' ');
    if (label) path.unshift(label);
  }
  return path;
}

/** Reads the transitory part line by line: headings, decree headers, transitory articles. */
class TransitoryStream {
  private current: Draft | null = null;
  private inDecree = false;
  private group = 0;
  private groupPending = true;
  private lastValue = 0;
  private marker: string | null = null;
  private decreeTitle: string | null = null;
  private notes = 0;

  constructor(private readonly drafts: Draft[]) {}

  /** An `article` element of the transitory part; false when it had to be read as a continuation. */
  element(lines: string[], num: string): boolean {
    const [first, ...rest] = lines;
    let ok = true;
    if (isTransitoryHeading(first) || isDecreeHeader(first)) this.line(first);
    else if (!this.startTransitory(first, isOrdinalWord(num) ? num : null)) {
      ok = this.current === null;
      this.line(first);
    }
    rest.forEach((l) => this.line(l));
    return ok;
  }

  line(line: string): void {
    if (isTransitoryHeading(line)) {
      this.close();
      this.marker = line;
      this.groupPending = true;
      return;
    }
    if (isDecreeHeader(line)) {
      this.close();
      this.notes += 1;
      this.current = { number: null, keyPart: String(this.notes), prefix: 'note', heading: null, type: 'note', path: [], lines: [line] };
      this.inDecree = true;
      return;
    }
    if (!this.inDecree && this.startTransitory(line, null)) return;
    if (!this.current) {
      this.notes += 1;
      this.current = { number: null, keyPart: String(this.notes), prefix: 'note', heading: this.marker, type: 'note', path: [], lines: [] };
    }
    this.current.lines.push(line);
  }

  private startTransitory(line: string, numWord: string | null): boolean {
    const label = transitoryLabel(line) ?? this.articleAsTransitory(line);
    if (!label && !numWord) return false;
    this.close();
    const value = label ? label.value : ordinal(numWord!);
    if (this.groupPending || value <= this.lastValue) this.group += 1;
    this.groupPending = false;
    this.lastValue = value;
    const keyPart = label ? label.keyPart : String(value);
    const heading = this.decreeTitle ?? this.marker;
    this.current = {
      number: label ? label.number : numWord, keyPart: `t${this.group}-${keyPart}`, prefix: 'art', heading: null, type: 'article',
      path: heading ? [heading] : [], lines: [label ? line.slice(label.length) : line],
    };
    return true;
  }

  /** In the transitory part, `ARTICULO 1o.-` numbers a decree's transitory articles. */
  private articleAsTransitory(line: string): { number: string; value: number; keyPart: string; length: number } | null {
    const a = articleLabel(line);
    if (!a || this.inDecree) return null;
    return { number: a.number, value: a.value, keyPart: a.keyPart, length: a.length };
  }

  private close(): void {
    const c = this.current;
    if (c && c.prefix === 'note') {
      const head = c.lines.slice(0, Math.max(1, c.lines.findIndex((l) => /^Publicado en el Diario Oficial/i.test(l))));
      const title = shorten(head.join(' ').replace(/\s+/g, ' ').trim(), 400);
      if (this.inDecree) {
        c.heading = title || c.heading;
        this.decreeTitle = title || null;
      }
    }
    if (c) this.drafts.push(c);
    this.current = null;
    this.inDecree = false;
  }

  /** The end of the document: keep what is still open. */
  flush(): void {
    this.close();
  }
}

function ordinal(word: string): number {
  return transitoryLabel(`${word}.`)?.value ?? 1;
}

/** Cut at a word boundary: some decree headers run on into the text when the PDF lost a line break. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > 0 ? cut : max)}…`;
}
