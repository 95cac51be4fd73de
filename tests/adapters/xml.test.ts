/**
 * XML adapters (akn-xml, canada-xml, rechtspraak-xml, cnxml) against real corpus documents read
 * from CORPUS_DIR at test time, field by field; small synthetic strings for malformed input.
 */
import { ManifestRecord, PROVISION_KEY_PATTERN } from '../../corpus/schema.js';
import { aknXmlAdapter } from '../../ingest/adapters/akn-xml.js';
import { canadaXmlAdapter } from '../../ingest/adapters/canada-xml.js';
import { rechtspraakXmlAdapter, follows } from '../../ingest/adapters/rechtspraak-xml.js';
import { cnxmlAdapter } from '../../ingest/adapters/cnxml.js';
import { checkWellFormed } from '../../ingest/adapters/xml/wellformed.js';
import type { Adapter, AdapterResult } from '../../ingest/adapters/types.js';
import { corpusProvision, parsedCorpusDocument, rawManifest, rawRecord } from '../helpers/corpus.js';

const parsed = parsedCorpusDocument;
const provision = corpusProvision;
async function keys(id: string): Promise<string[]> {
  return (await parsed(id)).document.provisions.map((p) => p.key);
}
function synthetic(adapter: Adapter, recordId: string, text: string): AdapterResult {
  const record = ManifestRecord.parse({ ...rawRecord(recordId), id: 'synthetic-xml' });
  return adapter.parse({ record, file: 'synthetic.xml', text }) as AdapterResult;
}

describe('Akoma Ntoso: Mexican federal law (Ley Federal contra la Delincuencia Organizada)', () => {
  const lfcdo = 'legislation-mex-federal-law-against-organized-crime';
  it('reads the FRBRWork date and one provision per article, transitory article and decree header', async () => {
    const { document } = await parsed(lfcdo);
    expect(document.title).toBeNull();
    expect(document.date).toBe('1996-11-07');
    expect(document.meta).toMatchObject({ frbrUri: '/mx/fed/ley/1996-11-07/lfcdo', language: 'spa' });
    expect(document.provisions).toHaveLength(174);
    const main = document.provisions.filter((p) => /^art-\d/.test(p.key));
    expect(main).toHaveLength(57);
    expect(main.slice(0, 4).map((p) => p.key)).toEqual(['art-1', 'art-2', 'art-2-bis', 'art-2-ter']);
    expect(main.at(-1)?.key).toBe('art-45');
  });
  it('art-2: number as written, label stripped, fraction text kept', async () => {
    const p = await provision(lfcdo, 'art-2');
    expect(p.number).toBe('Artículo 2o');
    expect(p.type).toBe('article');
    expect(p.text.startsWith('Cuando tres o más personas se organicen de hecho para realizar, en forma permanente\no reiterada')).toBe(true);
    // The split-off element "Artículo 2" ("Segundo de la Ley General …") is read back into art-2.
    expect(p.text).toContain('Segundo de la Ley General para Prevenir, Sancionar y Erradicar los Delitos en Materia de\nTrata de Personas');
  });
  it('Bis articles get their own keys; page furniture of the PDF is dropped', async () => {
    expect((await provision(lfcdo, 'art-2-bis')).number).toBe('Artículo 2o. Bis');
    expect((await provision(lfcdo, 'art-2-bis')).text.startsWith('Se impondrá hasta dos terceras partes de las penas previstas')).toBe(true);
    expect((await provision(lfcdo, 'art-11-bis-1')).text.startsWith('Para la investigación de los delitos a que se refiere esta Ley, el agente del')).toBe(true);
    const art44 = await provision(lfcdo, 'art-44');
    expect(art44.text).toBe('La regla prevista en el párrafo primero del artículo anterior, se aplicará en relación a los\nbeneficios establecidos en el Código Penal Federal y la Ley aplicable en materia de ejecución de penas.');
  });
  it('the transitory part merged into art-45 is split off: art-45 ends with its own text', async () => {
    const art45 = await provision(lfcdo, 'art-45');
    expect(art45.text.endsWith('delincuencia organizada.\n. Reformado DOF 16-06-2016')).toBe(true);
    const t1 = await provision(lfcdo, 'art-t1-unico');
    expect(t1).toMatchObject({ number: 'ÚNICO', path: ['TRANSITORIO'], type: 'article' });
    expect(t1.text.startsWith('Este Decreto entrará en vigor al día siguiente de su publicación')).toBe(true);
    const decree = await provision(lfcdo, 'note-1');
    expect(decree.type).toBe('note');
    expect(decree.heading).toBe('DECRETO por el que se reforma la Ley Federal contra la Delincuencia Organizada.');
    expect((await provision(lfcdo, 'art-t2-unico')).path).toEqual([decree.heading]);
  });
  it('records the known structural errors as findings and keeps going', async () => {
    const { findings } = await parsed(lfcdo);
    expect(findings.find((f) => f.rule === 'akn-structure')).toMatchObject({ severity: 'warning', file: 'legislation/mex/lfcdo-delincuencia-organizada.xml', line: 28, element: '/akomaNtoso/act/body' });
    expect(findings.find((f) => f.rule === 'akn-article-split')).toMatchObject({ severity: 'info', line: 153, element: '/akomaNtoso/act/body/title[5]/chapter[9]/article[3]' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('Código Penal Federal: articles 1 to 429 in order, with Bis/Ter and hyphenated letters', async () => {
    const main = (await keys('legislation-mex-federal-criminal-code')).filter((k) => /^art-\d/.test(k));
    const plain = main.filter((k) => /^art-\d+$/.test(k)).map((k) => Number(k.slice(4)));
    expect(plain).toEqual(Array.from({ length: 429 }, (_, i) => i + 1));
    expect(main).toEqual(expect.arrayContaining(['art-400-bis', 'art-215-a', 'art-199-sextus', 'art-211-bis-7']));
    const p = await provision('legislation-mex-federal-criminal-code', 'art-400-bis');
    expect(p.text.startsWith('Se impondrá de cinco a quince años de prisión y de mil a cinco mil días multa al')).toBe(true);
  });
});

describe('Akoma Ntoso: UK judgments', () => {
  const oloyowang = 'case-gbr-oloyowang-2021';
  it('R v Oloyowang: parties, citation, court, date and 20 numbered paragraphs', async () => {
    const { document, findings } = await parsed(oloyowang);
    expect(document.title).toBe('REGINA v NATHAN OLOYOWANG [2021] EWCA Crim 1412');
    expect(document.date).toBe('2021-09-23');
    expect(document.meta).toMatchObject({
      parties: 'REGINA v NATHAN OLOYOWANG', citation: '[2021] EWCA Crim 1412', court: 'EWCA-Criminal',
      courtName: 'The Court of Appeal of England and Wales (Criminal Division)',
    });
    expect(document.provisions.filter((p) => p.type === 'paragraph')).toHaveLength(20);
    expect(findings).toEqual([]);
  });
  it('para-1: number, text without the number, superscripts joined', async () => {
    const p = await provision(oloyowang, 'para-1');
    expect(p.number).toBe('1.');
    expect(p.text.startsWith('On 26th March 2021, in the Crown Court at Wood Green, the applicant was convicted of dangerous driving.')).toBe(true);
    expect((await provision(oloyowang, 'preamble')).text).toBe('Thursday 23rd September 2021\nMR JUSTICE HOLGATE:');
  });
  it('Roba: hearing date only, so the date is the year of the citation; levels and sub-headings are the path', async () => {
    const { document, findings } = await parsed('case-gbr-roba-2022');
    expect(document.date).toBe('2022');
    expect(document.meta).toMatchObject({ hearingDate: '2021-02-24', citation: '[2022] UKUT 1 (IAC)', court: 'UKUT-IAC' });
    expect(findings.map((f) => f.rule)).toEqual(['akn-judgment-date']);
    expect(document.provisions.filter((p) => p.type === 'paragraph')).toHaveLength(128);
    expect((await provision('case-gbr-roba-2022', 'para-11')).path).toEqual(['C. The Legal Framework', 'Country guidance']);
    expect(document.provisions.filter((p) => p.type === 'annex').map((p) => p.heading)).toEqual(['APPENDIX 1', 'APPENDIX 2', 'APPENDIX 3', 'APPENDIX 4']);
    // Footnotes are their own provisions and not inside the paragraph text.
    expect(document.provisions.filter((p) => p.type === 'note')).toHaveLength(36);
    expect((await provision('case-gbr-roba-2022', 'note-1')).text).toBe('https://www.amnesty.org/en/search/?country=38595');
  });
  it('Nigeria v P&ID: 595 paragraphs under their sub-headings', async () => {
    expect((await keys('case-gbr-nigeria-v-pid-2023')).filter((k) => k.startsWith('para-'))).toHaveLength(595);
    expect((await provision('case-gbr-nigeria-v-pid-2023', 'para-40')).path).toEqual(['Business in Nigeria; the ICIL Group']);
  });
});

describe('Justice Canada XML', () => {
  const cfpoa = 'legislation-can-corruption-foreign-public-officials-act-en-xml';
  it('Corruption of Foreign Public Officials Act: short title, pit-date, long title as summary, 11 sections', async () => {
    const { document, findings } = await parsed(cfpoa);
    expect(document.title).toBe('Corruption of Foreign Public Officials Act');
    expect(document.date).toBe('2017-10-31');
    expect(document.summary?.startsWith('An Act respecting the corruption of foreign public officials and the implementation of the Convention')).toBe(true);
    expect(document.meta).toMatchObject({ chapter: 'C-45.2', year_enacted: 1998 });
    expect(document.provisions.map((p) => p.key)).toEqual(['s-1', 's-2', 's-3', 's-4', 's-5', 's-6', 's-7', 's-8-to-10', 's-11', 's-12', 's-13']);
    expect(findings).toEqual([]);
  });
  it('s-3: marginal note as heading, heading path, subsections and paragraphs with their labels', async () => {
    const p = await provision(cfpoa, 's-3');
    expect(p).toMatchObject({ number: '3', heading: 'Bribing a foreign public official', path: ['General'], type: 'section' });
    expect(p.text.startsWith('(1) Every person commits an offence who, in order to obtain or retain an advantage in the course of business')).toBe(true);
    expect(p.text).toContain('\n(a) as consideration for an act or omission by the official');
    expect(p.text).toContain('\n(2) Every person who contravenes subsection (1) is guilty of an indictable offence');
    expect(p.text).not.toContain('Punishment');
  });
  it('historical notes and footnotes are not part of the text; repealed text keeps its space', async () => {
    const s2 = await provision(cfpoa, 's-2');
    expect(s2.text).not.toContain('1998, c. 34');
    expect(s2.text).toContain('peace officer [Repealed, 2013, c. 26, s. 2]');
    const s13 = await provision(cfpoa, 's-13');
    expect(s13).toMatchObject({ number: '13', heading: 'Coming into force', path: ['Coming into Force'] });
    expect(s13.text).toBe('This Act or any of its provisions comes into force on a day or days to be fixed by order of the Governor in Council.');
    expect((await provision(cfpoa, 's-8-to-10')).number).toBe('8 to 10');
  });
  it('French version: same sections, French labels', async () => {
    const fr = 'legislation-can-corruption-foreign-public-officials-act-fr-xml';
    expect((await parsed(fr)).document.title).toBe('Loi sur la corruption d’agents publics étrangers');
    expect(await provision(fr, 's-3')).toMatchObject({ heading: 'Corruption d’agents publics étrangers', path: ['Dispositions générales'] });
  });
});

describe('rechtspraak.nl XML', () => {
  it('Rechtbank Rotterdam 2008: ECLI, date, court, type, summary and sections by title', async () => {
    const id = 'case-nld-ecli-nl-rbrot-2008-be7078';
    const { document, findings } = await parsed(id);
    expect(document.title).toBe('ECLI:NL:RBROT:2008:BE7078 Rechtbank Rotterdam , 13-08-2008 / 10/600040-08');
    expect(document.date).toBe('2008-08-13');
    expect(document.meta).toMatchObject({ citation: 'ECLI:NL:RBROT:2008:BE7078', court: 'Rechtbank Rotterdam', documentType: 'Uitspraak', subject: 'Strafrecht', caseNumber: '10/600040-08' });
    expect(document.summary?.startsWith('Promis. Vrijspraak in verband met inzet burgerpseudo-verkoop.')).toBe(true);
    expect(document.provisions.map((p) => p.key)).toEqual(['preamble', 'sec-1', 'sec-2', 'sec-3', 'sec-4', 'sec-5', 'sec-6', 'sec-7', 'sec-8', 'sec-9']);
    expect(await provision(id, 'sec-1')).toMatchObject({ heading: 'VONNIS', type: 'section' });
    expect((await provision(id, 'sec-2')).text).toBe('Het onderzoek op de terechtzitting heeft plaatsgevonden op 30 juli 2008.');
    expect(await provision(id, 'sec-9')).toMatchObject({ heading: 'TEKST TENLASTELEGGING.', path: ['Bijlage bij vonnis van [verdachte]:'] });
    expect(findings).toEqual([]);
  });
  it('Conclusie 2010 (potentialnr): numbered paragraphs 1, 2, 3.1–3.10, 4, 5; quoted numbers are text', async () => {
    const id = 'case-nld-ecli-nl-phr-2010-bm7501';
    expect((await parsed(id)).document.meta).toMatchObject({ citation: 'ECLI:NL:PHR:2010:BM7501', documentType: 'Conclusie', court: 'Parket bij de Hoge Raad' });
    expect(await keys(id)).toEqual(['preamble', 'para-1', 'para-2', 'para-3.1', 'para-3.2', 'para-3.3', 'para-3.4', 'para-3.5', 'para-3.6', 'para-3.7', 'para-3.8', 'para-3.9', 'para-3.10', 'para-4', 'para-5']);
    const p = await provision(id, 'para-3.4');
    expect(p.number).toBe('3.4');
    expect(p.text.startsWith('Het Hof verwerpt het verweer en motiveert dit als volgt:\n"1. Openbaar ministerie niet-ontvankelijk')).toBe(true);
  });
  it('Hoge Raad 1984 (numbers in the text): para-1 heading from the line break, quoted 18./19. not taken', async () => {
    const id = 'case-nld-ecli-nl-hr-1984-ac8252';
    expect((await parsed(id)).document.date).toBe('1984-01-17');
    expect(await keys(id)).toEqual(['preamble', 'para-1', 'para-2', 'para-3', 'para-4', 'para-4.1', 'para-4.2', 'para-5', 'para-6', 'para-6.1', 'para-6.2', 'para-6.3', 'para-6.4', 'para-7', 'para-7.1', 'para-7.2', 'para-7.3', 'para-7.4', 'para-8', 'para-9']);
    const p = await provision(id, 'para-1');
    expect(p.heading).toBe('De bestreden einduitspraak');
    expect(p.text.startsWith('Het Hof heeft in hoger beroep - met vernietiging van een vonnis van de Arrondissementsrechtbank te Rotterdam')).toBe(true);
    expect((await provision(id, 'para-5')).heading).toBe('Ter terechtzitting gevoerd verweer');
  });
  it('Conclusie 2014: arabic list items are paragraphs 1–6, then 7–21; footnotes are notes', async () => {
    const id = 'case-nld-ecli-nl-phr-2014-1313';
    const k = await keys(id);
    expect(k.filter((x) => x.startsWith('para-'))).toEqual(Array.from({ length: 21 }, (_, i) => `para-${i + 1}`));
    expect(k.filter((x) => x.startsWith('note-'))).toEqual(['note-1', 'note-2']);
    expect((await provision(id, 'para-1')).text.startsWith('Verdachte is bij arrest van 18 september 2012 door het Gerechtshof te Arnhem')).toBe(true);
  });
  it('Rechtbank Den Haag 2014 (section/paragroup): para-N under "Overwegingen", sections around them', async () => {
    const id = 'case-nld-ecli-nl-rbdha-2014-8504';
    const { document } = await parsed(id);
    expect(document.date).toBe('2014-07-10');
    expect(document.summary).toBeNull();
    expect(document.provisions.filter((p) => p.type === 'paragraph')).toHaveLength(51);
    expect(await provision(id, 'para-1')).toMatchObject({ number: '1.', path: ['Overwegingen'] });
    expect(await provision(id, 'sec-5')).toMatchObject({ heading: 'Beslissing', path: [] });
  });
  it('paragraph numbers follow each other: next sibling (one gap allowed) or first child', () => {
    expect(follows(null, [1])).toBe(true);
    expect(follows(null, [2])).toBe(false);
    expect(follows([3, 4], [3, 5])).toBe(true);
    expect(follows([3, 10], [4])).toBe(true);
    expect(follows([4], [4, 1])).toBe(true);
    expect(follows([5], [18])).toBe(false);
    expect(follows([6], [2])).toBe(false);
  });
});

describe('CNXML (OpenStax)', () => {
  const intl = 'module-int-openstax-introduction-political-science-m00086-int';
  it('International Law: title, learning outcomes as summary, sections in document order', async () => {
    const { document, findings } = await parsed(intl);
    expect(document.title).toBe('International Law');
    expect(document.summary?.startsWith('By the end of this section, you will be able to:\nDefine and identify sources of international law.')).toBe(true);
    expect(document.meta).toMatchObject({ contentId: 'm00086' });
    expect(document.provisions.map((p) => p.key)).toEqual(['sec-1', 'preamble', 'sec-2', 'sec-3', 'sec-4', 'sec-4.1', 'sec-4.2', 'sec-5', 'sec-6', 'note-glossary']);
    expect(findings).toEqual([]);
  });
  it('section titles are headings; nested sections carry the parent title as path', async () => {
    expect((await provision(intl, 'sec-2')).heading).toBe('How Does International Law Establish the Rights and Obligations of States?');
    expect((await provision(intl, 'sec-2')).text.startsWith('The recognition of state sovereignty provides the foundation for international law.')).toBe(true);
    expect(await provision(intl, 'sec-4.1')).toMatchObject({ heading: 'The International Court of Justice (ICJ)', path: ['How Is International Law Enforced?'] });
    expect((await provision(intl, 'preamble')).text.startsWith('International law is a set of formal and informal rules that loosely govern the international system')).toBe(true);
    expect((await provision(intl, 'note-glossary')).text.split('\n')[0]).toBe('genocide: an intentional and systematic attempt to destroy a national, ethnic, racial, or religious group, in whole or in part');
  });
  it('Common Business Crimes: first paragraph as summary when there are no learning objectives', async () => {
    const { document } = await parsed('module-int-openstax-business-law-i-essentials-2e-m78890-commo');
    expect(document.summary?.startsWith('People rarely think about their conduct at work as being potentially illegal')).toBe(true);
    expect(document.provisions.find((p) => p.key === 'sec-3.1')).toMatchObject({ heading: 'Ponzi Schemes', path: ['Types of Business Crimes'] });
  });
});

describe('malformed XML gives findings with file, line and element, not a crash', () => {
  const truncatedAct = '<?xml version="1.0"?>\n<akomaNtoso>\n<act><meta><identification><FRBRWork><FRBRdate date="1996-11-07"/></FRBRWork></identification></meta>\n<body><chapter><article><num>Artículo 1o</num><paragraph><content><p>Artículo 1o.- Texto uno.</p></content></paragraph></article>\n<article><num>Artículo 2o</num><paragraph><content><p>Artículo 2o.- Texto';
  it('akn-xml: truncated act → xml-well-formed error at the end, articles read so far kept', () => {
    const { document, findings } = synthetic(aknXmlAdapter, 'legislation-mex-federal-law-against-organized-crime', truncatedAct);
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'synthetic.xml', line: 5, element: 'p', rule: 'xml-well-formed', documentId: 'synthetic-xml' });
    expect(findings[0].reason).toMatch(/^Unexpected end of file with 8 element\(s\) open, expected <\/p>/);
    expect(document.provisions.map((p) => [p.key, p.text])).toEqual([['art-1', 'Texto uno.'], ['art-2', 'Texto']]);
  });
  it('akn-xml: a document that is not Akoma Ntoso', () => {
    const { document, findings } = synthetic(aknXmlAdapter, 'case-gbr-oloyowang-2021', '<html><body/></html>');
    expect(document.provisions).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', rule: 'akn-root', reason: 'Unexpected <html>, expected <akomaNtoso> with a document element' })]);
  });
  it('canada-xml: mismatched end tag', () => {
    const { findings } = synthetic(canadaXmlAdapter, 'legislation-can-corruption-foreign-public-officials-act-en-xml',
      '<Statute>\n<Body>\n<Section><Label>1</Label><Text>abc</Section>\n</Body></Statute>');
    expect(findings[0]).toMatchObject({ severity: 'error', line: 3, element: 'Section', rule: 'xml-well-formed', reason: 'Unexpected </Section>, expected </Text> (opened at line 3)' });
  });
  it('rechtspraak-xml: unclosed root, no ECLI', () => {
    const { findings } = synthetic(rechtspraakXmlAdapter, 'case-nld-ecli-nl-rbrot-2008-be7078', '<open-rechtspraak>\n<uitspraak><para>1. a</para></uitspraak>');
    expect(findings.map((f) => [f.rule, f.line ?? null])).toEqual([['xml-well-formed', 2], ['rechtspraak-missing-field', 1], ['rechtspraak-missing-field', 1]]);
    expect(findings[0].element).toBe('open-rechtspraak');
  });
  it('cnxml: text that is not XML', () => {
    const { document, findings } = synthetic(cnxmlAdapter, 'module-int-openstax-introduction-political-science-m00086-int', 'not xml');
    expect(document.provisions).toEqual([]);
    expect(findings.map((f) => f.rule)).toEqual(['xml-well-formed', 'cnxml-root']);
  });
  it('well-formedness check: comments, CDATA and processing instructions pass; a mismatch is located', () => {
    // cheerio reads damaged XML silently; this check is what turns the damage into findings.
    expect(checkWellFormed('<a><b/><!-- x --><![CDATA[<y>]]><?pi?></a>')).toEqual([]);
    expect(checkWellFormed('<a><b></a>')[0]).toMatchObject({ line: 1, element: 'a', reason: 'Unexpected </a>, expected </b> (opened at line 1)' });
  });
});

describe('every corpus file of the XML formats', () => {
  const adapters: Record<string, Adapter> = { 'akn-xml': aknXmlAdapter, 'canada-xml': canadaXmlAdapter, 'rechtspraak-xml': rechtspraakXmlAdapter, cnxml: cnxmlAdapter };
  const records = rawManifest().filter((r) => r.format && r.format in adapters);
  it('covers 31 files', () => expect(records).toHaveLength(31));
  it.each(records.map((r) => [r.id]))('%s: unique keys matching the pattern, no empty text, no errors', async (id) => {
    const { document, findings } = await parsed(id);
    expect(document.provisions.length).toBeGreaterThan(0);
    const k = document.provisions.map((p) => p.key);
    expect(new Set(k).size).toBe(k.length);
    expect(k.filter((x) => !PROVISION_KEY_PATTERN.test(x))).toEqual([]);
    expect(document.provisions.filter((p) => p.text.trim() === '').map((p) => p.key)).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
