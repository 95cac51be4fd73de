/**
 * From a manifest record and what its adapter read, build the normalised document: manifest
 * metadata wins for identity and display (title, country, kind), the file fills what the
 * manifest leaves open (date, summary, detected language), the tagger adds tags with evidence,
 * and zod validates the result at the boundary.
 */
import { createHash } from 'node:crypto';
import { NormalisedDocument, type Finding, type ManifestRecord } from '../../corpus/schema.js';
import type { ParsedDocument } from '../adapters/types.js';
import { tagDocument } from '../tag/index.js';
import { isArticleCode, treatyByCode } from '../../corpus/vocab/treaties.js';

export function yearOf(date: string | null | undefined): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

function pickUrl(record: ManifestRecord, parsed: ParsedDocument): string | null {
  const meta = record.meta ?? {};
  for (const v of [meta.url, meta.source_url, parsed.meta?.url, 'url' in record.source ? record.source.url : null]) {
    if (typeof v === 'string' && /^https?:\/\//.test(v)) return v;
  }
  return null;
}

export function contentHash(record: ManifestRecord, pipelineVersion: string): string {
  return createHash('sha256').update(pipelineVersion).update('\0').update(JSON.stringify(record)).digest('hex');
}

export function normalise(record: ManifestRecord, parsed: ParsedDocument, pipelineVersion: string): { document?: NormalisedDocument; findings: Finding[] } {
  const language = record.language === 'mul' || record.language === 'und' ? parsed.language ?? record.language : parsed.language ?? record.language;
  const date = record.date ?? parsed.date ?? null;
  const meta: Record<string, unknown> = { ...(parsed.meta ?? {}), ...Object.fromEntries(Object.entries(record.meta ?? {}).filter(([, v]) => v !== null)) };
  const tags = tagDocument({
    kind: record.kind, language, title: record.title, title_en: record.title_en, summary: parsed.summary ?? null, provisions: parsed.provisions, meta,
  }, record.tags);
  treatyArticles(record.kind, meta, tags);
  const candidate = {
    id: record.id,
    kind: record.kind,
    title: record.title,
    title_en: record.title_en,
    country: record.country,
    language,
    date,
    year: yearOf(date),
    format: record.format,
    file: record.file,
    url: pickUrl(record, parsed),
    source: record.source,
    licence: record.licence,
    notes: record.notes,
    summary: parsed.summary?.slice(0, 2000) ?? null,
    meta,
    provisions: tags.provisions,
    crimes: tags.crimes,
    articles: tags.articles,
    crossCutting: tags.crossCutting,
    evidence: tags.evidence,
    contentHash: contentHash(record, pipelineVersion),
    pointer: record.file === null,
  };
  const result = NormalisedDocument.safeParse(candidate);
  if (!result.success) {
    return {
      findings: result.error.issues.slice(0, 5).map((i) => ({
        severity: 'error' as const, file: record.file, documentId: record.id, element: i.path.join('.'), rule: 'document-schema',
        reason: `Unexpected value at ${i.path.join('.')}: ${i.message}`,
      })),
    };
  }
  return { document: result.data, findings: [] };
}

/**
 * A treaty's own articles carry their article code from the source (`how: source`): article 5 of
 * the UNTOC text is UNTOC-5, whatever the tagger found in it. Only on the provision: the
 * document's own tags stay those of what it specifically addresses.
 */
function treatyArticles(kind: string, meta: Record<string, unknown>, tags: ReturnType<typeof tagDocument>): void {
  const code = typeof meta.treaty === 'string' ? meta.treaty : null;
  if (kind !== 'treaty' || !code || !treatyByCode(code)) return;
  for (const p of tags.provisions) {
    const m = /^art-(\d+)$/.exec(p.key);
    const article = m ? `${code}-${Number(m[1])}` : null;
    if (!article || !isArticleCode(article)) continue;
    if (!p.articles.includes(article)) p.articles.push(article);
    tags.evidence.push({ tag: article, type: 'article', how: 'source', terms: [p.number ?? p.key], provisions: [p.key], rule: 'treaty-article' });
  }
}

/** A pointer record (no file): metadata and link only. */
export function pointerDocument(record: ManifestRecord, pipelineVersion: string) {
  return normalise(record, { provisions: [], summary: null }, pipelineVersion);
}
