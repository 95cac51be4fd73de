/** Loading an XML source with cheerio, plus the well-formedness findings cheerio itself cannot give. */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Finding } from '../../../corpus/schema.js';
import type { AdapterInput } from '../types.js';
import { checkWellFormed, lineIndex } from './wellformed.js';

export interface XmlSource {
  $: CheerioAPI;
  findings: Finding[];
  /** 1-based line where a node starts. */
  lineOf(node: AnyNode): number | undefined;
  /** A readable element path such as `/akomaNtoso/act/body/chapter[9]/article[3]`. */
  pathOf(node: Element): string;
  /** A finding located at an element (line and element path). */
  finding(severity: Finding['severity'], node: Element | null, rule: string, reason: string): Finding;
}

/** Legal XML nests a few dozen levels; the parser's cost grows with the square of the depth. */
export const MAX_XML_DEPTH = 256;

/** Deepest element nesting, by a linear scan of the tags (comments, CDATA and declarations skipped). */
export function xmlDepth(text: string): number {
  let depth = 0;
  let max = 0;
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?][^>]*>|<(\/?)[A-Za-z_][^\s/>]*[^>]*?(\/?)>/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] === undefined) continue;
    if (m[1] === '/') depth--;
    else if (m[2] !== '/') max = Math.max(max, ++depth);
  }
  return max;
}

export function loadXml(input: AdapterInput): XmlSource {
  const { text: source, file, record } = input;
  const depth = xmlDepth(source);
  const tooDeep = depth > MAX_XML_DEPTH;
  const text = tooDeep ? '' : source;
  const $ = cheerio.load(text, { xml: { xmlMode: true, withStartIndices: true } });
  const toLine = lineIndex(text);
  const lineOf = (node: AnyNode): number | undefined => (node.startIndex == null ? undefined : toLine(node.startIndex));
  const pathOf = (node: Element): string => {
    const parts: string[] = [];
    for (let el: Element | null = node; el; el = el.parent && el.parent.type === 'tag' ? (el.parent as Element) : null) {
      const same = (el.parent?.children ?? []).filter((c): c is Element => c.type === 'tag' && (c as Element).name === el!.name);
      parts.unshift(same.length > 1 ? `${el.name}[${same.indexOf(el) + 1}]` : el.name);
    }
    return `/${parts.join('/')}`;
  };
  const finding = (severity: Finding['severity'], node: Element | null, rule: string, reason: string): Finding => {
    const line = node ? lineOf(node) : undefined;
    return {
      severity, file, rule, reason, documentId: record.id,
      ...(line ? { line } : {}),
      ...(node ? { element: pathOf(node) } : {}),
    };
  };
  const findings: Finding[] = tooDeep
    ? [{ severity: 'error', file, rule: 'xml-too-deep', reason: `Unexpected element nesting ${depth} levels deep, expected at most ${MAX_XML_DEPTH}; the file was not parsed`, documentId: record.id }]
    : checkWellFormed(text).map((p) => ({
      severity: 'error' as const, file, line: p.line, rule: 'xml-well-formed', reason: p.reason, documentId: record.id,
      ...(p.element ? { element: p.element } : {}),
    }));
  if (/<!DOCTYPE[^>]*\[|<!ENTITY/i.test(source.slice(0, 65536))) {
    findings.push({ severity: 'warning', file, rule: 'xml-dtd-ignored', reason: 'Unexpected internal DTD or entity declarations, expected none; entities are not expanded', documentId: record.id });
  }
  return { $, findings, lineOf, pathOf, finding };
}

/** Child elements of a node, optionally only those with one of the given names. */
export function childElements(node: AnyNode, ...names: string[]): Element[] {
  const kids = 'children' in node ? node.children : [];
  return kids.filter((c): c is Element => c.type === 'tag' && (names.length === 0 || names.includes((c as Element).name)));
}

/** The first child element with the given name. */
export function firstChild(node: AnyNode, name: string): Element | undefined {
  return childElements(node, name)[0];
}
