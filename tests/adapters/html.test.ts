/**
 * HTML adapter against real corpus documents (read from CORPUS_DIR at test time), one family at a
 * time, plus small synthetic inputs for what the corpus does not show (numeric character
 * references without a charset, script/style/comments, §1956 which no corpus file holds).
 */
import { ManifestRecord } from '../../corpus/schema.js';
import { htmlAdapter, detectHtmlFamily } from '../../ingest/adapters/html.js';
import type { AdapterResult, ParsedProvision } from '../../ingest/adapters/types.js';
import { parseCorpusDocument, rawManifest, rawRecord, expectWellFormedProvisions } from '../helpers/corpus.js';

const cache = new Map<string, Promise<AdapterResult>>();
function parsed(id: string): Promise<AdapterResult> {
  if (!cache.has(id)) cache.set(id, Promise.resolve(parseCorpusDocument(id)));
  return cache.get(id) as Promise<AdapterResult>;
}
async function provision(id: string, key: string): Promise<ParsedProvision> {
  const p = (await parsed(id)).document.provisions.find((x) => x.key === key);
  if (!p) throw new Error(`${id} has no provision ${key}`);
  return p;
}
function synthetic(text: string): AdapterResult {
  const record = ManifestRecord.parse({ ...rawRecord('legislation-usa-usc-title-18-part-v-immunity-of-witnesses'), id: 'synthetic-html' });
  return htmlAdapter.parse({ record, file: 'synthetic.html', text }) as AdapterResult;
}
const TAG = /<\/?(?:p|span|div|a|br|pre|h[1-6]|td|tr|table|strong|b|i|sup|html|body|head|script|style)\b/i;

describe('U.S. Code (govinfo HTML)', () => {
  const money = 'legislation-usa-usc-title-31-subtitle-iv-money';
  it('reads title, edition and one provision per section, repealed sections kept', async () => {
    const { document, findings } = await parsed(money);
    expect(document.title).toBe('Title 31 - MONEY AND FINANCE, SUBTITLE IV - MONEY');
    expect(document.date).toBe('2023');
    expect(document.meta).toMatchObject({ edition: 2023, current_through: '2024-01-03' });
    expect(document.provisions).toHaveLength(76);
    expect(findings).toEqual([]);
  });
  it('§5324: number, catchline, chapter path and statute text', async () => {
    const p = await provision(money, 's-5324');
    expect(p.number).toBe('§5324');
    expect(p.heading).toBe('Structuring transactions to evade reporting requirement prohibited');
    expect(p.type).toBe('section');
    expect(p.path).toEqual(['TITLE 31—MONEY AND FINANCE', 'SUBTITLE IV—MONEY', 'CHAPTER 53—MONETARY TRANSACTIONS', 'SUBCHAPTER II—RECORDS AND REPORTS ON MONETARY INSTRUMENTS TRANSACTIONS']);
    expect(p.text.startsWith('(a) Domestic Coin and Currency Transactions Involving Financial Institutions.—No person shall, for the purpose of evading the reporting requirements of section 5313(a)')).toBe(true);
    // Editorial notes are not statute text.
    expect(p.text).not.toMatch(/Editorial Notes|Amendments/);
  });
  it('§5318A keeps its letter; repealed §5327 keeps its summary', async () => {
    expect((await provision(money, 's-5318a')).number).toBe('§5318A');
    const repealed = await provision(money, 's-5327');
    expect(repealed.heading?.startsWith('Repealed. Pub. L. 104–208')).toBe(true);
    expect(repealed.text.startsWith('Section, added Pub. L. 102–550, title XV, §1511(a)')).toBe(true);
  });
  it('Part V: the five sections of chapter 601', async () => {
    const { document } = await parsed('legislation-usa-usc-title-18-part-v-immunity-of-witnesses');
    expect(document.provisions.map((p) => p.key)).toEqual(['s-6001', 's-6002', 's-6003', 's-6004', 's-6005']);
    const p6002 = document.provisions[1];
    expect(p6002.heading).toBe('Immunity generally');
    expect(p6002.path[2]).toBe('CHAPTER 601—IMMUNITY OF WITNESSES');
    expect(p6002.text.startsWith('Whenever a witness refuses, on the basis of his privilege against self-incrimination')).toBe(true);
  });
  it('sections superseded by rules or omitted keep their explanatory note', async () => {
    expect((await parsed('legislation-usa-usc-title-18-part-ii-criminal-procedure')).document.provisions).toHaveLength(335);
    const rule = await provision('legislation-usa-usc-title-18-part-ii-criminal-procedure', 's-3001');
    expect(rule.text.startsWith('See Federal Rules of Criminal Procedure\nScope, rule 1.')).toBe(true);
    const omitted = await provision('legislation-usa-usc-title-15-chapter-2b-securities-exchanges', 's-78ii');
    expect(omitted.heading).toBe('Omitted');
    expect(omitted.text.startsWith('Codification\nSection, act June 6, 1934')).toBe(true);
    expect((await provision('legislation-usa-usc-title-15-chapter-2b-securities-exchanges', 's-78dd-1')).heading).toBe('Prohibited foreign trade practices by issuers');
  });
  it('§1956 in the govinfo layout (no corpus file holds Title 18 Part I)', () => {
    const { document } = synthetic(`<html><body>
<!-- documentid:18_1956 currentthrough:20240103 -->
<!-- expcite:TITLE 18-CRIMES AND CRIMINAL PROCEDURE!@!PART I-CRIMES!@!CHAPTER 95-RACKETEERING!@!Sec. 1956 -->
<!-- field-start:head --><h3 class="section-head">&sect;1956. Laundering of monetary instruments</h3><!-- field-end:head -->
<!-- field-start:statute --><p class="statutory-body">(a)(1) Whoever, knowing that the property<sup><a href="#x">1</a></sup> involved&#8212;</p><!-- field-end:statute -->
<!-- field-start:notes --><h4 class="note-head">Amendments</h4><!-- field-end:notes -->
</body></html>`);
    expect(document.provisions).toEqual([{
      key: 's-1956', number: '§1956', heading: 'Laundering of monetary instruments', type: 'section',
      text: '(a)(1) Whoever, knowing that the property involved—',
      path: ['TITLE 18—CRIMES AND CRIMINAL PROCEDURE', 'PART I—CRIMES', 'CHAPTER 95—RACKETEERING'],
    }]);
  });
});

describe('Russian codes (Word HTML)', () => {
  const uk = 'legislation-rus-criminal-code';
  it('reads title, signing date, law number and every article', async () => {
    const { document } = await parsed(uk);
    expect(document.title).toBe('Уголовный кодекс Российской Федерации');
    expect(document.date).toBe('1996-06-13');
    expect(document.meta).toMatchObject({ law_number: '63-ФЗ', adopted_by_duma: '1996-05-24' });
    expect(document.provisions).toHaveLength(523);
  });
  it('Статья 210: key, number, heading, path and text', async () => {
    const p = await provision(uk, 'art-210');
    expect(p.number).toBe('Статья 210');
    expect(p.heading).toBe('Организация преступного сообщества (преступной организации) или участие в нем (ней)');
    expect(p.heading).toContain('преступного сообщества');
    expect(p.path).toEqual(['ОСОБЕННАЯ ЧАСТЬ', 'Раздел IX. ПРЕСТУПЛЕНИЯ ПРОТИВ ОБЩЕСТВЕННОЙ БЕЗОПАСНОСТИ И ОБЩЕСТВЕННОГО ПОРЯДКА', 'ГЛАВА 24. ПРЕСТУПЛЕНИЯ ПРОТИВ ОБЩЕСТВЕННОЙ БЕЗОПАСНОСТИ']);
    expect(p.text.startsWith('1. Создание преступного сообщества (преступной организации) в целях совершения одного или нескольких тяжких')).toBe(true);
    // The superscript part 1¹ reads 1.1, as Russian citations write it.
    expect(p.text).toContain('\n1.1. Участие в собрании организаторов');
  });
  it('inserted and repealed articles', async () => {
    const inserted = await provision(uk, 'art-210.1');
    expect(inserted.number).toBe('Статья 210.1');
    expect(inserted.heading).toBe('Занятие высшего положения в преступной иерархии');
    const repealed = await provision(uk, 'art-16');
    expect(repealed.heading).toBeNull();
    expect(repealed.text).toBe('(Статья утратила силу - Федеральный закон от 08.12.2003 № 162-ФЗ)');
    expect((await provision(uk, 'art-104.1')).path[2]).toBe('ГЛАВА 15.1. КОНФИСКАЦИЯ ИМУЩЕСТВА');
  });
  it('procedure and forest codes; a repealed chapter without articles is kept', async () => {
    expect((await parsed('legislation-rus-criminal-procedure-code')).document.provisions).toHaveLength(558);
    const forest = await parsed('legislation-rus-forest-code');
    expect(forest.document.date).toBe('2006-12-04');
    expect(forest.document.provisions).toHaveLength(194);
    const ch = forest.document.provisions.find((p) => p.key === 'ch-15');
    expect(ch).toMatchObject({ number: 'Глава 15', type: 'chapter', text: '(Глава утратила силу - Федеральный закон от 27.12.2018 № 538-ФЗ)' });
  });
  it('decodes numeric character references in a file without charset', () => {
    const { document } = synthetic('<html><head><title>x</title></head><body><p class="T">&#1059;&#1075;&#1086;&#1083;&#1086;&#1074;&#1085;&#1099;&#1081; &#1082;&#1086;&#1076;&#1077;&#1082;&#1089;</p>'
      + '<p class="H">&#1057;&#1090;&#1072;&#1090;&#1100;&#1103; 5. &#1055;&#1088;&#1080;&#1085;&#1094;&#1080;&#1087; &#1074;&#1080;&#1085;&#1099;</p><p>1.&nbsp;&#1051;&#1080;&#1094;&#1086;</p></body></html>');
    expect(document.title).toBe('Уголовный кодекс');
    expect(document.provisions).toEqual([{ key: 'art-5', number: 'Статья 5', heading: 'Принцип вины', text: '1. Лицо', type: 'article', path: [] }]);
  });
});

describe('Brazilian codes (div classes)', () => {
  const cp = 'legislation-bra-criminal-code';
  it('reads title, decree date, preamble and every article', async () => {
    const { document } = await parsed(cp);
    expect(document.title).toBe('Código Penal');
    expect(document.date).toBe('1940-12-07');
    expect(document.provisions).toHaveLength(429);
    expect(document.provisions[0]).toMatchObject({ key: 'preamble', type: 'preamble' });
    expect(document.provisions[0].text.startsWith('O PRESIDENTE DA REPÚBLICA')).toBe(true);
  });
  it('Art. 121: rubric as heading, paragraphs and incisos in the text, broken rubrics repaired', async () => {
    const p = await provision(cp, 'art-121');
    expect(p.number).toBe('Art. 121');
    expect(p.heading).toBe('Homicídio simples');
    expect(p.path).toEqual(['PARTE ESPECIAL', 'TÍTULO I — DOS CRIMES CONTRA A PESSOA', 'CAPÍTULO I — DOS CRIMES CONTRA A VIDA']);
    expect(p.text.startsWith('Matar alguem:\nPena - reclusão, de seis a vinte anos.\nCaso de diminuição de pena\n§ 1: Se o agente comete o crime')).toBe(true);
    expect(p.text).toContain('\nI - mediante paga ou promessa de recompensa, ou por outro motivo torpe;');
    const next = await provision(cp, 'art-121-a');
    expect(next).toMatchObject({ number: 'Art. 121-A', heading: 'Feminicídio' });
    expect((await provision(cp, 'art-1')).heading).toBe('Anterioridade da Lei');
    expect((await provision(cp, 'art-2')).heading).toBe('Lei penal no tempo');
  });
  it('procedure code: lettered articles written `Art. 3: A.`', async () => {
    const { document } = await parsed('legislation-bra-criminal-procedure-code');
    expect(document.date).toBe('1941-10-03');
    expect(document.provisions).toHaveLength(854);
    const p = await provision('legislation-bra-criminal-procedure-code', 'art-3-a');
    expect(p).toMatchObject({ number: 'Art. 3-A', heading: 'Juiz das Garantias' });
    expect(p.text.startsWith('O processo penal terá estrutura acusatória')).toBe(true);
  });
});

describe('U.S. Supreme Court opinions (CourtListener)', () => {
  it('Leonard v. Texas: parts I–IV of the statement, citation and date', async () => {
    const { document } = await parsed('case-usa-leonard-2017');
    expect(document.title).toBe('LEONARD v. TEXAS');
    expect(document.date).toBe('2017-03-06');
    expect(document.meta).toMatchObject({ court: 'Supreme Court of the United States', citation: '580 U. S. ____ (2017)', docket: '16–122' });
    expect(document.provisions.map((p) => p.key)).toEqual(['part-statement-of-thomas', 'part-statement-of-thomas-i', 'part-statement-of-thomas-ii', 'part-statement-of-thomas-iii', 'part-statement-of-thomas-iv']);
    const ii = document.provisions[2];
    expect(ii).toMatchObject({ number: 'II', path: ['Statement of THOMAS, J.'] });
    // The citation link runs on in the sentence; page headers are gone.
    expect(ii.text.startsWith('Modern civil forfeiture statutes are plainly designed, at least in part, to punish the owner of property used for criminal purposes. See, e.g., Austin v. United States, 509 U.S. 602, 618–619 (1993).')).toBe(true);
    for (const p of document.provisions) expect(p.text).not.toMatch(/Cite as:|\d\s+LEONARD v\. TEXAS|^Statement of THOMAS, J\.$/m);
  });
  it('Bravo-Fernandez: syllabus, opinion of the court with I.A–II.B, footnotes, concurrence', async () => {
    const { document } = await parsed('case-usa-bravo-fernandez-2016');
    expect(document.date).toBe('2016-11-29');
    expect(document.provisions.map((p) => p.key)).toEqual([
      'part-syllabus', 'part-opinion', 'part-opinion-i-a', 'part-opinion-i-b', 'part-opinion-i-c',
      'part-opinion-ii', 'part-opinion-ii-a', 'part-opinion-ii-b', 'note-opinion', 'part-thomas-concurring',
    ]);
    const ia = document.provisions[2];
    expect(ia).toMatchObject({ number: 'I.A', path: ['Opinion of the Court', 'I'] });
    expect(ia.text.startsWith('The doctrine of claim preclusion instructs that a final judgment on the merits')).toBe(true);
    // A word hyphenated across a page break (soft hyphen) is whole again.
    expect(document.provisions[4].text).toContain('The prosecution stemmed from an alleged bribe');
    expect(document.provisions[8].text.startsWith('1 The parties use the expression “collateral estoppel component,” but as this Court has observed')).toBe(true);
    expect(document.summary?.startsWith('The issue-preclusion component of the Double Jeopardy Clause bars a second contest')).toBe(true);
  });
  it('Baston: dissent parts and undone line-end hyphenation', async () => {
    const { document } = await parsed('case-usa-baston-2017');
    expect(document.provisions.map((p) => p.number)).toEqual([null, 'I', 'II', 'III', 'III.A', 'III.B']);
    expect(document.provisions[0].heading).toBe('THOMAS, J., dissenting');
    expect(document.provisions[1].text.startsWith('Petitioner Damion St. Patrick Baston is a citizen of Jamaica.')).toBe(true);
    expect(document.provisions[0].text).toContain('regulate economic activity abroad if it has a substantial effect on this Nation’s foreign commerce');
  });
});

describe('CourtListener fragment without slip-opinion layout', () => {
  it('falls back to paragraphs para-N, citation links kept in the sentence', () => {
    const { document } = synthetic('<pre class="inline">The first paragraph is long enough to set the base indentation\nand runs on here.\n  A second paragraph cites </pre><span class="citation"><a href="/opinion/1/">509 U.S. 602</a></span><pre class="inline"> and is long enough too.</pre>');
    expect(document.provisions.map((p) => [p.key, p.text])).toEqual([
      ['para-1', 'The first paragraph is long enough to set the base indentation and runs on here.'],
      ['para-2', 'A second paragraph cites 509 U.S. 602 and is long enough too.'],
    ]);
  });
});

describe('HTML hygiene', () => {
  it('never keeps script, style, comments or attributes', () => {
    const { document } = synthetic('<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><h2 class="x" onclick="evil()">Scope</h2><!-- hidden --><p title="t">Visible <b>text</b>.</p><script>var x = "<p>";</script></body></html>');
    expect(document.provisions).toEqual([{ key: 'sec-1', number: null, heading: 'Scope', text: 'Visible text.', type: 'section', path: [] }]);
  });
  it('detects families from content', () => {
    expect(detectHtmlFamily('<pre class="inline">x</pre>').name).toBe('courtListener');
    expect(detectHtmlFamily('<div class="artigo"><p>x</p></div>').name).toBe('brazilCode');
    expect(detectHtmlFamily('<p>x</p>').name).toBe('genericHtml');
  });
});

describe('every corpus file of format html', () => {
  const ids = rawManifest().filter((r) => r.format === 'html').map((r) => r.id);
  it('has 13 html documents', () => expect(ids).toHaveLength(13));
  it.each(ids)('%s: provisions with unique keys and clean text', async (id) => {
    const { document } = await parsed(id);
    expectWellFormedProvisions(document.provisions);
    for (const p of document.provisions) {
      expect(p.text).not.toMatch(TAG);
      expect(p.text).not.toMatch(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i);
    }
  });
});
