/**
 * Text with Markdown/Markua-style headings (`# Chapter 7 - ...`, `## Section`, `### Subsection`),
 * as in the Leanpub chapters of the Hitchhiker's Guide to DFIR. The first level-1 heading is the
 * title; every heading with text under it is a section, with the headings above it as its path.
 * Layout directives (`{pagebreak}`, `{width: 30%}`), images, rules and table rulers are dropped,
 * links keep their words, emphasis marks go; a `C> By ...` byline goes to the metadata.
 */
import type { AdapterInput, AdapterResult, ParsedProvision } from '../types.js';
import { KeyAllocator } from '../util/keys.js';

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const DIRECTIVE = /^\{[^{}]*\}$/;
const IMAGE = /^!\[[^\]]*\]\([^)]*\)$/;
const RULE = /^(?:\*\s*){3,}$|^(?:-\s*){3,}$|^(?:_\s*){3,}$/;
const TABLE_RULER = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?$/;

/** Inline markup → words: links keep their text, emphasis and code marks go. */
export function inlinePlain(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*{1,3}|_{2,3})(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

interface Section {
  level: number;
  heading: string | null;
  path: string[];
  paragraphs: string[];
}

export function headedText(_input: AdapterInput, lines: string[]): AdapterResult {
  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  const stack: { level: number; heading: string }[] = [];
  let title: string | null = null;
  let byline: string | null = null;
  let section: Section = { level: 0, heading: null, path: [], paragraphs: [] };
  let fence = false;
  let paragraph: string[] = [];

  const endParagraph = () => {
    if (paragraph.length) section.paragraphs.push(paragraph.join(' '));
    paragraph = [];
  };
  const close = () => {
    endParagraph();
    const text = section.paragraphs.join('\n').trim();
    if (text) provisions.push({ key: keys.allocate('sec', provisions.length + 1), number: null, heading: section.heading, text, type: 'section', path: section.path });
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) { endParagraph(); fence = !fence; continue; }
    if (fence) { if (line) section.paragraphs.push(raw.replace(/\s+$/, '')); continue; }
    const h = HEADING.exec(line);
    if (h) {
      const level = h[1].length;
      const heading = inlinePlain(h[2]);
      if (level === 1 && title === null) { close(); title = heading; section = { level: 1, heading: null, path: [], paragraphs: [] }; continue; }
      close();
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      section = { level, heading, path: stack.map((s) => s.heading), paragraphs: [] };
      stack.push({ level, heading });
      continue;
    }
    if (!line || DIRECTIVE.test(line) || IMAGE.test(line) || RULE.test(line) || TABLE_RULER.test(line)) { endParagraph(); continue; }
    if (/^C>\s*/.test(line)) { byline ??= inlinePlain(line.replace(/^C>\s*/, '')); continue; }
    const item = /^(?:[*+-]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      endParagraph();
      const marker = /^\d/.test(line) ? `${line.split(/[.)]/)[0]}. ` : '• ';
      section.paragraphs.push(marker + inlinePlain(item[1]));
      continue;
    }
    if (/^\|.*\|$/.test(line)) { endParagraph(); section.paragraphs.push(line.slice(1, -1).split('|').map((c) => inlinePlain(c)).join(' | ')); continue; }
    paragraph.push(inlinePlain(line));
  }
  close();

  const first = provisions[0]?.text.split('\n').find((p) => p.length >= 80) ?? null;
  return { document: { title, summary: first, provisions, meta: { byline } }, findings: [] };
}
