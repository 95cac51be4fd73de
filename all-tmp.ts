import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ManifestRecord } from './corpus/schema.js';
import { ADAPTERS } from './ingest/adapters/index.js';
import type { AdapterResult } from './ingest/adapters/types.js';
import { tagDocument } from './ingest/tag/index.js';
const manifest = JSON.parse(readFileSync('../shared/corpus/manifest.json', 'utf8')) as unknown[];
const gold = JSON.parse(readFileSync('../shared/eval-dev/gold.json', 'utf8')) as Record<string, unknown>;
mkdirSync('/tmp/tagcache', { recursive: true });
const filter = process.argv[2];
for (const r of manifest) {
  const rec = ManifestRecord.parse(r);
  if (filter && !rec.id.includes(filter)) continue;
  let provisions: AdapterResult['document']['provisions'] = []; let summary = null; let meta = rec.meta ?? {}; let language = rec.language;
  if (rec.file && rec.format) {
    const cache = `/tmp/tagcache/${rec.id}.json`;
    let parsed: AdapterResult;
    if (existsSync(cache)) parsed = JSON.parse(readFileSync(cache, 'utf8'));
    else {
      parsed = await ADAPTERS[rec.format].parse({ record: rec, file: rec.file, text: readFileSync('../shared/corpus/' + rec.file, 'utf8').replace(/^\uFEFF/, '') });
      writeFileSync(cache, JSON.stringify(parsed));
    }
    provisions = parsed.document.provisions; summary = parsed.document.summary ?? null; meta = { ...(parsed.document.meta ?? {}), ...meta }; language = parsed.document.language ?? language;
  }
  const t = tagDocument({ kind: rec.kind, language, title: rec.title, title_en: rec.title_en, summary, provisions, meta }, rec.tags);
  const ev = (slug: string) => { const e = t.evidence.find((x) => x.tag === slug); return e ? `${e.rule}:${(e.terms[0] ?? '').slice(0, 30)}@${e.provisions.length}` : ''; };
  console.log(`${gold[rec.id] ? 'G' : ' '} ${rec.id.slice(0, 70)} [${provisions.length}]`);
  console.log(`    crimes: ${t.crimes.map((c) => `${c} (${ev(c)})`).join('; ')}`);
  console.log(`    articles: ${t.articles.join(' ')} | xc: ${t.crossCutting.length}`);
}
