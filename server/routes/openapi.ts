/**
 * OpenAPI 3.1, generated from the same zod schemas that validate requests (so they cannot drift),
 * plus the response shapes of the public routes.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { SearchQuery } from '../search/params.js';
import { SimilarBody } from './similar.js';
import { CRIME_SLUGS } from '../../corpus/vocab/crimes.js';
import { KIND_CODES } from '../../corpus/vocab/kinds.js';
import { LANGUAGE_CODES } from '../../corpus/vocab/languages.js';
import { NormalisedDocument, Provision } from '../../corpus/schema.js';

type Json = Record<string, unknown>;
const schemaOf = (t: z.ZodType): Json => z.toJSONSchema(t, { unrepresentable: 'any', io: 'input' }) as Json;

const ENUMS: Record<string, readonly string[]> = { kind: KIND_CODES, crime: CRIME_SLUGS, lang: LANGUAGE_CODES };

function queryParameters(): Json[] {
  return Object.entries(SearchQuery.shape).map(([name, t]) => {
    const base = schemaOf(t as z.ZodType);
    const enumValues = ENUMS[name];
    const repeatable = ['kind', 'crime', 'country', 'lang', 'article'].includes(name);
    const schema = repeatable ? { type: 'array', items: enumValues ? { type: 'string', enum: [...enumValues] } : { type: 'string' } } : base;
    return { name, in: 'query', required: false, schema, ...(repeatable ? { style: 'form', explode: true } : {}) };
  });
}

const Problem = {
  type: 'object', required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string' }, instance: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' }, expected: { type: 'array', items: { type: 'string' } } } } },
  },
};

const FacetValues = { type: 'array', items: { type: 'object', required: ['value', 'label', 'count'], properties: { value: { type: 'string' }, label: { type: 'string' }, count: { type: 'integer' }, selected: { type: 'boolean' } } } };
const strings = { type: 'array', items: { type: 'string' } };
/** What the search understood and did (server/search/hits.ts SearchResponse['query']). */
const SearchQueryEcho = {
  type: 'object', required: ['q', 'engine_query', 'concepts', 'related_concepts', 'concept_labels', 'dropped_words', 'ranking', 'filters', 'sort'],
  properties: {
    q: { type: 'string' },
    engine_query: { type: 'string', description: 'What was sent to the engine: concept tokens, then the remaining words (as stems)' },
    concepts: { ...strings, description: 'Glossary concepts the query names, searched in every language' },
    related_concepts: { ...strings, description: 'Narrower or broader concepts of the glossary hierarchy also searched, with lower weight' },
    concept_labels: { type: 'object', additionalProperties: { type: 'string' }, description: 'Names of the concepts and related concepts in the requested locale' },
    dropped_words: { ...strings, description: 'Query words left out (stopwords, words beyond the engine limit)' },
    ranking: { type: 'string', enum: ['fused', 'words'], description: '`fused`: every document with any of the concepts, ranked by fusing one list per concept; `words`: one engine query' },
    filters: { type: 'object' },
    sort: { type: 'string' },
  },
};
const SearchResponse = {
  type: 'object', required: ['query', 'total', 'page', 'per_page', 'took_ms', 'hits', 'facets'],
  properties: {
    query: SearchQueryEcho, total: { type: 'integer' }, page: { type: 'integer' }, per_page: { type: 'integer' }, total_pages: { type: 'integer' }, took_ms: { type: 'number' },
    hits: { type: 'array', items: { type: 'object', required: ['id', 'kind', 'title', 'country', 'language', 'date', 'crimes', 'articles', 'snippet', 'provisions', 'url'], properties: {
      id: { type: 'string' }, kind: { type: 'string', enum: [...KIND_CODES] }, title: { type: 'string' }, title_en: { type: ['string', 'null'] }, country: { type: 'string' }, language: { type: 'string' },
      date: { type: ['string', 'null'] }, year: { type: ['integer', 'null'] }, crimes: { type: 'array', items: { type: 'string', enum: [...CRIME_SLUGS] } }, articles: { type: 'array', items: { type: 'string' } },
      snippet: { type: 'string' }, url: { type: 'string' },
      provisions: { type: 'array', items: { type: 'object', required: ['key', 'label', 'snippet'], properties: { key: { type: 'string' }, number: { type: ['string', 'null'] }, heading: { type: ['string', 'null'] }, label: { type: 'string' }, snippet: { type: 'string' }, url: { type: 'string' } } } },
    } } },
    facets: { type: 'object', required: ['kind', 'crime', 'country', 'language', 'year', 'article'], properties: Object.fromEntries(['kind', 'crime', 'country', 'language', 'year', 'article'].map((f) => [f, FacetValues])) },
  },
};

const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { description: 'problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } }]));
const ok = (schema: Json, type = 'application/json') => ({ '200': { description: 'OK', content: { [type]: { schema } } } });
const locale = { name: 'locale', in: 'query', required: false, schema: { type: 'string', enum: ['ar', 'en', 'es', 'fr', 'ru', 'zh'] } };

export function openapiDocument(): Json {
  const search = queryParameters();
  return {
    openapi: '3.1.0',
    info: { title: 'Lexatlas API', version: '1.0.0', description: 'Legal-knowledge library on transnational organized crime: search, documents, treaties, matrix, export.' },
    paths: {
      '/api/search': { get: { summary: 'Search documents and provisions', parameters: search, responses: { ...ok(SearchResponse), ...errors(400, 429, 503) } } },
      '/api/documents/{id}': { get: { summary: 'A normalised document', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { ...ok({ $ref: '#/components/schemas/Document' }), ...errors(404, 503) } } },
      '/api/documents/{id}/provisions/{key}': { get: { summary: 'One provision', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, { name: 'key', in: 'path', required: true, schema: { type: 'string' } }], responses: { ...ok({ $ref: '#/components/schemas/Provision' }), ...errors(400, 404, 503) } } },
      '/api/similar': { post: { summary: 'Provisions similar to a draft', requestBody: { required: true, content: { 'application/json': { schema: schemaOf(SimilarBody) } } }, responses: { ...ok({ type: 'object', required: ['query', 'results'] }), ...errors(400, 429, 503) } } },
      '/api/treaties/{code}/articles/{n}': { get: { summary: 'A treaty article and the provisions tagged to it, by country', parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }, { name: 'n', in: 'path', required: true, schema: { type: 'string' } }, locale], responses: { ...ok({ type: 'object', required: ['treaty', 'article', 'texts', 'countries'] }), ...errors(400, 404, 503) } } },
      '/api/matrix': { get: { summary: 'Country × article matrix', parameters: [{ name: 'article', in: 'query', required: true, schema: { type: 'array', items: { type: 'string' } }, style: 'form', explode: true }, locale], responses: { ...ok({ type: 'object', required: ['articles', 'countries'] }), ...errors(400, 503) } } },
      '/api/countries/{iso3}': { get: { summary: 'Country profile', parameters: [{ name: 'iso3', in: 'path', required: true, schema: { type: 'string' } }, locale], responses: { ...ok({ type: 'object', required: ['code', 'label', 'documents', 'by_kind', 'by_crime'] }), ...errors(404, 503) } } },
      '/api/vocab': { get: { summary: 'Vocabularies with labels', parameters: [locale], responses: { ...ok({ type: 'object', required: ['locale', 'crimes', 'kinds', 'languages', 'countries', 'treaties', 'crossCutting'] }), ...errors(400) } } },
      '/api/export': { get: { summary: 'Every matching document as CSV or JSON lines', parameters: [...search.filter((p) => !['page', 'per_page'].includes(p.name as string)), { name: 'format', in: 'query', schema: { type: 'string', enum: ['csv', 'json'] } }], responses: { '200': { description: 'stream', content: { 'text/csv': {}, 'application/x-ndjson': {} } }, ...errors(400, 429, 503) } } },
      '/api/feed': { get: { summary: 'Atom feed of the newest matches', parameters: search.filter((p) => !['page', 'per_page', 'sort'].includes(p.name as string)), responses: { '200': { description: 'Atom', content: { 'application/atom+xml': {} } }, ...errors(400, 503) } } },
      '/api/health': { get: { summary: 'Liveness and readiness', responses: { '200': { description: 'ready', content: { 'application/json': { schema: { type: 'object', required: ['live', 'ready', 'engine', 'index'] } } } }, '503': { description: 'not ready' } } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
    components: { schemas: { Problem, Document: schemaOf(NormalisedDocument), Provision: schemaOf(Provision), SearchResponse } },
  };
}

export function openapiRouter(_deps: AppDeps): Router {
  const r = Router();
  const body = JSON.stringify(openapiDocument());
  r.get('/openapi.json', (_req, res) => {
    res.type('application/json').send(body);
  });
  return r;
}
