/**
 * CSL-JSON bibliographic records: a one-item array. Bibliographic facts go to the document
 * (title, date) and its meta (authors, publisher, container, identifiers). The records hold no
 * text of the publication, so the one provision, `record`, is the citation itself (title,
 * container, publisher): it makes the record findable and taggable at provision level like every
 * other document. The abstract, when a record has one, is the summary.
 */
import type { Adapter, ParsedProvision } from './types.js';
import { compact, describe, isObject, parseJson, stringField, type Json, type JsonSource } from './bib/json.js';

function authors(src: JsonSource, list: Json | undefined, pointer: string): string[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    src.findings.push(src.finding('warning', pointer, 'json-field-type', `Unexpected ${describe(list)} for "author", expected an array of names`));
    return [];
  }
  return list.flatMap((a, i) => {
    if (!isObject(a)) return [];
    if (typeof a.literal === 'string') return [a.literal];
    const family = typeof a.family === 'string' ? a.family : '';
    const given = typeof a.given === 'string' ? a.given : '';
    if (!family && !given) {
      src.findings.push(src.finding('warning', `${pointer}/${i}`, 'csl-author', 'Unexpected author without literal, family or given name, expected a name'));
      return [];
    }
    return [[family, given].filter(Boolean).join(', ')];
  });
}

/** `issued.date-parts` → `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function issuedDate(src: JsonSource, issued: Json | undefined, pointer: string): string | null {
  if (issued === undefined) return null;
  const parts = isObject(issued) && Array.isArray(issued['date-parts']) ? issued['date-parts'][0] : undefined;
  if (!Array.isArray(parts) || parts.length === 0 || !parts.every((p) => typeof p === 'number' || (typeof p === 'string' && /^\d+$/.test(p)))) {
    const raw = isObject(issued) && typeof issued.raw === 'string' ? issued.raw : null;
    if (raw && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw)) return raw;
    src.findings.push(src.finding('warning', pointer, 'csl-issued', 'Unexpected issued value, expected {"date-parts": [[year, month, day]]}'));
    return null;
  }
  const [y, m, d] = parts.map(Number);
  return [String(y).padStart(4, '0'), m ? String(m).padStart(2, '0') : null, m && d ? String(d).padStart(2, '0') : null].filter(Boolean).join('-');
}

export const cslJsonAdapter: Adapter = {
  format: 'csl-json',
  parse(input) {
    const src = parseJson(input);
    const root = src.value;
    if (root === undefined) return { document: { provisions: [] }, findings: src.findings };
    const items = Array.isArray(root) ? root : [root];
    if (Array.isArray(root) && root.length !== 1) {
      src.findings.push(root.length === 0
        ? src.finding('error', '', 'csl-items', 'Unexpected empty array, expected one CSL item')
        : src.finding('warning', '', 'csl-items', `Unexpected ${root.length} items, expected one CSL item; reading the first`));
    }
    const item = items[0];
    if (!isObject(item)) {
      if (item !== undefined) src.findings.push(src.finding('error', Array.isArray(root) ? '/0' : '', 'json-shape', `Unexpected ${describe(item)}, expected a CSL item object`));
      return { document: { provisions: [] }, findings: src.findings };
    }
    const at = Array.isArray(root) ? '/0' : '';
    const title = stringField(src, item, 'title', at, true);
    const container = stringField(src, item, 'container-title', at, false);
    const publisher = stringField(src, item, 'publisher', at, false);
    const place = stringField(src, item, 'publisher-place', at, false);
    const date = issuedDate(src, item.issued, `${at}/issued`);
    const abstract = stringField(src, item, 'abstract', at, false)?.trim() || null;
    const meta = compact({
      authors: authors(src, item.author, `${at}/author`), publisher, container, year: date ? date.slice(0, 4) : null,
      type: stringField(src, item, 'type', at, false), place,
      volume: stringField(src, item, 'volume', at, false), issue: stringField(src, item, 'issue', at, false), page: stringField(src, item, 'page', at, false),
      isbn: stringField(src, item, 'ISBN', at, false), issn: stringField(src, item, 'ISSN', at, false),
      doi: stringField(src, item, 'DOI', at, false), url: stringField(src, item, 'URL', at, false), cslId: stringField(src, item, 'id', at, false), language: stringField(src, item, 'language', at, false),
    });
    const recordText = [title, container, [publisher, place].filter(Boolean).join(', ')].filter(Boolean).join('\n');
    const provisions: ParsedProvision[] = recordText ? [{ key: 'record', number: null, heading: null, text: recordText, type: 'other', path: [] }] : [];
    return { document: { title, date, summary: abstract, provisions, meta }, findings: src.findings };
  },
};
