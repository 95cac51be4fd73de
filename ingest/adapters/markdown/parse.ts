/** Shared Markdown parsing for the markdown adapter families: mdast tree + YAML front matter. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import type { Nodes as Node, Parent } from 'mdast';
import type { Processor } from 'unified';
import type { Finding } from '../../../corpus/schema.js';

/**
 * The parts of GitHub-flavoured Markdown that carry text in legal sources: tables, footnotes,
 * strikethrough. Left out on purpose: autolink literals (bare `www.` / e-mail addresses; the
 * costliest GFM construct, about 40 % of parse time on long codes, and a bare address reads the
 * same as text) and task-list check boxes (not found in legal texts).
 */
function gfmForLegalText(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown());
}

export const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmForLegalText);

export interface MarkdownSource {
  tree: Root;
  /** Parsed YAML front matter; `null` when absent or unparsable (a finding says which). */
  frontMatter: Record<string, unknown> | null;
  /** Raw front matter text, when present. */
  frontMatterRaw: string | null;
  findings: Finding[];
}

/** Legal texts nest lists a few levels deep; remark's cost grows with the square of the depth. */
export const MAX_MARKDOWN_DEPTH = 100;

const CONTAINER = /^[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

/** The deepest nesting of block quotes and list items, from each line's leading markers and indentation (linear). */
export function markdownDepth(text: string): { depth: number; line: number } {
  let max = 0;
  let at = 0;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    let rest = line;
    let depth = 0;
    const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0;
    for (let m = CONTAINER.exec(rest); m && depth <= MAX_MARKDOWN_DEPTH; m = CONTAINER.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
    }
    const d = Math.max(depth, Math.floor(indent / 2));
    if (d > max) {
      max = d;
      at = lineNo;
    }
  }
  return { depth: max, line: at };
}

/**
 * micromark's cost grows faster than the length of the text (a 2.5 MB code: 18 s whole, 6 s in
 * 50 KB sections; no gain below 400 KB), so long texts are parsed section by section, cut before a heading that starts
 * a line after a blank line. There every open block has ended: paragraphs, lists and quotes end
 * at an ATX heading, HTML blocks of kinds 6–7 at the blank line, and fenced code is tracked.
 * Texts whose constructs reach across the whole document (link reference and footnote
 * definitions) or whose HTML blocks end only at a closing tag (comments, <pre>, <script>…) are
 * parsed whole. Positions are shifted back to the whole text's lines and offsets.
 */
const SECTION_BYTES = 50_000;
/** Below this, parsing whole measured as fast as in sections. */
const SECTIONED_FROM = 400_000;
const DOCUMENT_WIDE = /^ {0,3}\[[^\]]+\]:|<!--|<\?|<!\[CDATA\[|<(?:pre|script|style|textarea)[\s>]/im;

export function sectionStarts(text: string): number[] {
  if (text.length < SECTIONED_FROM || DOCUMENT_WIDE.test(text)) return [0];
  const starts = [0];
  let fence: string | null = null;
  let prevBlank = true;
  let lineStart = 0;
  while (lineStart < text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    const line = text.slice(lineStart, end);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !line.trim().slice(marker.length).trim()) fence = null;
    } else if (marker) {
      fence = marker;
    } else if (prevBlank && /^#{1,6}(?:[ \t]|$)/.test(line) && lineStart - starts[starts.length - 1] >= SECTION_BYTES) {
      starts.push(lineStart);
    }
    prevBlank = line.trim() === '';
    lineStart = end + 1;
  }
  return starts;
}

export function parseInSections(text: string): Root {
  const starts = sectionStarts(text);
  if (starts.length === 1) return processor.parse(text) as Root;
  const root: Root = { type: 'root', children: [] };
  let line = 0;
  starts.forEach((from, i) => {
    const part = text.slice(from, starts[i + 1] ?? text.length);
    const tree = processor.parse(part) as Root;
    if (from > 0) shiftPositions(tree, line, from);
    root.children.push(...tree.children);
    line += part.split('\n').length - 1;
  });
  const last = text.split('\n');
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: last.length, column: last[last.length - 1].length + 1, offset: text.length } };
  return root;
}

function shiftPositions(node: Node, lines: number, offset: number): void {
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.position) {
      n.position.start.line += lines;
      n.position.end.line += lines;
      if (n.position.start.offset !== undefined) n.position.start.offset += offset;
      if (n.position.end.offset !== undefined) n.position.end.offset += offset;
    }
    const children = (n as Parent).children as Node[] | undefined;
    if (children) stack.push(...children);
  }
}

export function parseMarkdown(text: string, file: string): MarkdownSource {
  const findings: Finding[] = [];
  const nesting = markdownDepth(text);
  if (nesting.depth > MAX_MARKDOWN_DEPTH) {
    findings.push({
      severity: 'error', file, line: nesting.line, rule: 'markdown-too-deep',
      reason: `Unexpected lists or quotes nested more than ${MAX_MARKDOWN_DEPTH} levels deep, expected at most ${MAX_MARKDOWN_DEPTH}; the file was not parsed`,
    });
    return { tree: { type: 'root', children: [] }, frontMatter: null, frontMatterRaw: null, findings };
  }
  const tree = parseInSections(text);
  let frontMatter: Record<string, unknown> | null = null;
  let frontMatterRaw: string | null = null;
  const first = tree.children[0];
  if (first && first.type === 'yaml') {
    frontMatterRaw = first.value;
    try {
      const parsed: unknown = parseYaml(first.value, { maxAliasCount: 50 });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) frontMatter = parsed as Record<string, unknown>;
      else findings.push({ severity: 'warning', file, line: 1, rule: 'front-matter-shape', reason: `Unexpected ${Array.isArray(parsed) ? 'list' : typeof parsed} in front matter, expected a mapping of fields` });
    } catch (err) {
      const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
      findings.push({
        severity: 'warning', file, line: line ? line + 1 : 1, rule: 'front-matter-yaml',
        reason: `Unexpected YAML syntax in front matter (${(err as Error).message.split('\n')[0]}), expected valid YAML`,
      });
    }
  }
  return { tree, frontMatter, frontMatterRaw, findings };
}
