/**
 * JSON and BibTeX adapters (treaty-json, case-facts-json, csl-json, bibtex) against real corpus
 * documents read from CORPUS_DIR at test time; small synthetic strings for malformed input.
 */
import { ManifestRecord, PROVISION_KEY_PATTERN } from '../../corpus/schema.js';
import { treatyJsonAdapter } from '../../ingest/adapters/treaty-json.js';
import { caseFactsJsonAdapter, firstSentences } from '../../ingest/adapters/case-facts-json.js';
import { cslJsonAdapter } from '../../ingest/adapters/csl-json.js';
import { bibtexAdapter } from '../../ingest/adapters/bibtex.js';
import { deTex, splitTopLevel } from '../../ingest/adapters/bib/bibtex-parse.js';
import type { Adapter, AdapterResult } from '../../ingest/adapters/types.js';
import { corpusText, corpusProvision, parsedCorpusDocument, rawManifest, rawRecord } from '../helpers/corpus.js';

const parsed = parsedCorpusDocument;
const provision = corpusProvision;
function synthetic(adapter: Adapter, recordId: string, text: string, file = 'synthetic.json'): AdapterResult {
  const record = ManifestRecord.parse({ ...rawRecord(recordId), id: 'synthetic-doc' });
  return adapter.parse({ record, file, text }) as AdapterResult;
}

describe('treaty JSON', () => {
  it('UNTOC (en): title, 41 articles, art-5 number, heading and text start', async () => {
    const { document, findings } = await parsed('treaty-int-untoc-en');
    expect(document.title).toBe('United Nations Convention against Transnational Organized Crime');
    expect(document.meta).toEqual({ treaty: 'UNTOC' });
    expect(document.provisions.map((p) => p.key)).toEqual(Array.from({ length: 41 }, (_, i) => `art-${i + 1}`));
    const art5 = await provision('treaty-int-untoc-en', 'art-5');
    expect(art5).toMatchObject({ number: 'Article 5', heading: 'Criminalization of participation in an organized criminal group', type: 'article', path: [] });
    expect(art5.text.startsWith('1.   Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offen')).toBe(true);
    expect(findings).toEqual([]);
  });
  it('UNTOC (es): "Artículo N", no heading, text begins with the title paragraphs as found', async () => {
    const art5 = await provision('treaty-int-untoc-es', 'art-5');
    expect(art5.number).toBe('Artículo 5');
    expect(art5.heading).toBeNull();
    expect(art5.text.startsWith('Penalización de la participación en un grupo\n\ndelictivo organizado\n\n1. Cada Estado Parte adoptará')).toBe(true);
    expect((await provision('treaty-int-untoc-es', 'art-1')).text.startsWith('Finalidad\n\nEl propósito de la presente Convención')).toBe(true);
  });
  it('UNTOC (nl) and TIP (en): "Artikel N"; article titles as headings', async () => {
    expect(await provision('treaty-int-untoc-nl', 'art-5')).toMatchObject({ number: 'Artikel 5', heading: 'Strafbaarstelling van deelname aan een criminele organisatie' });
    const tip3 = await provision('treaty-int-tip-en', 'art-3');
    expect(tip3).toMatchObject({ number: 'Article 3', heading: 'Use of terms' });
    expect(tip3.text.startsWith('For the purposes of this Protocol: \n\na) ``Trafficking in persons" shall mean')).toBe(true);
    expect((await parsed('treaty-int-tip-en')).document.provisions).toHaveLength(20);
  });
});

describe('case facts JSON (LeCaRD)', () => {
  const id = 'case-chn-lecard-ridx-13';
  it('one "facts" provision holding q exactly; charges as given by the source', async () => {
    const source = JSON.parse(corpusText(id)) as { q: string; crime: string[]; ridx: number };
    const { document, findings } = await parsed(id);
    expect(document.provisions).toEqual([{ key: 'facts', number: null, heading: '基本案情', text: source.q, type: 'other', path: [] }]);
    expect(document.meta).toEqual({ charges: ['非法持有毒品罪'], ridx: 13, sourcePath: 'ab2976a151d26638c802264ba8ed5d35.txt' });
    expect(document.date).toBeNull();
    expect(document.summary).toBe('2013年10月的一天下午，黄某弟和王某兴、王某在黄某弟家里打牌，黄某弟打电话让被告人陈显清送毒品到其家中。');
    expect(findings).toEqual([]);
  });
  it('negative ridx and several charges are kept as found', async () => {
    const source = JSON.parse(corpusText('case-chn-lecard-ridx-neg1071')) as { crime: string[]; ridx: number };
    const { document } = await parsed('case-chn-lecard-ridx-neg1071');
    expect(document.meta).toMatchObject({ charges: source.crime, ridx: -1071 });
  });
  it('summary: sentences up to a useful length', () => {
    expect(firstSentences('短。也短。第三句话比较长一些，足够长了，足够长了，足够长了，足够长了，足够长了。第四句。', 20)).toBe('短。也短。第三句话比较长一些，足够长了，足够长了，足够长了，足够长了，足够长了。');
  });
});

describe('CSL-JSON', () => {
  it('journal article: family/given author, container, ISSN, year; one "record" provision', async () => {
    const id = 'bibliography-int-martinez-osorio-2021-trata-mexico-ca';
    const { document, findings } = await parsed(id);
    expect(document.title).toBe('La trata de personas en la legislación penal de México y Centro América');
    expect(document.date).toBe('2021');
    expect(document.summary).toBeNull();
    expect(document.meta).toMatchObject({
      authors: ['Martínez Osorio, Martín Alexander'], container: 'Perfiles de las Ciencias Sociales', year: '2021',
      issn: '2007-9362', volume: '8', issue: '16', page: '210-243', type: 'article-journal',
    });
    expect(document.meta).not.toHaveProperty('publisher');
    expect(document.provisions).toEqual([{ key: 'record', number: null, heading: null, text: 'La trata de personas en la legislación penal de México y Centro América\nPerfiles de las Ciencias Sociales', type: 'other', path: [] }]);
    expect(findings).toEqual([]);
  });
  it('report: literal author, full issued date, publisher', async () => {
    const { document } = await parsed('bibliography-int-unodc-2010-guidance-note-cybercrime');
    expect(document.date).toBe('2010-01-05');
    expect(document.meta).toMatchObject({ authors: ['UNODC Organized Crime and Criminal Justice Section (G. Murray)'], publisher: 'United Nations Office on Drugs and Crime', year: '2010' });
    expect(document.provisions[0].text).toBe('Guidance Note: Cybercrime\nUnited Nations Office on Drugs and Crime');
  });
});

describe('BibTeX', () => {
  it('article: title, three authors, year and month, journal as container, DOI, keywords, abstract', async () => {
    const id = 'bibliography-mex-estevez-soto-2018-b';
    const { document, findings } = await parsed(id);
    expect(document.title).toBe('Are repeatedly extorted businesses different? A multilevel hurdle model of extortion victimization');
    expect(document.date).toBe('2020-10');
    expect(document.meta).toMatchObject({
      authors: ['Estévez-Soto, Patricio R', 'Johnson, Shane D', 'Tilley, Nick'], year: '2020', container: 'Journal of Quantitative Criminology',
      publisher: 'Springer US', doi: '10.1007/s10940-020-09480-8', issn: '0748-4518', entryType: 'article', citationKey: 'Estevez-Soto2018b',
    });
    expect((document.meta?.keywords as string[]).slice(0, 3)).toEqual(['Crimes against businesses', 'Extortion', 'Hurdle model']);
    expect(document.provisions.map((p) => p.key)).toEqual(['abstract']);
    const abstract = await provision(id, 'abstract');
    expect(abstract.text.startsWith('Objectives. Research consistently shows that crime concentrates on a few repeatedly victimized places and targets.')).toBe(true);
    expect(abstract.text).toContain('event dependence.\n\nMethods. Drawing on Mexico’s commercial victimization survey');
    expect(document.summary).toBe(abstract.text);
    // isbn = {0123456789} and number = {0123456789} are reference-manager placeholders.
    expect(findings.map((f) => [f.rule, f.element, f.line])).toEqual([['bibtex-placeholder', 'isbn', 15], ['bibtex-placeholder', 'number', 20]]);
    expect(document.meta).not.toHaveProperty('isbn');
  });
  it('thesis: booktitle as container; the local "file" path is not kept', async () => {
    const { document } = await parsed('bibliography-mex-estevez-soto-2015');
    expect(document.meta).toMatchObject({ container: 'UCL (University College London)', publisher: 'University College London', entryType: 'phdthesis', language: 'en' });
    expect(JSON.stringify(document.meta)).not.toContain('mendeley');
  });
  it('entry without abstract: the citation is the one provision', async () => {
    const { document } = await parsed('bibliography-mex-estevez-soto-2021');
    expect(document.summary).toBeNull();
    expect(document.meta).toMatchObject({ keywords: ['extortion', 'organised crime', 'decision theory', 'Mexico'] });
    expect(document.provisions).toEqual([{ key: 'record', number: null, heading: null, text: 'Determinants of extortion compliance: Empirical evidence from a victimisation survey\nBritish Journal of Criminology\nOxford University Press', type: 'other', path: [] }]);
  });
  it('LaTeX: accents, escapes, protective braces; names split on top-level "and"', () => {
    expect(deTex('Est{\\\'e}vez-Soto \\& {UNODC}')).toBe('Estévez-Soto & UNODC');
    expect(splitTopLevel('Doe, J and {Office on Drugs and Crime}', /^\s+and\s+/)).toEqual(['Doe, J', '{Office on Drugs and Crime}']);
  });
});

describe('malformed JSON and BibTeX give findings, not a crash', () => {
  it('treaty-json: JSON that does not parse → json-syntax with its line', () => {
    const { document, findings } = synthetic(treatyJsonAdapter, 'treaty-int-untoc-en', '{\n  "treaty": "UNTOC",\n  "articles": [\n    {"number": "1", "text": "x"}\n  ,]\n}');
    expect(document.provisions).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'synthetic.json', rule: 'json-syntax', documentId: 'synthetic-doc' });
    expect(findings[0].line).toBe(5);
    expect(findings[0].reason).toMatch(/^Unexpected JSON syntax \(.+\), expected valid JSON$/);
  });
  it('treaty-json: missing article text and a gap in the numbering → findings with JSON pointers', () => {
    const { document, findings } = synthetic(treatyJsonAdapter, 'treaty-int-untoc-en', JSON.stringify({ treaty: 'UNTOC', language: 'en', title: 'T', articles: [{ number: '1', title: null }, { number: '3', title: 'B', text: 'b' }] }));
    expect(document.provisions.map((p) => [p.key, p.number])).toEqual([['art-3', 'Article 3']]);
    expect(findings.map((f) => [f.severity, f.rule, f.element])).toEqual([
      ['error', 'json-missing-field', '/articles/0/text'], ['warning', 'treaty-empty-article', '/articles/0/text'], ['warning', 'treaty-numbering', '/articles/1/number'],
    ]);
  });
  it('treaty-json: no articles array', () => {
    const { findings } = synthetic(treatyJsonAdapter, 'treaty-int-untoc-en', '{"treaty": "UNTOC"}');
    expect(findings).toEqual([expect.objectContaining({ rule: 'json-missing-field', element: '/articles', reason: 'Unexpected nothing for "articles", expected an array of {number, title, text}' })]);
  });
  it('case-facts-json: truncated object → json-syntax', () => {
    const { findings } = synthetic(caseFactsJsonAdapter, 'case-chn-lecard-ridx-13', '{"path": "x", "ridx": 1, "q": "甲。", "crime": ["盗窃罪"]');
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['json-syntax', 1]]);
  });
  it('case-facts-json: q missing, crime not a list', () => {
    const { document, findings } = synthetic(caseFactsJsonAdapter, 'case-chn-lecard-ridx-13', '{"path": "x", "ridx": 1, "crime": "盗窃罪"}');
    expect(document.provisions).toEqual([]);
    expect(findings.map((f) => [f.rule, f.element])).toEqual([['json-missing-field', '/q'], ['json-field-type', '/crime']]);
  });
  it('csl-json: empty array and bad date parts', () => {
    expect(synthetic(cslJsonAdapter, 'bibliography-int-osce-2017-ilp-guidebook', '[]').findings.map((f) => f.rule)).toEqual(['csl-items']);
    const { document, findings } = synthetic(cslJsonAdapter, 'bibliography-int-osce-2017-ilp-guidebook', '[{"title": "T", "issued": {"date-parts": [["x"]]}}]');
    expect(document.date).toBeNull();
    expect(findings.map((f) => [f.rule, f.element])).toEqual([['csl-issued', '/0/issued']]);
  });
  it('bibtex: unbalanced braces → bibtex-unbalanced at the field, fields before it kept', () => {
    const { document, findings } = synthetic(bibtexAdapter, 'bibliography-mex-estevez-soto-2021', '@article{k,\n title = {A {nested} title},\n abstract = {unbalanced {brace,\n year = 2020\n}', 'synthetic.bib');
    expect(document.title).toBe('A nested title');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', file: 'synthetic.bib', line: 3, element: 'abstract', rule: 'bibtex-unbalanced' })]);
  });
  it('bibtex: no entry, and a field without "="', () => {
    expect(synthetic(bibtexAdapter, 'bibliography-mex-estevez-soto-2021', 'nothing here', 'x.bib').findings.map((f) => f.rule)).toEqual(['bibtex-entry']);
    const { document, findings } = synthetic(bibtexAdapter, 'bibliography-mex-estevez-soto-2021', '@misc{k,\n title = "Quoted title",\n year 2020\n}', 'x.bib');
    expect(document.title).toBe('Quoted title');
    expect(findings.map((f) => [f.rule, f.line, f.element])).toEqual([['bibtex-syntax', 3, 'year']]);
  });
});

describe('every corpus file of the JSON and BibTeX formats', () => {
  const formats = new Set(['treaty-json', 'case-facts-json', 'csl-json', 'bibtex']);
  const records = rawManifest().filter((r) => r.format && formats.has(r.format));
  it('covers 73 files', () => expect(records).toHaveLength(73));
  it.each(records.map((r) => [r.id]))('%s: unique keys matching the pattern, no empty text, no errors', async (id) => {
    const { document, findings } = await parsed(id);
    expect(document.provisions.length).toBeGreaterThan(0);
    const k = document.provisions.map((p) => p.key);
    expect(new Set(k).size).toBe(k.length);
    expect(k.filter((x) => !PROVISION_KEY_PATTERN.test(x))).toEqual([]);
    expect(document.provisions.filter((p) => p.text.trim() === '').map((p) => p.key)).toEqual([]);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
