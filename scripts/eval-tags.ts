/**
 * Tagging quality on the development set: `npx tsx scripts/eval-tags.ts [--quiet] [--id <id>]`.
 * Each labelled document is read from the corpus (manifest record → its format's adapter →
 * the tagger) and scored with ingest/tag/score.ts; the misses are printed with their evidence.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManifestRecord, type TagEvidence } from '../corpus/schema.js';
import { ADAPTERS } from '../ingest/adapters/index.js';
import type { AdapterResult } from '../ingest/adapters/types.js';
import { tagDocument } from '../ingest/tag/index.js';
import { scoreTags, type TagSet } from '../ingest/tag/score.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(process.env.CORPUS_DIR ?? path.join(root, '../shared/corpus'));
const goldFile = path.resolve(process.env.GOLD_FILE ?? path.join(root, '../shared/eval-dev/gold.json'));
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.includes('--id') ? args[args.indexOf('--id') + 1] : null;
/** `--cache DIR`: keep adapter output between runs (outside the repository) while tuning lexicons. */
const cacheDir = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : null;

if (!existsSync(goldFile)) throw new Error(`no gold file at ${goldFile}; set GOLD_FILE`);
type Gold = Record<string, TagSet & { evidence?: Record<string, string> }>;
const goldAll = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
const gold: Gold = only ? { [only]: goldAll[only] } : goldAll;
const manifest = JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')) as unknown[];
const records = new Map(manifest.map((r) => {
  const rec = ManifestRecord.parse(r);
  return [rec.id, rec] as const;
}));

const predicted: Record<string, TagSet> = {};
const evidence = new Map<string, TagEvidence[]>();
const provisionCounts = new Map<string, number>();
const started = Date.now();
for (const id of Object.keys(gold)) {
  const record = records.get(id);
  if (!record) { console.warn(`! ${id}: not in the manifest`); continue; }
  let provisions: Parameters<typeof tagDocument>[0]['provisions'] = [];
  let summary: string | null = null;
  let meta: Record<string, unknown> = { ...(record.meta ?? {}) };
  let language = record.language;
  if (record.file && record.format) {
    const cached = cacheDir ? path.join(cacheDir, `${id}.json`) : null;
    let parsed: AdapterResult;
    if (cached && existsSync(cached)) {
      parsed = JSON.parse(readFileSync(cached, 'utf8')) as AdapterResult;
    } else {
      const text = readFileSync(path.join(corpusDir, record.file), 'utf8').replace(/^\uFEFF/, '');
      parsed = await ADAPTERS[record.format].parse({ record, file: record.file, text });
      if (cached) {
        mkdirSync(path.dirname(cached), { recursive: true });
        writeFileSync(cached, JSON.stringify(parsed));
      }
    }
    provisions = parsed.document.provisions;
    summary = parsed.document.summary ?? null;
    meta = { ...(parsed.document.meta ?? {}), ...meta };
    language = parsed.document.language ?? language;
  }
  const tags = tagDocument({ kind: record.kind, language, title: record.title, title_en: record.title_en, summary, provisions, meta }, record.tags);
  predicted[id] = { crimes: tags.crimes, articles: tags.articles };
  evidence.set(id, tags.evidence);
  provisionCounts.set(id, provisions.length);
}

const score = scoreTags(gold, predicted);
const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
console.log(`Tagging, ${score.documents} labelled documents (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
console.log('category                                     tp  fp  fn   prec   rec    F1');
for (const c of score.categories) {
  console.log(`${c.slug.padEnd(43)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}  ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`);
}
console.log(`\nmacro-F1 ${pct(score.macroF1)}`);
const a = score.articles;
console.log(`articles: tp ${a.tp} fp ${a.fp} fn ${a.fn}  precision ${pct(a.precision)}  recall ${pct(a.recall)}`);

if (!quiet && score.misses.length) {
  console.log('\nMisses (FP: predicted, not in gold; FN: in gold, not predicted)');
  for (const m of score.misses) {
    console.log(`\n${m.id}  [${provisionCounts.get(m.id) ?? 0} provisions]`);
    const ev = evidence.get(m.id) ?? [];
    for (const slug of m.falsePositives) {
      const e = ev.find((x) => x.tag === slug && x.type === 'crime');
      console.log(`  FP ${slug}: ${e?.rule ?? ''} ${JSON.stringify(e?.terms ?? [])} @ ${(e?.provisions ?? []).slice(0, 6).join(', ')}`);
    }
    for (const slug of m.falseNegatives) console.log(`  FN ${slug}: gold ${gold[m.id].evidence?.[slug] ?? ''}`);
    for (const code of m.articleFalsePositives) {
      const e = ev.find((x) => x.tag === code && x.type === 'article');
      console.log(`  FP article ${code}: ${e?.rule ?? ''} ${JSON.stringify((e?.terms ?? []).slice(0, 4))} @ ${(e?.provisions ?? []).slice(0, 4).join(', ')}`);
    }
    if (m.articleFalseNegatives.length) console.log(`  FN articles: ${m.articleFalseNegatives.join(', ')}`);
  }
}
