/** Markdown adapter suites: a corpus document as the pipeline feeds it, parsed once per test file. */
import { ManifestRecord } from '../../corpus/schema.js';
import type { AdapterInput, AdapterResult } from '../../ingest/adapters/types.js';
import { detectFamily, type MarkdownFamily } from '../../ingest/adapters/markdown.js';
import { parseMarkdown } from '../../ingest/adapters/markdown/parse.js';
import { corpusText, rawRecord } from './corpus.js';

export function inputFor(id: string, text = corpusText(id)): AdapterInput {
  const record = ManifestRecord.parse(rawRecord(id));
  return { record, file: record.file!, text };
}

const cache = new Map<string, { family: MarkdownFamily; result: AdapterResult }>();

/**
 * As the pipeline runs it: one remark parse, the dispatcher, then the family (what
 * `markdownAdapter.parse` does). Parsing is the slow part, so each file is parsed once per run.
 */
export function loadMarkdown(id: string): { family: MarkdownFamily; result: AdapterResult } {
  let hit = cache.get(id);
  if (!hit) {
    const input = inputFor(id);
    const md = parseMarkdown(input.text, input.file);
    const family = detectFamily(input, md);
    const r = family(input, md);
    hit = { family, result: { document: r.document, findings: [...md.findings, ...r.findings] } };
    cache.set(id, hit);
  }
  return hit;
}
