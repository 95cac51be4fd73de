/**
 * Treaty articles and the drafter's comparison grid: the article's text in every language the
 * library holds, and the national provisions tagged to it, grouped by country.
 */
import { fields } from '../../ingest/index/records.js';
import { Router } from 'express';
import { z } from 'zod';
import type { Meilisearch } from 'meilisearch';
import type { AppDeps } from '../app.js';
import type { IndexNames } from '../engine/client.js';
import { engineCall } from '../engine/client.js';
import { NotFoundError, ValidationError } from '../errors/index.js';
import { UN_LANGUAGES, type UnLanguage } from '../../corpus/vocab/labels.js';
import { TREATY_CODES, articleLabel, isArticleCode, parseArticleCode, treatyByCode } from '../../corpus/vocab/treaties.js';
import { countryLabel } from '../../corpus/vocab/countries.js';
import { zodFieldErrors } from '../search/params.js';
import { firstField } from '../search/snippets.js';

const one = (t: z.ZodType) => z.preprocess((v) => (Array.isArray(v) ? v.at(-1) : v), t);
const LocaleOnly = z.object({ locale: one(z.enum(UN_LANGUAGES).default('en')) });
const MatrixQuery = z.object({
  article: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(40)).min(1, 'expected at least one article code such as UNTOC-5').max(20)),
  locale: one(z.enum(UN_LANGUAGES).default('en')),
});

interface Cell { document: string; title: string; key: string; label: string; language: string; kind: string; url: string }

type Rec = Record<string, unknown>;

/** Provisions tagged with the given articles (treaty texts themselves excluded), grouped by country and article. */
export async function provisionsByCountry(client: Meilisearch, idx: IndexNames, codes: string[], locale: UnLanguage) {
  const filter = [`p_articles IN [${codes.map((c) => JSON.stringify(c)).join(', ')}]`, 'type = "provision"', 'kind != "treaty"'];
  const res = await engineCall(() => client.index(idx.records).search('', {
    filter, limit: 2000, sort: ['dateSort:desc'],
    attributesToRetrieve: ['docId', 'key', 'number', 'heading', 'country', 'language', 'kind', 'doc_title', 'p_articles'],
  }));
  const countries = new Map<string, Record<string, Cell[]>>();
  for (const h of res.hits as Rec[]) {
    const country = h.country as string;
    const row = countries.get(country) ?? {};
    for (const code of (h.p_articles as string[]).filter((a) => codes.includes(a))) {
      (row[code] ??= []).push({
        document: h.docId as string, title: h.doc_title as string, key: h.key as string,
        label: [h.number, h.heading].filter(Boolean).join(' ') || (h.key as string),
        language: h.language as string, kind: h.kind as string, url: `/${locale}/documents/${h.docId as string}#${h.key as string}`,
      });
    }
    countries.set(country, row);
  }
  return [...countries.entries()]
    .map(([code, cells]) => ({ code, label: countryLabel(code, locale) ?? code, cells, provisions: Object.values(cells).reduce((n, l) => n + l.length, 0) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export function treatiesRouter(deps: AppDeps): Router {
  const r = Router();
  r.get('/treaties/:code/articles/:n', async (req, res) => {
    const q = LocaleOnly.safeParse(req.query);
    if (!q.success) throw new ValidationError(zodFieldErrors(q.error));
    const locale = q.data.locale as UnLanguage;
    const code = req.params.code.toUpperCase();
    const treaty = treatyByCode(code);
    if (!treaty) throw new NotFoundError(`Unknown treaty '${req.params.code.slice(0, 40)}'; expected one of ${TREATY_CODES.join(', ')}`);
    const articleCode = `${code}-${Number(req.params.n)}`;
    if (!/^\d{1,4}$/.test(req.params.n) || !isArticleCode(articleCode)) {
      throw new NotFoundError(`${treaty.short.en} has no article '${req.params.n.slice(0, 20)}'; expected 1–${treaty.articles.length}`);
    }
    const n = parseArticleCode(articleCode)!.n;
    const texts = await engineCall(() => deps.search.index(deps.indexes.records).search('', {
      filter: [`treaty = ${JSON.stringify(code)}`, `key = "art-${n}"`], limit: 20,
      attributesToRetrieve: ['docId', 'language', 'heading', 'number', ...fields('text'), 'doc_title'],
    }));
    const countries = await provisionsByCountry(deps.search, deps.indexes, [articleCode], locale);
    res.json({
      treaty: { code, label: treaty.labels[locale], short: treaty.short[locale] },
      article: { code: articleCode, n, label: articleLabel(articleCode, locale) ?? null, labels: treaty.articles.find((a) => a.n === n)?.labels ?? null },
      texts: (texts.hits as Rec[]).map((h) => ({
        document: h.docId, language: h.language, number: h.number ?? null, heading: h.heading ?? null, title: h.doc_title, text: firstField(h, 'text_'),
        url: `/${locale}/documents/${h.docId as string}#art-${n}`,
      })),
      countries,
      total: countries.reduce((s, c) => s + c.provisions, 0),
    });
  });

  r.get('/matrix', async (req, res) => {
    const q = MatrixQuery.safeParse(req.query);
    if (!q.success) throw new ValidationError(zodFieldErrors(q.error));
    const locale = q.data.locale as UnLanguage;
    const codes = [...new Set(q.data.article.map((a) => a.trim().toUpperCase()))];
    const bad = codes.filter((c) => !isArticleCode(c));
    if (bad.length) throw new ValidationError(bad.map((c) => ({ field: 'article', message: `unknown convention article '${c.slice(0, 40)}'; expected a code such as UNTOC-5 (see /api/vocab)` })));
    const countries = await provisionsByCountry(deps.search, deps.indexes, codes, locale);
    res.json({
      articles: codes.map((c) => ({ code: c, label: articleLabel(c, locale) ?? c, url: `/${locale}/treaties/${parseArticleCode(c)!.treaty}/articles/${parseArticleCode(c)!.n}` })),
      countries,
    });
  });
  return r;
}
