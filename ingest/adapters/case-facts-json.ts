/**
 * LeCaRD case facts (`{path, ridx, q, crime}`): only the facts section (基本案情) of a Chinese
 * judgment. One provision `facts`; the charges are given by the source and kept exactly as found.
 */
import type { Adapter } from './types.js';
import { compact, describe, isObject, parseJson, stringField } from './bib/json.js';

/** First sentence(s) of the facts, enough to say what the case is about. */
export function firstSentences(text: string, min = 40, max = 3): string {
  const sentences = text.match(/[^。！？!?]+[。！？!?]?/g) ?? [text];
  let out = '';
  for (const s of sentences.slice(0, max)) {
    out += s;
    if (out.length >= min) break;
  }
  return out.trim();
}

export const caseFactsJsonAdapter: Adapter = {
  format: 'case-facts-json',
  parse(input) {
    const src = parseJson(input);
    const root = src.value;
    if (root === undefined) return { document: { provisions: [] }, findings: src.findings };
    if (!isObject(root)) {
      src.findings.push(src.finding('error', '', 'json-shape', `Unexpected ${describe(root)} at the top level, expected an object {path, ridx, q, crime}`));
      return { document: { provisions: [] }, findings: src.findings };
    }
    const q = stringField(src, root, 'q', '', true)?.trim() ?? '';
    const crime = root.crime;
    let charges: string[] = [];
    if (Array.isArray(crime) && crime.every((c) => typeof c === 'string')) charges = crime as string[];
    else src.findings.push(src.finding('warning', '/crime', 'json-field-type', `Unexpected ${describe(crime)} for "crime", expected an array of charge names`));
    const ridx = typeof root.ridx === 'number' ? root.ridx : null;
    if (ridx === null) src.findings.push(src.finding('warning', '/ridx', 'json-field-type', `Unexpected ${describe(root.ridx)} for "ridx", expected an integer`));
    const meta = compact({ charges, ridx, sourcePath: stringField(src, root, 'path', '', false) });
    const provisions = q ? [{ key: 'facts', number: null, heading: '基本案情', text: q, type: 'other' as const, path: [] }] : [];
    return { document: { title: null, date: null, summary: q ? firstSentences(q) : null, provisions, meta }, findings: src.findings };
  },
};
