/**
 * Russian codes exported from Microsoft Word (pravo.gov.ru): a flat run of `<p>` elements.
 * `<p class="T">` are the code title and its parts and sections, `<p class="H">` the chapters
 * (`ГЛАВА 1.`) and articles (`Статья 210.`), plain `<p>` the text. Inserted articles carry their
 * index as a superscript span (`Статья 210<span class="W9">1</span>`), written here `210.1` as
 * Russian citations do. The signature block (`Президент Российской Федерации`, place, date,
 * number) closes the law and gives its date.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Finding } from '../../../corpus/schema.js';
import type { AdapterInput, AdapterResult, ParsedProvision } from '../types.js';
import { KeyAllocator } from '../util/keys.js';
import { clean, hasClass, inlineText, isoDate } from './dom.js';

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const ARTICLE = /^Статья\s+(\d+(?:\.\d+)*)\s*\.?\s*(.*)$/s;
const CHAPTER = /^Глава\s+(\d+(?:\.\d+)*)\s*\.?\s*(.*)$/is;
const PART = /^(?:(?:ОБЩАЯ|ОСОБЕННАЯ)\s+ЧАСТЬ|ЧАСТЬ\s)/i;
const SECTION = /^Раздел\s/i;
const SIGNATURE = /^Президент\s+Российской\s+Федерации/;

/** Superscript spans hold the index of an inserted article, part or chapter: `210¹` → `210.1`. */
function superscript(el: Element): string | undefined {
  if (el.name === 'span' && hasClass(el, 'W9')) {
    const digits = clean(inlineText(el.children));
    return /^\d+$/.test(digits) ? `.${digits}` : digits;
  }
  return undefined;
}

/** `13 июня 1996 года` → `1996-06-13`. */
export function russianDate(text: string): string | null {
  const m = /(\d{1,2})\s+([а-я]+)\s+(\d{4})\s*(?:года|г\.)?/i.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
}

interface Open {
  provision: ParsedProvision;
  lines: string[];
}

export function russianCode(input: AdapterInput, $: CheerioAPI): AdapterResult {
  const findings: Finding[] = [];
  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  let title: string | null = null;
  let part: string | null = null;
  let section: string | null = null;
  let chapter: { heading: string; number: string; articles: number; lines: string[] } | null = null;
  let current: Open | null = null;
  const intro: string[] = [];
  const signature: string[] = [];

  const path = () => [part, section, chapter?.heading].filter((x): x is string => Boolean(x));
  const close = () => {
    if (current) {
      current.provision.text = current.lines.join('\n');
      if (current.provision.text) provisions.push(current.provision);
      else findings.push({ severity: 'info', file: input.file, element: current.provision.number ?? undefined, rule: 'russia-empty-article', reason: `Unexpected ${current.provision.number} without text, expected the article text; skipped` });
      current = null;
    }
  };
  // A chapter without articles (a repealed chapter) keeps its note as a provision of its own.
  const closeChapter = () => {
    close();
    if (chapter && chapter.articles === 0 && chapter.lines.length > 0) {
      provisions.push({ key: keys.allocate('ch', chapter.number), number: `Глава ${chapter.number}`, heading: chapter.heading, text: chapter.lines.join('\n'), type: 'chapter', path: [part, section].filter((x): x is string => Boolean(x)) });
    }
    chapter = null;
  };

  for (const el of $('body p').toArray()) {
    const line = clean(inlineText(el.children, { inline: superscript }));
    if (!line) continue;
    const cls = el.attribs.class ?? '';
    if (signature.length > 0 || (cls === 'I' && SIGNATURE.test(line))) {
      if (signature.length === 0) closeChapter();
      signature.push(line);
      continue;
    }
    if (cls === 'T') {
      if (title === null) { title = line; continue; }
      closeChapter();
      if (SECTION.test(line)) section = line;
      else { part = line; section = null; }
      if (!PART.test(line) && !SECTION.test(line)) {
        findings.push({ severity: 'info', file: input.file, element: 'p.T', rule: 'russia-division', reason: `Unexpected division title "${line.slice(0, 60)}", expected ЧАСТЬ or Раздел; read as a part` });
      }
      continue;
    }
    if (cls === 'H') {
      const article = ARTICLE.exec(line);
      if (article) {
        close();
        if (chapter) chapter.articles++;
        current = {
          provision: { key: keys.allocate('art', article[1]), number: `Статья ${article[1]}`, heading: article[2].trim() || null, text: '', type: 'article', path: path() },
          lines: [],
        };
        continue;
      }
      const ch = CHAPTER.exec(line);
      if (ch) {
        closeChapter();
        chapter = { heading: line, number: ch[1], articles: 0, lines: [] };
        continue;
      }
    }
    // Text, editorial notes (`(В редакции ...)`) and headed notes of the current article or chapter.
    if (current) current.lines.push(line);
    else if (chapter) chapter.lines.push(line);
    else if (title !== null) intro.push(line);
  }
  closeChapter();

  if (title === null) findings.push({ severity: 'warning', file: input.file, element: 'p.T', rule: 'russia-title', reason: 'Unexpected document without <p class="T">, expected the code title first' });
  const dateLine = signature.find((l) => russianDate(l) !== null && !SIGNATURE.test(l));
  const numberLine = signature.find((l) => /^№\s*\S+/.test(l));
  const adopted = intro.find((l) => /^Принят/.test(l));
  const approved = intro.find((l) => /^Одобрен/.test(l));
  return {
    document: {
      title,
      date: dateLine ? russianDate(dateLine) : null,
      summary: [adopted, approved].filter(Boolean).join('; ') || null,
      provisions,
      meta: {
        law_number: numberLine ? numberLine.replace(/^№\s*/, '') : null,
        adopted_by_duma: adopted ? russianDate(adopted) : null,
        approved_by_federation_council: approved ? russianDate(approved) : null,
      },
    },
    findings,
  };
}
