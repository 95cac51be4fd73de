/** The public API over the real corpus in a real Meilisearch (shared engine of the integration project). */
import request from 'supertest';
import type { Express } from 'express';
import { testApp } from '../helpers/app.js';

let app: Express;
beforeAll(async () => {
  ({ app } = await testApp());
});

type Hit = { id: string; language: string; kind: string; country: string; provisions: { key: string; snippet: string }[]; snippet: string };
const search = async (qs: string) => {
  const res = await request(app).get(`/api/search?${qs}`);
  expect(res.status).toBe(200);
  return res.body as { total: number; hits: Hit[]; facets: Record<string, { value: string; count: number; label: string }[]>; page: number; query: { concepts: string[] } };
};

describe('GET /api/search', () => {
  test('"money laundering" finds anti-money-laundering texts in Chinese, Arabic, Spanish, French, Russian and German', async () => {
    const body = await search('q=money%20laundering&per_page=100');
    const langs = new Set(body.hits.map((h) => h.language));
    for (const l of ['zh', 'ar', 'es', 'fr', 'ru', 'de', 'en']) expect(langs).toContain(l);
    const ids = body.hits.map((h) => h.id);
    expect(ids).toEqual(expect.arrayContaining(['legislation-chn-anti-money-laundering-law', 'legislation-sau-anti-money-laundering-law', 'legislation-arg-law-25246-concealment-money-laundering']));
    expect(body.query.concepts).toContain('money-laundering');
  });

  test('"贩运人口" finds English, Spanish and French trafficking laws', async () => {
    const body = await search(`q=${encodeURIComponent('贩运人口')}&per_page=100`);
    const langs = new Set(body.hits.map((h) => h.language));
    for (const l of ['en', 'es', 'fr']) expect(langs).toContain(l);
    expect(body.hits.map((h) => h.id)).toEqual(expect.arrayContaining(['legislation-arg-law-26364-trafficking-in-persons']));
  });

  test.each([
    ['ar', 'غسل الأموال', 'legislation-sau-anti-money-laundering-law'],
    ['fr', 'blanchiment', 'legislation-lux-law-2004-11-12-money-laundering-terrorist-financing'],
    ['es', 'trata de personas', 'legislation-arg-law-26364-trafficking-in-persons'],
    ['ru', 'организованная преступная группа', 'legislation-rus-criminal-code'],
    ['zh', '洗钱', 'legislation-chn-anti-money-laundering-law'],
    ['en', 'smuggling of migrants', 'treaty-int-som-en'],
  ])('a %s query "%s" finds %s with highlighted snippets', async (_lang, q, id) => {
    const body = await search(`q=${encodeURIComponent(q)}&per_page=50`);
    expect(body.hits.map((h) => h.id)).toContain(id);
    expect(body.hits.some((h) => h.provisions.length > 0)).toBe(true);
  });

  test('hits are grouped per document with provisions whose snippets contain only <mark> markup', async () => {
    const body = await search('q=laundering&per_page=20');
    const ids = body.hits.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    const snippets = body.hits.flatMap((h) => [h.snippet, ...h.provisions.map((p) => p.snippet)]).join('\n');
    expect(snippets).toMatch(/<mark>/);
    expect(snippets.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z]/i);
  });

  test('filters restrict hits; facet counts of a filtered facet still show the other values', async () => {
    const all = await search('q=money%20laundering');
    const chn = await search('q=money%20laundering&country=CHN');
    expect(chn.total).toBeGreaterThan(0);
    expect(chn.total).toBeLessThan(all.total);
    expect(chn.hits.every((h) => h.country === 'CHN')).toBe(true);
    const countries = chn.facets.country.map((f) => f.value);
    expect(countries).toEqual(expect.arrayContaining(['CHN', 'ARG', 'FRA']));
    const kindCount = chn.facets.kind.reduce((s, f) => s + f.count, 0);
    expect(kindCount).toBe(chn.total);
    const both = await search('q=money%20laundering&country=CHN&country=ARG&kind=legislation');
    expect(both.hits.every((h) => ['CHN', 'ARG'].includes(h.country) && h.kind === 'legislation')).toBe(true);
  });

  test('labels follow the locale', async () => {
    const fr = await search('q=&locale=fr&per_page=1');
    expect(fr.facets.crime.length).toBeGreaterThan(0);
    const ml = (await search('q=&locale=zh&per_page=1')).facets.crime.find((f) => f.value === 'money-laundering');
    expect(ml?.label).toBe('洗钱');
  });

  test('pagination: pages do not overlap; sort by date', async () => {
    const p1 = await search('q=&per_page=10&page=1');
    const p2 = await search('q=&per_page=10&page=2');
    expect(p1.total).toBeGreaterThan(250);
    const overlap = p1.hits.filter((h) => p2.hits.some((x) => x.id === h.id));
    expect(overlap).toEqual([]);
    const dated = await search('q=&sort=date_asc&per_page=5&kind=legislation');
    expect(dated.hits.length).toBe(5);
  });

  test('bad parameters are 400 problems naming the parameter and the allowed values', async () => {
    const res = await request(app).get('/api/search?crime=drugs');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors[0].field).toBe('crime');
    expect(res.body.errors[0].message).toMatch(/unknown crime category 'drugs'; expected one of participation-in-organized-criminal-group/);
    for (const qs of ['per_page=101', 'per_page=0', 'page=-1', 'sort=best', 'country=CHN%20OR%201%3D1', 'lang=xx1', `q=${'x'.repeat(1001)}`]) {
      const r = await request(app).get(`/api/search?${qs}`);
      expect(r.status).toBe(400);
      expect(r.body.status).toBe(400);
    }
  });

  test('a long query keeps its concepts and drops words deliberately', async () => {
    const q = 'obligaciones de las empresas de transporte de verificar los documentos de viaje de los pasajeros en las fronteras terrestres aereas y maritimas del estado';
    const body = await search(`q=${encodeURIComponent(q)}&per_page=20`);
    expect(body.total).toBeGreaterThan(0);
    expect(body.query.concepts.length).toBeGreaterThan(0);
  });
});
