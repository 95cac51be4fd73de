/**
 * Concept queries (server/search/fusion.ts) over the real corpus: the result set is every document
 * with any of the query's concepts, exactly (totals, facets, pages, export agree), and pages past
 * the fused window continue through the rest of the set.
 */
import request from 'supertest';
import type { Express } from 'express';
import { testApp } from '../helpers/app.js';

let app: Express;
beforeAll(async () => {
  ({ app } = await testApp());
});

type Body = {
  total: number; total_pages: number; page: number;
  hits: { id: string; date: string | null; kind: string; country: string }[];
  facets: Record<string, { value: string; count: number }[]>;
  query: { concepts: string[]; related_concepts: string[]; concept_labels: Record<string, string>; ranking: string };
};
const search = async (params: Record<string, string>): Promise<Body> => {
  const res = await request(app).get('/api/search').query(params);
  expect(res.status).toBe(200);
  return res.body as Body;
};
const exported = async (params: Record<string, string>): Promise<string[]> => {
  const res = await request(app).get('/api/export').query({ ...params, format: 'json' }).buffer(true).parse((r, cb) => {
    let s = '';
    r.setEncoding('utf8');
    r.on('data', (c: string) => { s += c; });
    r.on('end', () => cb(null, s));
  });
  expect(res.status).toBe(200);
  const ids = (res.body as string).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
  expect(Number(res.headers['x-total-count'])).toBe(ids.length);
  return ids;
};

describe('concept queries: one ranked list per concept, fused', () => {
  test('the result set is the union of the concepts\' sets, and export holds exactly it', async () => {
    const forced = await exported({ q: 'forced labour' });
    const servitude = await exported({ q: 'servitude' });
    const both = await search({ q: 'forced labour and servitude', per_page: '5' });
    expect(both.query.ranking).toBe('fused');
    expect(both.query.concepts).toEqual(expect.arrayContaining(['forced-labour', 'servitude']));
    const union = new Set([...forced, ...servitude]);
    // Documents with servitude but not forced labour exist, and are matched (the first concept is not mandatory).
    expect(servitude.filter((d) => !forced.includes(d)).length).toBeGreaterThan(0);
    const all = await exported({ q: 'forced labour and servitude' });
    expect(new Set(all)).toEqual(union);
    expect(all.length).toBe(union.size);
    expect(both.total).toBe(union.size);
  });

  test('export lists the documents in the search\'s order', async () => {
    const q = { q: 'trafficking in persons victims residence permit' };
    const page = await search({ ...q, per_page: '20' });
    const ids = await exported(q);
    expect(ids.slice(0, 20)).toEqual(page.hits.map((h) => h.id));
  });

  test('paging through a large concept set past the fused window: no repeats, nothing missing', async () => {
    const q = { q: 'criminal offence penalty imprisonment fine' };
    const first = await search({ ...q, per_page: '100' });
    expect(first.query.ranking).toBe('fused');
    expect(first.total).toBeGreaterThan(100);
    const seen: string[] = [];
    for (let page = 1; page <= first.total_pages; page++) {
      const b = await search({ ...q, per_page: '100', page: String(page) });
      expect(b.total).toBe(first.total);
      seen.push(...b.hits.map((h) => h.id));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(first.total);
    expect(new Set(seen)).toEqual(new Set(await exported(q)));
  });

  test('facets count the result set and stay disjunctive under a filter', async () => {
    const all = await search({ q: 'money laundering', per_page: '5' });
    const kinds = all.facets.kind.reduce((n, v) => n + v.count, 0);
    expect(kinds).toBe(all.total); // one kind per document
    const chn = await search({ q: 'money laundering', country: 'CHN', per_page: '50' });
    expect(chn.query.ranking).toBe('fused');
    expect(chn.hits.every((h) => h.country === 'CHN')).toBe(true);
    expect(chn.total).toBe(all.facets.country.find((c) => c.value === 'CHN')?.count);
    // The country facet under a country filter still counts the other countries.
    expect(chn.facets.country.find((c) => c.value === 'SAU')?.count).toBe(all.facets.country.find((c) => c.value === 'SAU')?.count);
  });

  test('date order over the same set, newest first', async () => {
    const rel = await search({ q: 'money laundering', per_page: '5' });
    const dated = await search({ q: 'money laundering', sort: 'date_desc', per_page: '100' });
    expect(dated.total).toBe(rel.total);
    const dates = dated.hits.map((h) => h.date ?? '').filter(Boolean);
    expect(dates.length).toBeGreaterThan(10);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('the query says which concepts and related concepts it searched, named in the locale', async () => {
    const zh = await search({ q: 'child sexual exploitation', locale: 'zh' });
    expect(zh.query.concepts).toContain('child-sexual-exploitation');
    expect(zh.query.related_concepts.length).toBeGreaterThan(0);
    for (const c of [...zh.query.concepts, ...zh.query.related_concepts]) expect(zh.query.concept_labels[c]).toMatch(/\p{Script=Han}/u);
    const ar = await search({ q: 'money laundering', locale: 'ar' });
    expect(ar.query.concept_labels['money-laundering']).toBe('غسل الأموال');
  });

  test('a query whose concepts match nothing under the filters falls back to its words', async () => {
    const b = await search({ q: 'money laundering', kind: 'module', country: 'CHN' });
    expect(b.query.ranking).toBe('words');
    expect(b.total).toBe(0);
    expect(b.hits).toEqual([]);
  });
});
