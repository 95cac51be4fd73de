/**
 * BibTeX (one entry per file): title, authors (split on ` and `), year/month → date, journal or
 * booktitle → container, identifiers and keywords → meta. The abstract is the summary and the
 * `abstract` provision; without one, the citation itself (title, container, publisher) is the one
 * provision, `record`, as for CSL-JSON records, so every record is findable at provision level.
 */
import type { Finding } from '../../corpus/schema.js';
import type { Adapter, ParsedProvision } from './types.js';
import { compact } from './bib/json.js';
import { deTex, parseBibtex, splitTopLevel } from './bib/bibtex-parse.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Reference-manager exports fill unknown numbers with this placeholder.
const PLACEHOLDER = '0123456789';

export const bibtexAdapter: Adapter = {
  format: 'bibtex',
  parse(input) {
    const { file, record } = input;
    const { entry, problems, more } = parseBibtex(input.text);
    const findings: Finding[] = problems.map((p) => ({
      severity: 'error', file, line: p.line, rule: p.rule, reason: p.reason, documentId: record.id, ...(p.element ? { element: p.element } : {}),
    }));
    if (!entry) return { document: { provisions: [] }, findings };
    if (more > 0) findings.push({ severity: 'warning', file, rule: 'bibtex-entries', reason: `Unexpected ${more + 1} entries, expected one; reading the first ("${entry.key}")`, documentId: record.id });
    const field = (name: string): string | null => {
      const f = entry.fields.get(name);
      const value = f ? deTex(f.raw) : '';
      if (value === PLACEHOLDER) {
        findings.push({ severity: 'info', file, line: f!.line, element: name, rule: 'bibtex-placeholder', reason: `Unexpected placeholder "${PLACEHOLDER}" in "${name}", expected a real value; ignored`, documentId: record.id });
        return null;
      }
      return value || null;
    };
    const title = field('title');
    if (!title) findings.push({ severity: 'warning', file, line: entry.line, element: 'title', rule: 'bibtex-missing-field', reason: `Unexpected entry "${entry.key}" without title, expected a title field`, documentId: record.id });
    const authorRaw = entry.fields.get('author')?.raw;
    const authors = authorRaw ? splitTopLevel(authorRaw, /^\s+and\s+/).map(deTex) : [];
    const year = field('year');
    const monthRaw = field('month')?.toLowerCase() ?? '';
    const month = /^\d{1,2}$/.test(monthRaw) ? Number(monthRaw) : MONTHS.indexOf(monthRaw.slice(0, 3)) + 1;
    const date = year && /^\d{4}$/.test(year) ? (month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : year) : null;
    if (year && !date) findings.push({ severity: 'warning', file, element: 'year', rule: 'bibtex-year', reason: `Unexpected year "${year}", expected four digits`, documentId: record.id });
    const keywords = [...new Set((field('keywords') ?? '').split(/[,;]/).map((k) => k.trim()).filter(Boolean))];
    const abstract = field('abstract');
    const meta = compact({
      authors, year, container: field('journal') ?? field('booktitle') ?? (entry.type === 'phdthesis' ? field('school') : null),
      publisher: field('publisher'), school: field('school'), doi: field('doi'), url: field('url'), keywords,
      isbn: field('isbn'), issn: field('issn'), volume: field('volume'), number: field('number'), pages: field('pages'),
      language: field('language'), entryType: entry.type, citationKey: entry.key,
    });
    const citation = [title, meta.container, meta.publisher].filter((v): v is string => typeof v === 'string').join('\n');
    const provisions: ParsedProvision[] = abstract
      ? [{ key: 'abstract', number: null, heading: null, text: abstract, type: 'other', path: [] }]
      : citation ? [{ key: 'record', number: null, heading: null, text: citation, type: 'other', path: [] }] : [];
    return { document: { title, date, summary: abstract, provisions, meta }, findings };
  },
};
