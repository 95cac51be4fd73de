/**
 * Precedent finder: a pasted draft provision (up to 5,000 characters, any language) → the most
 * similar provisions in the library, with why they match. The draft is reduced to its glossary
 * concepts (language-independent) and its most salient words, which fit the engine's 10-word
 * query; the engine's candidates are then re-ranked by the concepts they share with the draft.
 */
import { fields } from '../../ingest/index/records.js';
import { Router } from 'express';
import type { Locale } from 'meilisearch';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { engineCall } from '../engine/client.js';
import { ValidationError } from '../errors/index.js';
import { KIND_CODES } from '../../corpus/vocab/kinds.js';
import { UN_LANGUAGES } from '../../corpus/vocab/labels.js';
import { isCountryCode } from '../../corpus/vocab/countries.js';
import { CONCEPTS, conceptToken, findConcepts } from '../../corpus/lexicon/concept-index.js';
import { conceptLabel } from '../search/concept-labels.js';
import { zodFieldErrors } from '../search/params.js';
import { analyzeQuery } from '../search/analyze.js';
import { firstField } from '../search/snippets.js';
import { tagDocument } from '../../ingest/tag/index.js';

/** The draft tagged like a one-provision law: the convention articles and crime categories it would get. */
function draftTags(text: string, lang: string | undefined): { articles: string[]; crimes: string[] } {
  const tagged = tagDocument({
    kind: 'legislation', language: lang ?? 'en', title: '', title_en: null, summary: null, meta: {},
    provisions: [{ key: 'draft', number: null, heading: null, text, type: 'article', path: [] }],
  });
  const p = tagged.provisions[0];
  return { articles: p?.articles ?? [], crimes: p?.crimes ?? [] };
}

export const SimilarBody = z.object({
  text: z.string().trim().min(20, 'expected a provision of at least 20 characters').max(5000, 'expected at most 5,000 characters'),
  lang: z.string().regex(/^[a-z]{2,3}$/).optional(),
  kind: z.enum(KIND_CODES).optional(),
  country: z.string().regex(/^[A-Za-z]{3}$/).refine((c) => isCountryCode(c.toUpperCase()), 'expected an ISO 3166-1 alpha-3 code').optional(),
  exclude_country: z.string().regex(/^[A-Za-z]{3}$/).optional(),
  limit: z.number().int().min(1).max(50).default(10),
  locale: z.enum(UN_LANGUAGES).default('en'),
}).strict();

export function similarRouter(deps: AppDeps): Router {
  const r = Router();
  r.post('/similar', async (req, res) => {
    const parsed = SimilarBody.safeParse(req.body ?? {});
    if (!parsed.success) throw new ValidationError(zodFieldErrors(parsed.error, 'body.'));
    const b = parsed.data;
    const draftConcepts = findConcepts(b.text, b.lang);
    const tokenToConcept = new Map([...CONCEPTS.keys()].map((id) => [conceptToken(id), id]));
    // Concepts first (rarest last dropped), then the draft's most salient words.
    const analysis = analyzeQuery(b.text);
    const tokens = [...draftConcepts].map(conceptToken);
    const q = [...tokens, ...analysis.words].slice(0, 10).join(' ');
    const filter = ['type = "provision"'];
    if (b.kind) filter.push(`kind = ${JSON.stringify(b.kind)}`);
    if (b.country) filter.push(`country = ${JSON.stringify(b.country.toUpperCase())}`);
    if (b.exclude_country) filter.push(`country != ${JSON.stringify(b.exclude_country.toUpperCase())}`);
    const result = await engineCall(() => deps.search.index(deps.indexes.records).search(q, {
      filter, limit: 100, matchingStrategy: 'frequency', showRankingScore: true, locales: [analysis.locale as Locale],
      attributesToRetrieve: ['docId', 'key', 'number', 'heading', 'country', 'language', 'kind', 'doc_title', 'cx_text', 'cx_heading', ...fields('text'), 'p_articles', 'p_crimes'],
    }));
    const draft = draftTags(b.text, b.lang);
    const scored = result.hits.map((h) => {
      const theirs = new Set(`${(h.cx_text as string) ?? ''} ${(h.cx_heading as string) ?? ''}`.split(' ').filter(Boolean).map((t) => tokenToConcept.get(t)).filter((x): x is string => !!x));
      const shared = [...draftConcepts].filter((c) => theirs.has(c));
      const union = new Set([...draftConcepts, ...theirs]).size || 1;
      const sharedArticles = draft.articles.filter((a) => ((h.p_articles as string[] | undefined) ?? []).includes(a));
      const sharedCrimes = draft.crimes.filter((c) => ((h.p_crimes as string[] | undefined) ?? []).includes(c));
      // Shared concepts weigh most; implementing the same convention article is a strong sign too.
      const score = 0.5 * (shared.length / union) + 0.35 * ((h._rankingScore as number | undefined) ?? 0) + 0.15 * (draft.articles.length ? sharedArticles.length / draft.articles.length : 0);
      return { h, shared, sharedArticles, sharedCrimes, score };
    }).sort((a, b) => b.score - a.score).slice(0, b.limit);
    res.json({
      query: { concepts: [...draftConcepts], words: analysis.words, engine_query: q, articles: draft.articles, crimes: draft.crimes },
      results: scored.map(({ h, shared, sharedArticles, sharedCrimes, score }) => ({
        document: h.docId, title: h.doc_title, key: h.key, label: [h.number, h.heading].filter(Boolean).join(' ') || h.key,
        country: h.country, language: h.language, kind: h.kind, score: Math.round(score * 1000) / 1000,
        text: firstField(h, 'text_').slice(0, 600), articles: h.p_articles ?? [], crimes: h.p_crimes ?? [],
        why: {
          shared_concepts: shared,
          concept_labels: Object.fromEntries(shared.map((c) => [c, conceptLabel(c, b.locale)])),
          shared_articles: sharedArticles,
          shared_crimes: sharedCrimes,
        },
        url: `/${b.locale}/documents/${h.docId as string}#${h.key as string}`,
      })),
    });
  });
  return r;
}
