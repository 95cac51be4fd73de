/**
 * Justice Canada consolidated-law XML (`Statute`). Each `Section` of `Body` is a provision keyed
 * `s-<label>`; its `MarginalNote` is the heading and the `Heading`s before it are the path.
 * Historical notes, footnotes and subsection marginal notes are editorial, not enacted text, and
 * are left out of the text.
 */
import type { Element } from 'domhandler';
import type { Adapter, ParsedProvision } from './types.js';
import { KeyAllocator } from './util/keys.js';
import { compact } from './bib/json.js';
import { childElements, firstChild, loadXml } from './xml/load.js';
import { blockText, flatText } from './xml/text.js';

const SECTION_TEXT = {
  blocks: new Set(['Text', 'Subsection', 'Paragraph', 'Subparagraph', 'Clause', 'Subclause', 'Definition', 'Provision', 'ContinuedSectionSubsection', 'ContinuedParagraph', 'ContinuedSubparagraph', 'ContinuedDefinition', 'FormulaGroup', 'Formula', 'List', 'Item', 'TableGroup', 'row']),
  labels: new Set(['Label']),
  cells: new Set(['entry']),
  spaced: new Set(['Repealed']),
  skip: new Set(['MarginalNote', 'HistoricalNote', 'Footnote', 'FootnoteRef', 'ImageGroup']),
};

export const canadaXmlAdapter: Adapter = {
  format: 'canada-xml',
  parse(input) {
    const src = loadXml(input);
    const { $ } = src;
    const findings = [...src.findings];
    const statute = childElements($.root()[0])[0];
    if (!statute || statute.name !== 'Statute') {
      findings.push(src.finding('error', statute ?? null, 'canada-root', `Unexpected ${statute ? `<${statute.name}>` : 'empty document'}, expected <Statute>`));
      return { document: { provisions: [] }, findings };
    }
    const ident = firstChild(statute, 'Identification');
    const title = flatText(ident && firstChild(ident, 'ShortTitle')) || null;
    const longTitle = flatText(ident && firstChild(ident, 'LongTitle')) || null;
    if (!title) findings.push(src.finding('warning', ident ?? statute, 'canada-missing-field', 'Unexpected Identification without ShortTitle, expected the short title'));
    const date = statute.attribs['lims:pit-date'] ?? null;
    if (!date) findings.push(src.finding('warning', statute, 'canada-missing-field', 'Unexpected Statute without lims:pit-date, expected the point-in-time date'));
    const assented = $(ident ?? statute).find('BillHistory Stages[stage="assented-to"] Date YYYY').first().text().trim();
    const annual = $(ident ?? statute).find('AnnualStatuteId YYYY').first().text().trim();
    const meta = compact({
      longTitle,
      chapter: flatText($(ident ?? statute).find('ConsolidatedNumber')[0]) || null,
      year_enacted: Number(assented || annual) || null,
      lastAmendedDate: statute.attribs['lims:lastAmendedDate'] ?? null,
      currentDate: statute.attribs['lims:current-date'] ?? null,
      inForce: statute.attribs['in-force'] ?? null,
    });

    const body = firstChild(statute, 'Body');
    if (!body) {
      findings.push(src.finding('error', statute, 'canada-body', 'Unexpected Statute without <Body>, expected Heading and Section elements'));
      return { document: { title, date, summary: longTitle, provisions: [], meta }, findings };
    }
    const keys = new KeyAllocator();
    const provisions: ParsedProvision[] = [];
    const headings: string[] = [];
    // Headings and sections are siblings in document order; a heading's `level` places it in the path.
    for (const el of $(body).find('Heading, Section').toArray()) {
      if (el.name === 'Heading') {
        const level = Number(el.attribs.level ?? 1) || 1;
        const text = [flatText(firstChild(el, 'Label')), flatText(firstChild(el, 'TitleText'))].filter(Boolean).join(' ');
        headings.length = level - 1;
        headings[level - 1] = text;
        continue;
      }
      if ($(el).parents('Section').length > 0) continue;
      provisions.push(readSection(el, headings.filter(Boolean), keys, src.finding, findings));
    }
    return { document: { title, date, summary: longTitle, provisions: provisions.filter((p) => p.text), meta }, findings };
  },
};

function readSection(el: Element, path: string[], keys: KeyAllocator, finding: ReturnType<typeof loadXml>['finding'], findings: ReturnType<typeof loadXml>['findings']): ParsedProvision {
  const label = flatText(firstChild(el, 'Label'), new Set(['FootnoteRef']));
  const heading = flatText(firstChild(el, 'MarginalNote')) || null;
  const own = firstChild(el, 'Label');
  const text = blockText(el.children, { ...SECTION_TEXT, omit: new Set(own ? [own] : []) });
  if (!label) findings.push(finding('warning', el, 'canada-section-label', 'Unexpected Section without Label, expected the section number'));
  if (!text) findings.push(finding('warning', el, 'canada-empty-section', `Unexpected empty Section ${label}, expected Text or Subsection`));
  return { key: keys.allocate('s', label || null), number: label || null, heading, text, type: 'section', path };
}
