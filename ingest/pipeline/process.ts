/** One manifest entry → a normalised document (or findings saying why not). Never throws for content. */
import { readFileSync } from 'node:fs';
import type { Finding, NormalisedDocument } from '../../corpus/schema.js';
import type { SourceEntry } from '../../corpus/manifest.js';
import { ADAPTERS } from '../adapters/index.js';
import { decodeSource } from './decode.js';
import { normalise, pointerDocument } from './normalise.js';

export interface Processed {
  document?: NormalisedDocument;
  findings: Finding[];
}

export async function processEntry(entry: SourceEntry, pipelineVersion: string): Promise<Processed> {
  const { record } = entry;
  if (entry.path === null || record.file === null || record.format === null) return pointerDocument(record, pipelineVersion);
  const file = record.file;
  const tag = (f: Finding): Finding => ({ ...f, file: f.file ?? file, documentId: record.id });
  let buf: Buffer;
  try {
    buf = readFileSync(entry.path);
  } catch (err) {
    return { findings: [tag({ severity: 'error', file, rule: 'read-failed', reason: `Unexpected read error (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}), expected a readable file` })] };
  }
  const decoded = decodeSource(buf, file);
  if (!decoded.ok) return { findings: [tag(decoded.finding)] };
  const adapter = ADAPTERS[record.format];
  let parsed;
  try {
    parsed = await adapter.parse({ record, file, text: decoded.text });
  } catch (err) {
    const reason = err instanceof RangeError ? 'structure too deeply nested' : (err as Error).message;
    return { findings: [tag({ severity: 'error', file, rule: 'adapter-failed', reason: `Unexpected content the ${record.format} adapter could not read (${reason}), expected a well-formed ${record.format} document` })] };
  }
  const findings = parsed.findings.map(tag);
  if (parsed.document.provisions.length === 0) {
    findings.push(tag({ severity: 'warning', file, rule: 'no-provisions', reason: 'Unexpected document without any provision or text section, expected at least one' }));
  }
  const out = normalise(record, parsed.document, pipelineVersion);
  return { document: out.document, findings: [...findings, ...out.findings.map(tag)] };
}
