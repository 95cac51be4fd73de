/**
 * What an ingest left in the engine, in a form two runs can be compared by: the indexes that
 * exist, the record and document counts of the live indexes, each document's content hash (as
 * ingest stores it) and a digest of everything stored for it (its document entry and all its
 * search records, keys sorted), so a record lost or changed by an interrupted run shows.
 */
import { createHash } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import type { IndexNames } from '../../../server/engine/client.js';

export interface IndexState {
  indexes: string[];
  records: number;
  documents: number;
  /** document id → contentHash stored in the documents index */
  hashes: Record<string, string>;
  /** document id → sha256 of its stored document and records */
  digests: Record<string, string>;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function canonical(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

async function all(client: Meilisearch, uid: string): Promise<Record<string, Json>[]> {
  const out: Record<string, Json>[] = [];
  const limit = 1000;
  for (let offset = 0; ; offset += limit) {
    const page = await client.index(uid).getDocuments<Record<string, Json>>({ limit, offset });
    out.push(...page.results);
    if (page.results.length < limit) return out;
  }
}

export async function listIndexes(client: Meilisearch): Promise<string[]> {
  const { results } = await client.getIndexes({ limit: 1000 });
  return results.map((i) => i.uid).sort();
}

export async function snapshot(client: Meilisearch, live: IndexNames): Promise<IndexState> {
  const [docs, recs] = await Promise.all([all(client, live.documents), all(client, live.records)]);
  const byDoc = new Map<string, string[]>();
  for (const d of docs) byDoc.set(String(d.id), [`D${canonical(d)}`]);
  for (const r of recs) {
    const id = String(r.docId);
    if (!byDoc.has(id)) byDoc.set(id, []);
    byDoc.get(id)?.push(`R${canonical(r)}`);
  }
  const digests: Record<string, string> = {};
  for (const [id, parts] of [...byDoc].sort(([a], [b]) => a.localeCompare(b))) {
    digests[id] = createHash('sha256').update(parts.sort().join('\n')).digest('hex');
  }
  return {
    indexes: await listIndexes(client),
    records: recs.length,
    documents: docs.length,
    hashes: Object.fromEntries(docs.map((d) => [String(d.id), String(d.contentHash)]).sort(([a], [b]) => a.localeCompare(b))),
    digests,
  };
}

/** Differences of `got` from `want`, worded "Unexpected X, expected Y"; empty when identical. */
export function compareStates(want: IndexState, got: IndexState): string[] {
  const out: string[] = [];
  if (got.indexes.join(',') !== want.indexes.join(',')) out.push(`Unexpected indexes [${got.indexes.join(', ')}], expected [${want.indexes.join(', ')}]`);
  if (got.records !== want.records) out.push(`Unexpected ${got.records} records, expected ${want.records}`);
  if (got.documents !== want.documents) out.push(`Unexpected ${got.documents} documents, expected ${want.documents}`);
  const ids = new Set([...Object.keys(want.digests), ...Object.keys(got.digests)]);
  for (const id of [...ids].sort()) {
    if (got.hashes[id] !== want.hashes[id]) out.push(`Unexpected content hash ${got.hashes[id] ?? 'none'} for ${id}, expected ${want.hashes[id] ?? 'none'}`);
    else if (got.digests[id] !== want.digests[id]) out.push(`Unexpected stored content for ${id} (digest ${got.digests[id]?.slice(0, 12) ?? 'none'}), expected digest ${want.digests[id]?.slice(0, 12) ?? 'none'}`);
  }
  return out;
}
