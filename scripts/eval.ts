/**
 * `npm run eval`: scores the running system against the labelled development set
 * (../shared/eval-dev or EVAL_DIR): search through `GET /api/search` (nDCG@10, recall@20,
 * per query language and cross-lingual, worst queries) and tagging through
 * `GET /api/documents/:id` (per-category P/R/F1, macro-F1, article precision/recall, misses).
 *
 * With `--url http://host:port` it evaluates that server; otherwise it starts its own engine in
 * a temporary directory, ingests CORPUS_DIR and serves the app on a free port.
 * `--json FILE` also writes the numbers as JSON.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { PROJECT_ROOT, loadConfig } from '../server/config.js';
import { startEngine } from '../server/engine/process.js';
import { adminClient, indexNames, searchClient } from '../server/engine/client.js';
import { createApp } from '../server/app.js';
import { runIngest } from '../ingest/run.js';
import { scoreTags, type TagSet } from '../ingest/tag/score.js';

interface EvalQuery { q: string; lang: string; filters: Record<string, string>; relevant: string[]; cross: boolean; note?: string }
interface GoldDoc { crimes: string[]; articles: string[] }

export function ndcgAt10(ranked: string[], relevant: Set<string>): number {
  let dcg = 0;
  ranked.slice(0, 10).forEach((id, i) => { if (relevant.has(id)) dcg += 1 / Math.log2(i + 2); });
  let idcg = 0;
  for (let i = 0; i < Math.min(10, relevant.size); i++) idcg += 1 / Math.log2(i + 2);
  return idcg ? dcg / idcg : 0;
}

export function recallAt20(ranked: string[], relevant: Set<string>): number {
  return relevant.size ? ranked.slice(0, 20).filter((id) => relevant.has(id)).length / relevant.size : 0;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const f3 = (x: number) => x.toFixed(3);

async function evaluate(base: string, evalDir: string) {
  const queries = JSON.parse(readFileSync(path.join(evalDir, 'queries.json'), 'utf8')) as EvalQuery[];
  const gold = JSON.parse(readFileSync(path.join(evalDir, 'gold.json'), 'utf8')) as Record<string, GoldDoc>;
  const rows: { q: EvalQuery; ndcg: number; recall: number; top: string[] }[] = [];
  for (const q of queries) {
    const params = new URLSearchParams({ q: q.q, per_page: '20' });
    for (const [k, v] of Object.entries(q.filters)) params.append(k, v);
    const res = await fetch(`${base}/api/search?${params}`);
    if (!res.ok) throw new Error(`search "${q.q}" answered ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { hits: { id: string }[] };
    const ranked = body.hits.map((h) => h.id);
    const rel = new Set(q.relevant);
    rows.push({ q, ndcg: ndcgAt10(ranked, rel), recall: recallAt20(ranked, rel), top: ranked.slice(0, 5) });
  }
  const byLang: Record<string, { ndcg: number; recall: number; n: number }> = {};
  for (const lang of [...new Set(rows.map((r) => r.q.lang))].sort()) {
    const rs = rows.filter((r) => r.q.lang === lang);
    byLang[lang] = { ndcg: mean(rs.map((r) => r.ndcg)), recall: mean(rs.map((r) => r.recall)), n: rs.length };
  }
  const cross = rows.filter((r) => r.q.cross);
  const searchScore = {
    queries: rows.length,
    ndcg10: mean(rows.map((r) => r.ndcg)), recall20: mean(rows.map((r) => r.recall)),
    cross: { queries: cross.length, ndcg10: mean(cross.map((r) => r.ndcg)), recall20: mean(cross.map((r) => r.recall)) },
    byLang,
    worst: [...rows].sort((a, b) => a.ndcg - b.ndcg).slice(0, 10).map((r) => ({ q: r.q.q, lang: r.q.lang, ndcg10: r.ndcg, recall20: r.recall, top: r.top, relevant: r.q.relevant })),
  };

  const predicted: Record<string, TagSet> = {};
  for (const id of Object.keys(gold)) {
    const res = await fetch(`${base}/api/documents/${encodeURIComponent(id)}`);
    predicted[id] = res.ok ? ((await res.json()) as TagSet) : { crimes: [], articles: [] };
  }
  const tags = scoreTags(gold, predicted);
  return { search: searchScore, tags };
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: 'string' }, json: { type: 'string' }, 'eval-dir': { type: 'string' } } });
  const config = loadConfig();
  const evalDir = path.resolve(values['eval-dir'] ?? path.join(PROJECT_ROOT, '../shared/eval-dev'));
  if (!existsSync(path.join(evalDir, 'queries.json'))) throw new Error(`No queries.json in ${evalDir}; pass --eval-dir`);
  let base = values.url?.replace(/\/$/, '');
  let cleanup = async () => {};
  if (!base) {
    if (!config.CORPUS_DIR) throw new Error('No corpus: set CORPUS_DIR');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lexatlas-eval-'));
    const engine = await startEngine({ dataDir: dir });
    const conn = { url: engine.url, masterKey: engine.masterKey, timeoutMs: 10000, prefix: 'eval' };
    process.stderr.write(`ingesting ${config.CORPUS_DIR} …\n`);
    const report = await runIngest({ sourceDir: config.CORPUS_DIR, client: adminClient(conn), live: indexNames('eval'), full: true });
    process.stderr.write(`ingested ${report.documents} documents, ${report.provisions} provisions in ${(report.durationMs / 1000).toFixed(1)} s\n`);
    const app = createApp({ config: { ...config, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 1_000_000 }, search: await searchClient(conn), indexes: indexNames('eval'), logger: pino({ level: 'silent' }) });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    cleanup = async () => {
      server.close();
      await engine.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  try {
    const r = await evaluate(base, evalDir);
    const s = r.search;
    console.log(`Search (${s.queries} queries): nDCG@10 ${f3(s.ndcg10)}  recall@20 ${f3(s.recall20)}`);
    console.log(`  cross-lingual (${s.cross.queries}): nDCG@10 ${f3(s.cross.ndcg10)}  recall@20 ${f3(s.cross.recall20)}`);
    for (const [lang, v] of Object.entries(s.byLang)) console.log(`  ${lang} (${v.n}): nDCG@10 ${f3(v.ndcg)}  recall@20 ${f3(v.recall)}`);
    console.log('  worst queries:');
    for (const w of s.worst) console.log(`    [${w.lang}] ${f3(w.ndcg10)} / ${f3(w.recall20)}  "${w.q}"  top: ${w.top.join(', ') || '(none)'}`);
    const t = r.tags;
    console.log(`Tagging (${t.documents} documents): crime macro-F1 ${f3(t.macroF1)}  article precision ${f3(t.articles.precision)}  recall ${f3(t.articles.recall)}`);
    for (const c of t.categories) console.log(`  ${c.slug.padEnd(44)} P ${f3(c.precision)} R ${f3(c.recall)} F1 ${f3(c.f1)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
    console.log('  misses:');
    for (const m of t.misses) console.log(`    ${m.id}: +[${m.falsePositives.join(', ')}] -[${m.falseNegatives.join(', ')}]  articles +[${m.articleFalsePositives.join(', ')}] -[${m.articleFalseNegatives.join(', ')}]`);
    if (values.json) writeFileSync(values.json, JSON.stringify(r, null, 2));
  } finally {
    await cleanup();
  }
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exitCode = 1;
});
