/** Country profile: what the library holds for a country, by kind and crime category, and its key instruments. */
import { fields } from '../../ingest/index/records.js';
import { Router } from 'express';
import type { AppDeps } from '../app.js';
import { engineCall } from '../engine/client.js';
import { NotFoundError, ValidationError } from '../errors/index.js';
import { countryLabel, isCountryCode } from '../../corpus/vocab/countries.js';
import { labelOf } from '../search/facets.js';
import { firstField } from '../search/snippets.js';
import { LocaleQuery } from './vocab.js';
import { zodFieldErrors } from '../search/params.js';
import type { UnLanguage } from '../../corpus/vocab/labels.js';

export function countriesRouter(deps: AppDeps): Router {
  const r = Router();
  r.get('/countries/:iso3', async (req, res) => {
    const q = LocaleQuery.safeParse(req.query);
    if (!q.success) throw new ValidationError(zodFieldErrors(q.error));
    const locale = q.data.locale as UnLanguage;
    const code = req.params.iso3.toUpperCase();
    if (!/^[A-Z]{3}$/.test(code) || !isCountryCode(code)) throw new NotFoundError(`Unknown country '${req.params.iso3.slice(0, 20)}'; expected an ISO 3166-1 alpha-3 code such as FRA or INT`);
    const result = await engineCall(() => deps.search.index(deps.indexes.records).search('', {
      filter: [`country = ${JSON.stringify(code)}`, 'type = "document"'], limit: 20, sort: ['dateSort:desc'],
      facets: ['kind', 'crimes', 'language', 'articles'],
      attributesToRetrieve: ['docId', 'kind', 'date', 'language', ...fields('title'), 'title_en', 'crimes', 'provisionCount'],
    }));
    const dist = result.facetDistribution ?? {};
    const counts = (name: 'kind' | 'crime' | 'language' | 'article', attr: string) =>
      Object.entries(dist[attr] ?? {}).map(([value, count]) => ({ value, label: labelOf(name, value, locale), count })).sort((a, b) => b.count - a.count);
    const documents = result.estimatedTotalHits ?? result.hits.length;
    res.json({
      code, label: countryLabel(code, locale) ?? code, documents,
      by_kind: counts('kind', 'kind'), by_crime: counts('crime', 'crimes'), by_language: counts('language', 'language'), by_article: counts('article', 'articles').slice(0, 50),
      key_instruments: result.hits.filter((h) => h.kind === 'legislation').slice(0, 10).concat(result.hits.filter((h) => h.kind !== 'legislation').slice(0, 10))
        .map((h) => ({ id: h.docId, kind: h.kind, title: firstField(h, 'title_') || h.docId, title_en: h.title_en ?? null, date: h.date ?? null, provisions: h.provisionCount, url: `/${locale}/documents/${h.docId as string}` })),
    });
  });
  return r;
}
