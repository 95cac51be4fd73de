import { readFileSync, readdirSync } from 'node:fs';
import { tagDocument } from './ingest/tag/index.js';
const manifest = JSON.parse(readFileSync('../shared/corpus/manifest.json', 'utf8')) as { id: string; kind: string; language: string; title: string; title_en: string | null; meta: Record<string, unknown> }[];
const counts = new Map<string, string[]>();
for (const f of readdirSync('/tmp/tagcache')) {
  const id = f.replace(/\.json$/, '');
  const rec = manifest.find((r) => r.id === id); if (!rec) continue;
  const parsed = JSON.parse(readFileSync(`/tmp/tagcache/${f}`, 'utf8'));
  const t = tagDocument({ kind: rec.kind, language: parsed.document.language ?? rec.language, title: rec.title, title_en: rec.title_en, summary: parsed.document.summary ?? null, provisions: parsed.document.provisions, meta: { ...(parsed.document.meta ?? {}), ...(rec.meta ?? {}) } });
  for (const c of t.crossCutting) counts.set(c, [...(counts.get(c) ?? []), id]);
  if (process.argv[2] && id.includes(process.argv[2])) for (const e of t.evidence.filter((e) => e.type === 'crossCutting')) console.log(JSON.stringify(e).slice(0, 250));
}
for (const [c, ids] of [...counts].sort((a, b) => b[1].length - a[1].length)) console.log(ids.length, c, ids.slice(0, 4).join(' '));
