import { readFileSync, readdirSync } from 'node:fs';
import { tagDocument } from './ingest/tag/index.js';
const manifest = JSON.parse(readFileSync('../shared/corpus/manifest.json', 'utf8')) as { id: string; kind: string; language: string; title: string; title_en: string | null; meta: Record<string, unknown> }[];
const times: [number, string, number][] = [];
const t0 = Date.now(); let provs = 0;
for (const f of readdirSync('/tmp/tagcache')) {
  const id = f.replace(/\.json$/, '');
  const rec = manifest.find((r) => r.id === id); if (!rec) continue;
  const parsed = JSON.parse(readFileSync(`/tmp/tagcache/${f}`, 'utf8'));
  const s = Date.now();
  tagDocument({ kind: rec.kind, language: parsed.document.language ?? rec.language, title: rec.title, title_en: rec.title_en, summary: parsed.document.summary ?? null, provisions: parsed.document.provisions, meta: { ...(parsed.document.meta ?? {}), ...(rec.meta ?? {}) } });
  provs += parsed.document.provisions.length;
  times.push([Date.now() - s, id, parsed.document.provisions.length]);
}
console.log('total', Date.now() - t0, 'ms', times.length, 'docs', provs, 'provisions');
times.sort((a, b) => b[0] - a[0]); console.log(times.slice(0, 10));
