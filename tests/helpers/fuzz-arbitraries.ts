/**
 * fast-check generators of hostile requests for every public API route: random strings in every
 * parameter, huge values, unicode edge cases (lone surrogates, RTL and zero-width marks, NUL),
 * numbers of the wrong type, repeated parameters, qs array/object syntax and filter-injection
 * attempts, mixed with valid vocabulary values so that requests also get past validation.
 */
import fc from 'fast-check';
import { CRIME_SLUGS } from '../../corpus/vocab/crimes.js';
import { KIND_CODES } from '../../corpus/vocab/kinds.js';
import { LANGUAGE_CODES } from '../../corpus/vocab/languages.js';
import { UN_LANGUAGES } from '../../corpus/vocab/labels.js';
import { TREATY_CODES } from '../../corpus/vocab/treaties.js';
import type { FuzzRequest } from './fuzz-http.js';

export const INJECTIONS = [
  'CHN OR 1=1', 'CHN" OR country = "FRA', "CHN' OR ''='", 'UNTOC-5"] OR [', '"]', '["', '[', ']', '"', "'", '\\"', '\\',
  'country = CHN', 'NOT kind = "x"', 'kind EXISTS', 'year >= 0', '_geoRadius(0, 0, 1)', 'docId IN [a, b]', '*', '%', '`', '${x}',
  '{{7*7}}', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '../../etc/passwd', '..\\..\\windows', '; DROP TABLE users; --',
  'money-laundering" OR "1"="1', 'UNTOC-5 OR UNTOC-6', 'UNTOC-5,UNTOC-6', 'untoc-00005', 'UNTOC-5.0', 'UNTOC--5', 'UNTOC-1e3', 'TIP-3\u0000',
  'null', 'undefined', 'true', '[]', '{}', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString',
];

/** Strings as JS strings (encoded as UTF-8 by `enc`, lone surrogates as their 3-byte WTF-8 form). */
export const UNICODE_EDGES = [
  '', ' ', '\u0000', 'CHN\u0000', '\u202E', '\u200F', '\u200B', '\uFEFF', '\u2028', '\u0085', '\uFFFF', '\uFFFE', '\u{10FFFF}', '\uD800', '\uDC00',
  'a\uD800b', '\uDBFF\uDBFF', '\u202Eترجمة\u202C', 'غسل الأموال', '洗钱', 'отмывание', 'ＣＨＮ', 'ı', 'ß', 'ﬀ', 'İstanbul', 'e\u0301'.repeat(300),
  '👨‍👩‍👧‍👦'.repeat(20), '\u0301\u0301\u0301', 'chn', ' chn ', '\tFRA\n', 'Fra',
];

/** Bytes that only exist percent-encoded: invalid UTF-8, overlong forms, broken escapes. */
export const RAW_ENCODED = ['%ED%A0%80', '%ED%B0%80', '%C0%AF', '%C0%80', '%FF', '%FE%FF', '%F4%90%80%80', '%E2%82', '%', '%Z', '%%', '%2', '%00', '%2e%2e%2f', '%2F', '%5B%5D', '%u0041', '%25', '%0d%0aSet-Cookie:%20x=1'];

export const NUMBERS = ['-1', '0', '1', '2', '100', '101', '1e309', '-0', 'NaN', 'Infinity', '-Infinity', '0x10', '1.5', '9'.repeat(400), ' 1', '+1', '1_000', '٣', '１', '2147483648', '9007199254740993', '1,2', 'abc', '', '0000000000001'];

const YEAR_LIKE = ['1990', '2024', '0', '9999', '10000', '-5', '2024-01-01', '20 24'];

/** Percent-encode a JS string as UTF-8, except lone surrogates, written as the bytes a broken encoder would send. */
export function enc(s: string, raw = ''): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      out += `%${(0xe0 | (cp >> 12)).toString(16).toUpperCase()}%${(0x80 | ((cp >> 6) & 0x3f)).toString(16).toUpperCase()}%${(0x80 | (cp & 0x3f)).toString(16).toUpperCase()}`;
    } else if (/[A-Za-z0-9\-._~]/.test(ch) || raw.includes(ch)) {
      out += ch;
    } else {
      out += [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    }
  }
  return out;
}

/** A value already encoded for a URL: some characters left raw where HTTP allows it, to reach qs and the router unencoded. */
const encoded = (a: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(a, fc.constantFrom('', "[]'\"!*(),;:@$", '[]')).map(([s, raw]) => enc(s, raw));

export function value(valid: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: encoded(fc.constantFrom(...valid)) },
    { weight: 3, arbitrary: encoded(fc.constantFrom(...INJECTIONS)) },
    { weight: 3, arbitrary: encoded(fc.constantFrom(...UNICODE_EDGES)) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_ENCODED) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...valid), fc.constantFrom(...RAW_ENCODED, ...UNICODE_EDGES.map((u) => enc(u)))).map(([v, e]) => `${enc(v)}${e}`) },
    { weight: 2, arbitrary: encoded(fc.string({ unit: 'binary', maxLength: 40 })) },
    { weight: 2, arbitrary: encoded(fc.string({ unit: 'grapheme', maxLength: 30 })) },
    { weight: 1, arbitrary: encoded(fc.string({ unit: fc.constantFrom('[', ']', '"', "'", '\\', '(', ')', ',', '=', '&', '%', '+', '#', '?', ' '), maxLength: 60 })) },
    { weight: 1, arbitrary: encoded(fc.constantFrom(...NUMBERS)) },
    // Huge, yet under Node's 16 KB header limit (above it Node itself answers 431 before the app).
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'é', '洗', '[', '%', '"'), fc.integer({ min: 200, max: 1500 })).map(([c, n]) => enc(c.repeat(n))) },
  );
}

/** One query parameter in any of qs's syntaxes: `k=v`, `k[]=v`, `k[x]=v`, `k[0][y]=v`, `k`, repeated. */
function param(key: string, v: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: v.map((x) => `${key}=${x}`) },
    { weight: 2, arbitrary: fc.array(v, { minLength: 2, maxLength: 5 }).map((xs) => xs.map((x) => `${key}=${x}`).join('&')) },
    { weight: 1, arbitrary: v.map((x) => `${key}[]=${x}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', '0', '25', '__proto__', 'constructor', '', 'length', '999999'), v).map(([k, x]) => `${key}[${k}]=${x}`) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(30), v).map(([i, x]) => `${key}[${i}][b][c][d][e][f]=${x}`) },
    { weight: 1, arbitrary: fc.constant(key) },
    { weight: 1, arbitrary: fc.constant(`${key}=`) },
  );
}

/** A query string: a random subset of the route's parameters, plus junk parameters. */
export function queryString(params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const keys = Object.keys(params);
  const known = fc.subarray(keys).chain((ks) => (ks.length ? fc.tuple(...ks.map((k) => param(k, params[k]))) : fc.constant([] as string[])));
  const junk = fc.array(fc.oneof(
    param('__proto__[polluted]', value(['1'])), param('constructor[prototype][x]', value(['1'])), param(enc('q\u0000'), value(['x'])),
    fc.constantFrom('&&&', '=', '=x', '&=&', '?', '#frag', '%26', 'a=1=2', `${'k'.repeat(300)}=1`),
    encoded(fc.string({ maxLength: 10 })).chain((k) => param(k || 'x', value(['1']))),
  ), { maxLength: 3 });
  return fc.tuple(known, junk).chain(([a, b]) => fc.shuffledSubarray([...a, ...b], { minLength: a.length + b.length }).map((xs) => xs.join('&')));
}

const SEARCH_PARAMS = (): Record<string, fc.Arbitrary<string>> => ({
  q: fc.oneof(value(['money laundering', 'trafficking', '洗钱', 'blanchiment', 'UNTOC']), value(INJECTIONS)),
  kind: value(KIND_CODES), crime: value(CRIME_SLUGS), country: value(['CHN', 'FRA', 'chn', 'INT', 'GBR', 'USA']), lang: value(LANGUAGE_CODES),
  article: value(['UNTOC-5', 'untoc-6', 'TIP-3', 'SOM-6', 'FP-5', 'UNCAC-23']), year_from: value(YEAR_LIKE), year_to: value(YEAR_LIKE),
  sort: value(['relevance', 'date_desc', 'date_asc']), page: value(NUMBERS), per_page: value(NUMBERS), locale: value(UN_LANGUAGES),
});

const DOC_IDS = ['legislation-chn-anti-money-laundering-law', 'case-gbr-aul-2022', 'synthetic-law-1', 'no-such-document'];
const segment = (valid: readonly string[]) => fc.oneof(value(valid), fc.constantFrom('..', '.', '%2e%2e', '..%2F..%2Fetc%2Fpasswd', '%2F', 'a%2Fb', '%5C', '%00', 'con', 'aux'));
const get = (target: string): FuzzRequest => ({ method: 'GET', target });

/**
 * Requests per route; each entry: route label → generator. Request targets stay under 12,000
 * characters: above Node's 16 KB header limit Node itself answers 431 before the app sees them.
 */
export function routeRequests(): Record<string, fc.Arbitrary<FuzzRequest>> {
  const routes = allRoutes();
  return Object.fromEntries(Object.entries(routes).map(([k, a]) => [k, a.filter((r) => r.target.length <= 12_000)]));
}

function allRoutes(): Record<string, fc.Arbitrary<FuzzRequest>> {
  const locale = queryString({ locale: value(UN_LANGUAGES) });
  return {
    search: queryString(SEARCH_PARAMS()).map((qs) => get(`/api/search?${qs}`)),
    // Export narrowed to one small country so a valid request streams a few rows, not the library.
    export: queryString({ ...SEARCH_PARAMS(), format: value(['csv', 'json', 'xlsx']) }).map((qs) => get(`/api/export?country=MLT&${qs}`)),
    feed: queryString(SEARCH_PARAMS()).map((qs) => get(`/api/feed?${qs}`)),
    document: fc.tuple(segment(DOC_IDS), locale).map(([id, qs]) => get(`/api/documents/${id}?${qs}`)),
    provision: fc.tuple(segment(DOC_IDS), segment(['art-1', 'art-5', 's-462.31', 'para-12', 'ART-1', 'art_1', 'art-1-dup2']))
      .map(([id, key]) => get(`/api/documents/${id}/provisions/${key}`)),
    treaty: fc.tuple(segment([...TREATY_CODES, 'untoc', 'UNTOC-5']), segment(['1', '5', '41', '0', '99999', '5.0', '05', '-1', '1e1', ' 5']), locale)
      .map(([code, n, qs]) => get(`/api/treaties/${code}/articles/${n}?${qs}`)),
    matrix: queryString({ article: value(['UNTOC-5', 'UNTOC-6', 'TIP-3', 'SOM-6', 'FP-5']), locale: value(UN_LANGUAGES) }).map((qs) => get(`/api/matrix?${qs}`)),
    country: fc.tuple(segment(['CHN', 'FRA', 'chn', 'INT', 'ZZZ', 'GB', 'GBRR']), locale).map(([c, qs]) => get(`/api/countries/${c}?${qs}`)),
    vocab: locale.map((qs) => get(`/api/vocab?${qs}`)),
    openapi: locale.map((qs) => get(`/api/openapi.json?${qs}`)),
    health: locale.map((qs) => get(`/api/health?${qs}`)),
    similar: similarRequest(),
    // Wrong methods, unknown routes and trailing junk on every path.
    other: fc.tuple(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
      fc.constantFrom('/api/search', '/api/similar', '/api/documents', '/api/documents/', '/api/matrix/x', '/api/vocab/', '/api/', '/api', '/api/treaties/UNTOC', '/api/countries/'),
      segment(['x'])).map(([method, p, s]) => ({ method, target: `${p}${s === 'x' ? '' : `/${s}`}` })),
  };
}

function similarRequest(): fc.Arbitrary<FuzzRequest> {
  const text = fc.oneof(
    fc.constantFrom('Any person who converts or transfers property knowing that it is the proceeds of crime shall be punished.', '明知是毒品犯罪、黑社会性质的组织犯罪的所得及其产生的收益，为掩饰、隐瞒其来源和性质。', 'x'.repeat(19), ' '.repeat(50), 'a'.repeat(5001)),
    fc.string({ unit: 'binary', minLength: 0, maxLength: 200 }), fc.string({ unit: 'grapheme', minLength: 20, maxLength: 300 }),
    fc.constantFrom(...UNICODE_EDGES, ...INJECTIONS).map((s) => s.repeat(25)),
  );
  const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, 1, 'text', [], {}, true));
  const body = fc.record({
    text: fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: anyJson }),
    lang: fc.oneof(fc.constantFrom('en', 'zh', 'fr', 'EN', 'xx', 'engl', ''), anyJson),
    kind: fc.oneof(fc.constantFrom(...KIND_CODES, 'law'), anyJson),
    country: fc.oneof(fc.constantFrom('CHN', 'fra', 'ZZZ', 'CHN OR 1=1', 'C"N'), anyJson),
    exclude_country: fc.oneof(fc.constantFrom('CHN', 'FRA', 'ZZZ', 'A"B', 'zz9'), anyJson),
    limit: fc.oneof(fc.integer({ min: -5, max: 80 }), fc.constantFrom(1.5, Number.MAX_VALUE * 2, '10', null)),
    locale: fc.oneof(fc.constantFrom(...UN_LANGUAGES, 'de'), anyJson),
    extra: anyJson,
  }, { requiredKeys: [] });
  const jsonBody = body.map((b) => JSON.stringify(b));
  const raw = fc.oneof(
    jsonBody,
    fc.constantFrom('{"text":', '{"text": "abc"', '[]', 'null', '"just a string"', '123', '{"__proto__": {"polluted": 1}, "text": "Any person who launders money shall be punished"}', '{"text": "\\ud800\\ud800 money laundering of proceeds of crime"}', '', '{'.repeat(5000), `{"text": "${'a'.repeat(70_000)}"}`),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a).toString('latin1')),
  );
  const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/json; charset=xx',
    'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '', 'application/vnd.api+json', '*/*', 'application/json, text/plain');
  return fc.tuple(raw, contentType, fc.constantFrom('identity', '', 'gzip', 'deflate', 'br', 'x-unknown')).map(([b, ct, ce]) => {
    const headers: Record<string, string> = {};
    if (ct) headers['Content-Type'] = ct;
    // A Content-Encoding the body does not have: must be a 4xx, never a crash.
    if (ce) headers['Content-Encoding'] = ce;
    return { method: 'POST', target: '/api/similar', headers, body: Buffer.from(b, [...b].some((c) => c.charCodeAt(0) > 0xff) ? 'utf8' : 'latin1') };
  });
}
