import { readFileSync } from 'node:fs';
import { tagDocument } from './ingest/tag/index.js';
const id = process.argv[2];
const manifest = JSON.parse(readFileSync('../shared/corpus/manifest.json', 'utf8')) as { id: string; kind: string; language: string; title: string; title_en: string | null; meta: Record<string, unknown> }[];
const rec = manifest.find((r) => r.id === id)!;
const parsed = JSON.parse(readFileSync(`/tmp/tagcache/${id}.json`, 'utf8'));
for (let i = 0; i < 3; i++) {
const s = Date.now();
tagDocument({ kind: rec.kind, language: parsed.document.language ?? rec.language, title: rec.title, title_en: rec.title_en, summary: parsed.document.summary ?? null, provisions: parsed.document.provisions, meta: {} });
console.log(Date.now() - s);
}
