/** Documents, vocabularies, treaties, matrix, countries, similar, export, feed and OpenAPI over the real corpus. */
import request from 'supertest';
import type { Express } from 'express';
import * as cheerio from 'cheerio';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { testApp } from '../helpers/app.js';

let app: Express;
beforeAll(async () => {
  ({ app } = await testApp());
});

describe('documents', () => {
  test('the Chinese Anti-Money Laundering Law: provisions, money-laundering tag with evidence', async () => {
    const res = await request(app).get('/api/documents/legislation-chn-anti-money-laundering-law');
    expect(res.status).toBe(200);
    expect(res.body.language).toBe('zh');
    expect(res.body.provisions.length).toBeGreaterThan(50);
    expect(res.body.provisions[0]).toEqual(expect.objectContaining({ key: expect.any(String), number: expect.any(String), text: expect.any(String) }));
    expect(res.body.crimes).toContain('money-laundering');
    const ev = res.body.evidence.find((e: { tag: string }) => e.tag === 'money-laundering');
    expect(ev.how).toBe('rule');
    expect(ev.terms.join(' ')).toMatch(/洗钱/);
    expect(ev.provisions.length).toBeGreaterThan(0);
  });

  test('one provision by key; unknown ids and keys are 404 problems', async () => {
    const p = await request(app).get('/api/documents/legislation-chn-anti-money-laundering-law/provisions/art-1');
    expect(p.status).toBe(200);
    expect(p.body.number).toBe('第一条');
    expect(p.body.document.id).toBe('legislation-chn-anti-money-laundering-law');
    for (const url of ['/api/documents/no-such-document', '/api/documents/legislation-chn-anti-money-laundering-law/provisions/art-9999', '/api/documents/..%2F..%2Fetc']) {
      const r = await request(app).get(url);
      expect(r.status).toBe(404);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  test('pointer records are listed with their link and no text', async () => {
    const r = await request(app).get('/api/documents/case-gbr-aul-2022');
    expect(r.status).toBe(200);
    expect(r.body.pointer).toBe(true);
    expect(r.body.url).toMatch(/^http/);
    expect(r.body.provisions).toEqual([]);
  });
});

describe('vocabularies, treaties, matrix, countries', () => {
  test('GET /api/vocab labels everything in the locale', async () => {
    const r = await request(app).get('/api/vocab?locale=ar');
    expect(r.status).toBe(200);
    expect(r.body.crimes).toHaveLength(15);
    expect(r.body.crimes.find((c: { code: string }) => c.code === 'money-laundering').label).toBe('غسل الأموال');
    expect((await request(app).get('/api/vocab?locale=xx')).status).toBe(400);
  });

  test('UNTOC article 5: its text in English, Spanish and Dutch', async () => {
    const r = await request(app).get('/api/treaties/UNTOC/articles/5?locale=en');
    expect(r.status).toBe(200);
    expect(r.body.article.code).toBe('UNTOC-5');
    expect(r.body.article.label).toMatch(/participation in an organized criminal group/i);
    const langs = r.body.texts.map((t: { language: string }) => t.language);
    expect(langs).toEqual(expect.arrayContaining(['en', 'es', 'nl']));
    expect(Array.isArray(r.body.countries)).toBe(true);
    expect((await request(app).get('/api/treaties/UNTOC/articles/99')).status).toBe(404);
    expect((await request(app).get('/api/treaties/NOPE/articles/1')).status).toBe(404);
  });

  test('matrix for UNTOC-5 and UNTOC-6 lists several countries with provisions and links', async () => {
    const r = await request(app).get('/api/matrix?article=UNTOC-5&article=UNTOC-6');
    expect(r.status).toBe(200);
    expect(r.body.articles.map((a: { code: string }) => a.code)).toEqual(['UNTOC-5', 'UNTOC-6']);
    expect(r.body.countries.length).toBeGreaterThanOrEqual(3);
    const withBoth = r.body.countries.filter((c: { cells: Record<string, unknown[]> }) => c.cells['UNTOC-6']?.length);
    expect(withBoth.length).toBeGreaterThanOrEqual(3);
    const cell = withBoth[0].cells['UNTOC-6'][0];
    expect(cell.url).toMatch(/^\/en\/documents\/.+#.+/);
    expect((await request(app).get('/api/matrix')).status).toBe(400);
    expect((await request(app).get('/api/matrix?article=UNTOC-99')).status).toBe(400);
  });

  test('country profile counts by kind and crime category', async () => {
    const r = await request(app).get('/api/countries/chn?locale=fr');
    expect(r.status).toBe(200);
    expect(r.body.code).toBe('CHN');
    expect(r.body.label).toBe('Chine');
    expect(r.body.by_kind.map((k: { value: string }) => k.value)).toEqual(expect.arrayContaining(['legislation', 'case']));
    expect(r.body.by_kind.reduce((s: number, k: { count: number }) => s + k.count, 0)).toBe(59);
    expect((await request(app).get('/api/countries/XYZ')).status).toBe(404);
  });
});

describe('similar, export, feed', () => {
  test('a pasted provision finds similar provisions in other countries, with why', async () => {
    const text = 'Whoever, knowing that property is the proceeds of crime, converts or transfers that property for the purpose of concealing or disguising its illicit origin, shall be punished for money laundering with imprisonment. '.repeat(8);
    const r = await request(app).post('/api/similar').send({ text, exclude_country: 'USA' });
    expect(r.status).toBe(200);
    expect(r.body.results.length).toBeGreaterThan(3);
    expect(new Set(r.body.results.map((x: { country: string }) => x.country)).size).toBeGreaterThan(1);
    expect(r.body.results.some((x: { why: { shared_concepts: string[] } }) => x.why.shared_concepts.includes('money-laundering'))).toBe(true);
    // The draft is tagged like a provision: it criminalises laundering (UNTOC-6), and hits implementing that article say so.
    expect(r.body.query.articles).toContain('UNTOC-6');
    expect(r.body.results.some((x: { why: { shared_articles: string[] } }) => x.why.shared_articles.includes('UNTOC-6'))).toBe(true);
    expect(r.body.results.some((x: { why: { shared_crimes: string[] } }) => x.why.shared_crimes.includes('money-laundering'))).toBe(true);
    // Shared concepts come with their names in the requested locale.
    const fr = await request(app).post('/api/similar').send({ text, locale: 'fr', limit: 5 });
    const labels = fr.body.results.flatMap((x: { why: { concept_labels: Record<string, string> } }) => Object.values(x.why.concept_labels));
    expect(labels).toContain('Blanchiment d’argent');
    expect((await request(app).post('/api/similar').send({ text: 'short' })).status).toBe(400);
    expect((await request(app).post('/api/similar').send({ text: 'x'.repeat(5001) })).status).toBe(400);
  });

  test('CSV export has a BOM and exactly `total` rows; JSON lines too', async () => {
    const total = (await request(app).get('/api/search?q=money%20laundering')).body.total as number;
    const csv = await request(app).get('/api/export?q=money%20laundering&format=csv').buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(csv.status).toBe(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('id,kind,title,title_en,country,language,date,crimes,articles,provisions,url');
    expect(lines.length - 1).toBe(total);
    const all = (await request(app).get('/api/search?q=')).body.total as number;
    const jsonl = await request(app).get('/api/export?format=json');
    expect(jsonl.text.trim().split('\n')).toHaveLength(all);
  });

  test('the Atom feed parses and lists the newest matches', async () => {
    const r = await request(app).get('/api/feed?article=UNTOC-6');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/application\/atom\+xml/);
    const $ = cheerio.load(r.text, { xml: true });
    expect($('feed > id').text()).toMatch(/article=UNTOC-6/);
    expect($('feed > entry').length).toBeGreaterThan(0);
    $('feed > entry').each((_, e) => {
      expect($(e).find('title').text().length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse($(e).find('updated').text()))).toBe(false);
    });
  });
});

describe('OpenAPI', () => {
  test('describes every public route, and real responses validate against it', async () => {
    const spec = (await request(app).get('/api/openapi.json')).body;
    expect(spec.openapi).toBe('3.1.0');
    for (const p of ['/api/search', '/api/documents/{id}', '/api/documents/{id}/provisions/{key}', '/api/similar', '/api/treaties/{code}/articles/{n}', '/api/matrix', '/api/countries/{iso3}', '/api/vocab', '/api/export', '/api/feed', '/api/health']) {
      expect(spec.paths[p]).toBeDefined();
    }
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'lexatlas', components: spec.components });
    const check = (schema: object, body: unknown) => {
      const validate = ajv.compile({ ...schema, $defs: undefined } as object);
      const ok = validate(body);
      if (!ok) throw new Error(JSON.stringify(validate.errors?.slice(0, 3)));
    };
    const resolve = (s: { $ref?: string }) => (s.$ref ? spec.components.schemas[s.$ref.split('/').pop()!] : s);
    const searchSchema = resolve(spec.paths['/api/search'].get.responses['200'].content['application/json'].schema);
    const fused = (await request(app).get('/api/search?q=firearms&per_page=5')).body;
    expect(fused.query.ranking).toBe('fused');
    check(searchSchema, fused);
    const words = (await request(app).get('/api/search?q=ley&per_page=5')).body;
    expect(words.query.ranking).toBe('words');
    check(searchSchema, words);
    check(spec.components.schemas.Document, (await request(app).get('/api/documents/treaty-int-untoc-en')).body);
    check(spec.components.schemas.Problem, (await request(app).get('/api/search?crime=drugs')).body);
    // A parameter the spec says is an enum is rejected by the API when outside it.
    const sortEnum = spec.paths['/api/search'].get.parameters.find((p: { name: string }) => p.name === 'sort').schema;
    expect(JSON.stringify(sortEnum)).toMatch(/date_desc/);
  });
});
