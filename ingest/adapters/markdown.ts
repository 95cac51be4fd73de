/**
 * Markdown adapter: one parse (unified/remark), then the family of the file decides how its
 * structure maps to provisions. Families are detected from the content, never from the id.
 */
import type { Adapter, AdapterInput, AdapterResult } from './types.js';
import { parseMarkdown, type MarkdownSource } from './markdown/parse.js';
import { lawRefBook } from './markdown/lawrefbook.js';
import { bundestag } from './markdown/bundestag.js';
import { legalize } from './markdown/legalize.js';
import { saudi } from './markdown/saudi.js';
import { canadaMarkdown } from './markdown/canada.js';
import { strategy } from './markdown/strategy.js';
import { frenchDecision } from './markdown/french-decision.js';
import { treatySource } from './markdown/treaty-source.js';
import { genericMarkdown } from './markdown/generic.js';

export type MarkdownFamily = (input: AdapterInput, md: MarkdownSource) => AdapterResult;

export function detectFamily(input: AdapterInput, md: MarkdownSource): MarkdownFamily {
  const fm = md.frontMatter ?? {};
  const head = input.text.slice(0, 4000);
  if (/^\s*<meta http-equiv/i.test(head)) return treatySource;
  if (head.includes('<!-- INFO END -->')) return lawRefBook;
  // Some sources carry front matter YAML cannot parse (or title lines before it): the raw lines still say the family.
  if ('jurabk' in fm || ('origslug' in fm && 'layout' in fm) || /^jurabk:/m.test(head)) return bundestag;
  if (('identifier' in fm && 'publication_date' in fm) || (/^identifier:/m.test(head) && /^publication_date:/m.test(head))) return legalize;
  if ('approval_date_hijri' in fm || 'issued_by' in fm) return saudi;
  if ('long_title' in fm || ('chapter' in fm && 'type' in fm)) return canadaMarkdown;
  if ('published_time' in fm || 'modified_time' in fm) return strategy;
  if (/^#\s*Pourvoi\b/m.test(head)) return frenchDecision;
  return genericMarkdown;
}

export const markdownAdapter: Adapter = {
  format: 'markdown',
  parse(input) {
    const md = parseMarkdown(input.text, input.file);
    const result = detectFamily(input, md)(input, md);
    return { document: result.document, findings: [...md.findings, ...result.findings] };
  },
};
