/**
 * laws-lois-markdown (Justice Canada consolidated Acts, English and French): front matter
 * (`title`, `long_title`, `chapter`, `language`, `type`), `# <short title>`, the long title as a
 * block quote, divisions as `##`/`###`/`####` headings (`## Part I`, `### Interpretation`) and each
 * section as `### <number> <marginal note>` (`### 462.31 Laundering proceeds of crime`).
 *
 * Sections keep their subsections and nested `(a)`/`(i)` items in the text; historical notes
 * (`<details>` blocks) are dropped: they are amendment citations, not law. Schedules and forms
 * become annexes. The RELATED PROVISIONS / AMENDMENTS NOT IN FORCE blocks reuse section numbers
 * of the amending Acts: they stay under that path, the key allocator suffixes the repeats.
 */
import type { Heading, Nodes, RootContent } from 'mdast';
import type { Finding } from '../../../corpus/schema.js';
import type { ParsedProvision } from '../types.js';
import type { MarkdownFamily } from '../markdown.js';
import { KeyAllocator, keyPart } from '../util/keys.js';
import { clip, fmString, inlineText, renderBlocks, tidy } from './generic.js';
import { lineOf } from './mdast-util.js';

/** `462.31 Laundering proceeds of crime`; `[^]` is a footnote-marker artefact of the conversion. */
const SECTION = /^(?:\[\^\])?(\d+(?:\.\d+)*)(?:\s+(.*))?$/;
const REUSE_BLOCK = /^(RELATED PROVISIONS|AMENDMENTS NOT IN FORCE|DISPOSITIONS CONNEXES|MODIFICATIONS NON EN VIGUEUR)$/i;
const ANNEX = /^(SCHEDULE|ANNEXE|FORM|FORMULE)\b\s*(.*)$/;

interface Unit {
  kind: 'section' | 'annex' | 'note';
  number: string | null;
  heading: string | null;
  path: string[];
  nodes: RootContent[];
  line: number | undefined;
}

const FRENCH_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'est', 'et', 'une', 'dans', 'pour', 'qui', 'par', 'sur', 'au', 'aux']);
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'is', 'in', 'for', 'that', 'by', 'or', 'any', 'shall']);

/** Function-word vote: enough to tell the French files apart from the English ones. */
export function looksFrench(text: string): boolean {
  let fr = 0;
  let en = 0;
  for (const w of text.toLowerCase().split(/[^a-zà-ÿ]+/)) {
    if (FRENCH_WORDS.has(w)) fr++;
    else if (ENGLISH_WORDS.has(w)) en++;
  }
  return fr > en;
}

/**
 * `[^](2) Every proceeding…`: the footnote-marker artefact followed by a subsection number reads
 * as a Markdown link to "2". Put the source text back so the number survives.
 */
function restoreCaretLinks(node: Nodes): void {
  if (!('children' in node)) return;
  node.children.forEach((child, i) => {
    if (child.type === 'link' && inlineText(child) === '^') {
      (node.children as Nodes[])[i] = { type: 'text', value: `[^](${child.url})` };
    } else {
      restoreCaretLinks(child);
    }
  });
}

export const canadaMarkdown: MarkdownFamily = (input, md) => {
  const findings: Finding[] = [];
  const fm = md.frontMatter;
  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  let title = fmString(fm, 'title');
  let summary = fmString(fm, 'long_title');
  let path: string[] = [];
  let block: { name: string; line: number | undefined; reused: number } | null = null;
  let unit: Unit | null = null;
  let inDetails = false;
  let seenDivision = false;
  let noteCount = 0;

  const closeBlock = (): void => {
    if (block && block.reused > 0) {
      findings.push({
        severity: 'info', file: input.file, line: block.line, rule: 'canada-reused-numbers',
        reason: `Unexpected reuse of ${block.reused} section number(s) in ${block.name}, expected numbers unique in the Act; keys were suffixed -dupN`,
      });
    }
    block = null;
  };

  const flush = (): void => {
    if (!unit) return;
    const u = unit;
    unit = null;
    u.nodes.forEach(restoreCaretLinks);
    // `[^]` footnote markers out; pandoc superscripts (`1^er^ suppl.`) back to plain letters.
    const text = tidy(renderBlocks(u.nodes).replace(/\[\^\]/g, '').replace(/\^([^\s^]{1,4})\^/g, '$1'));
    if (!text) {
      findings.push({
        severity: u.kind === 'section' ? 'warning' : 'info', file: input.file, line: u.line, rule: 'canada-empty-provision',
        reason: `Unexpected ${u.kind} ${u.number ?? u.heading ?? ''} without text, expected its text after the heading`,
      });
      return;
    }
    if (u.kind === 'section') {
      const key = keys.allocate('s', u.number);
      if (block && key !== `s-${keyPart(u.number ?? '')}`) block.reused++;
      provisions.push({ key, number: u.number, heading: u.heading, text, type: 'section', path: u.path });
    } else if (u.kind === 'annex') {
      const form = /^(?:FORM|FORMULE)\s+(.+)$/.exec(u.number ?? '');
      const label = form ? `form-${form[1]}` : (u.number ?? '').replace(/^(SCHEDULE|ANNEXE)\s*/, '') || null;
      provisions.push({ key: keys.allocate('annex', label), number: u.number, heading: u.heading, text, type: 'annex', path: [] });
    } else {
      findings.push({
        severity: 'info', file: input.file, line: u.line, rule: 'canada-text-outside-section',
        reason: `Unexpected text under "${u.path.join(' / ')}" outside a section, expected a "### <number>" section heading; kept as a note`,
      });
      provisions.push({ key: keys.allocate('note', ++noteCount), number: null, heading: u.path[u.path.length - 1] ?? null, text, type: 'note', path: u.path });
    }
  };

  const onHeading = (h: Heading): void => {
    const text = tidy(inlineText(h));
    if (h.depth === 1) { title ??= text; return; }
    if (unit?.kind === 'annex' && h.depth > 2) { unit.nodes.push(h); return; }
    flush();
    if (h.depth === 2) {
      seenDivision = true;
      closeBlock();
      const annex = ANNEX.exec(text);
      if (annex) {
        const [label, ...rest] = text.split(/\s{2,}/);
        unit = { kind: 'annex', number: label!.trim(), heading: rest.join(' ').trim() || null, path: [], nodes: [], line: lineOf(h) };
        path = [];
        return;
      }
      if (REUSE_BLOCK.test(text)) block = { name: text, line: lineOf(h), reused: 0 };
      path = [text];
      return;
    }
    const section = h.depth === 3 ? SECTION.exec(text) : null;
    if (section) {
      unit = { kind: 'section', number: section[1]!, heading: section[2]?.trim() || null, path: [...path], nodes: [], line: lineOf(h) };
      return;
    }
    // A division heading below the Part (or the source citation of a related provision).
    path = [...path.slice(0, h.depth - 2), text.replace(/^—\s*/, '')];
  };

  for (const node of md.tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'html') {
      if (/^<details\b/i.test(node.value)) inDetails = !/<\/details>/i.test(node.value);
      else if (/<\/details>/i.test(node.value)) inDetails = false;
      continue;
    }
    if (inDetails) continue;
    if (node.type === 'heading') { onHeading(node); continue; }
    if (node.type === 'blockquote' && !seenDivision) { summary = tidy(renderBlocks(node.children, { joinSoftBreaks: true })) || summary; continue; }
    if (!unit) unit = { kind: 'note', number: null, heading: null, path: [...path], nodes: [], line: lineOf(node) };
    unit.nodes.push(node);
  }
  flush();
  closeBlock();

  const sample = provisions.slice(0, 40).map((p) => p.text).join(' ');
  const language = looksFrench(sample) ? 'fr' : 'en';
  const declared = fmString(fm, 'language');
  if (declared && declared !== language) {
    findings.push({
      severity: 'info', file: input.file, line: 1, rule: 'canada-language',
      reason: `Unexpected language "${declared}" in front matter for ${language === 'fr' ? 'French' : 'English'} text, expected "${language}"; using "${language}"`,
    });
  }
  const meta: Record<string, unknown> = {};
  const chapter = fmString(fm, 'chapter');
  if (chapter) meta.chapter = chapter;
  const actType = fmString(fm, 'type');
  if (actType) meta.act_type = actType;
  return {
    document: { title, date: null, summary: summary ? clip(summary) : null, language, provisions, meta },
    findings,
  };
};
