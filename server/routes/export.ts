/**
 * Export and feed. Export streams every matching document (no 1,000 cap: pages of 500 from
 * the engine, each written out before the next is fetched, so memory does not grow with the
 * number of rows) as CSV (UTF-8 with BOM, for spreadsheet programs) or JSON lines. The feed is
 * an Atom feed of the newest matches of any search.
 */
import { fields } from '../../ingest/index/records.js';
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { ValidationError } from '../errors/index.js';
import { parseSearchQuery, zodFieldErrors } from '../search/params.js';
import { analyze } from '../search/service.js';
import { matchingDocuments } from '../search/matching.js';
import { escapeHtml, firstField } from '../search/snippets.js';

const FormatQuery = z.object({ format: z.preprocess((v) => (Array.isArray(v) ? v.at(-1) : v), z.enum(['csv', 'json']).default('csv')) }).passthrough();
const COLUMNS = ['id', 'kind', 'title', 'title_en', 'country', 'language', 'date', 'crimes', 'articles', 'provisions', 'url'] as const;
const PAGE = 500;
const EXPORT_FIELDS = ['docId', 'type', 'kind', ...fields('title'), 'title_en', 'doc_title', 'doc_title_en', 'country', 'language', 'date', 'crimes', 'articles', 'provisionCount'];
const FEED_FIELDS = ['docId', 'type', 'kind', ...fields('title'), 'doc_title', 'country', 'language', 'date', 'crimes', 'articles'];
const FEED_SIZE = 50;

function csvCell(v: unknown): string {
  const s = Array.isArray(v) ? v.join('; ') : v === null || v === undefined ? '' : String(v);
  // Cells starting with = + - @ are neutralised so spreadsheet programs do not run them as formulas.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function write(res: Response, chunk: string): Promise<void> {
  return new Promise((resolve) => (res.write(chunk) ? resolve() : res.once('drain', () => resolve())));
}

export function exportRouter(deps: AppDeps): Router {
  const r = Router();
  r.get('/export', async (req, res) => {
    const fq = FormatQuery.safeParse(req.query);
    if (!fq.success) throw new ValidationError(zodFieldErrors(fq.error));
    const { format: _f, ...rest } = req.query as Record<string, unknown>;
    const p = parseSearchQuery({ ...rest, page: undefined, per_page: undefined });
    const format = fq.data.format;
    const analysis = await analyze(deps.search, deps.indexes, p.q);
    const matching = await matchingDocuments(deps.search, deps.indexes, p, analysis, EXPORT_FIELDS, PAGE);
    const stamp = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="lexatlas-export-${stamp}.${format === 'csv' ? 'csv' : 'jsonl'}"`);
    res.setHeader('X-Total-Count', String(matching.total));
    if (format === 'csv') await write(res, `\uFEFF${COLUMNS.join(',')}\r\n`);
    try {
      for await (const batch of matching.batches) {
        for (const h of batch) {
          const row = {
            id: h.docId, kind: h.kind, title: (h.type === 'document' ? firstField(h, 'title_') : h.doc_title) || h.docId,
            title_en: (h.type === 'document' ? h.title_en : h.doc_title_en) ?? null, country: h.country, language: h.language, date: h.date ?? null,
            crimes: h.crimes ?? [], articles: h.articles ?? [], provisions: h.provisionCount ?? 0, url: `/en/documents/${h.docId}`,
          };
          await write(res, format === 'csv' ? `${COLUMNS.map((c) => csvCell(row[c])).join(',')}\r\n` : `${JSON.stringify(row)}\n`);
        }
        if (res.destroyed) break;
      }
    } catch (err) {
      req.log?.warn({ err }, 'export interrupted by the engine');
      res.destroy(err as Error); // the client sees an incomplete transfer, never a silently short file
      return;
    }
    res.end();
  });

  r.get('/feed', async (req, res) => {
    const p = parseSearchQuery({ ...req.query, sort: 'date_desc', page: undefined, per_page: undefined });
    const analysis = await analyze(deps.search, deps.indexes, p.q);
    const matching = await matchingDocuments(deps.search, deps.indexes, p, analysis, FEED_FIELDS, FEED_SIZE);
    const first = await matching.batches.next();
    const hits = first.done ? [] : first.value;
    const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const self = `${origin}${req.originalUrl}`;
    const updated = hits.map((h) => (h.date as string | null) ?? '').filter(Boolean).sort().at(-1);
    const iso = (d: string | null | undefined) => (d ? new Date(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d}T00:00:00Z`).toISOString() : new Date(0).toISOString());
    const entries = hits.map((h) => {
      const title = (h.type === 'document' ? firstField(h, 'title_') : (h.doc_title as string)) || (h.docId as string);
      const link = `${origin}/${p.locale}/documents/${h.docId as string}`;
      const summary = `${h.kind as string} · ${h.country as string} · ${h.language as string}${(h.crimes as string[])?.length ? ` · ${(h.crimes as string[]).join(', ')}` : ''}`;
      return `  <entry>\n    <id>${escapeHtml(link)}</id>\n    <title>${escapeHtml(title)}</title>\n    <link rel="alternate" href="${escapeHtml(link)}"/>\n    <updated>${iso(h.date as string | null)}</updated>\n    <summary>${escapeHtml(summary)}</summary>\n${((h.crimes as string[]) ?? []).map((c) => `    <category term="${escapeHtml(c)}"/>\n`).join('')}  </entry>`;
    });
    const xml = `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <id>${escapeHtml(self)}</id>\n  <title>${escapeHtml(`Lexatlas: ${p.q || 'newest documents'}`)}</title>\n  <link rel="self" href="${escapeHtml(self)}"/>\n  <updated>${iso(updated)}</updated>\n  <author><name>Lexatlas</name></author>\n${entries.join('\n')}\n</feed>\n`;
    res.type('application/atom+xml; charset=utf-8').send(xml);
  });
  return r;
}
