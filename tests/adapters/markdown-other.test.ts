/**
 * Markdown families other than legislation codes: Canadian Acts (laws-lois-markdown), U.S.
 * strategy documents, French Cour de cassation decisions, bilingual treaty sources, reading notes
 * and teaching texts. Golden values come from real corpus documents read at test time; a sweep
 * runs every corpus file these families receive.
 */
import path from 'node:path';
import { PROVISION_KEY_PATTERN, Provision } from '../../corpus/schema.js';
import type { AdapterResult, ParsedDocument, ParsedProvision } from '../../ingest/adapters/types.js';
import { detectFamily, type MarkdownFamily } from '../../ingest/adapters/markdown.js';
import { parseMarkdown } from '../../ingest/adapters/markdown/parse.js';
import { canadaMarkdown } from '../../ingest/adapters/markdown/canada.js';
import { strategy } from '../../ingest/adapters/markdown/strategy.js';
import { frenchDecision } from '../../ingest/adapters/markdown/french-decision.js';
import { treatySource } from '../../ingest/adapters/markdown/treaty-source.js';
import { genericMarkdown } from '../../ingest/adapters/markdown/generic.js';
import { CORPUS_DIR, corpusText, rawManifest } from '../helpers/corpus.js';
import { inputFor, loadMarkdown } from '../helpers/markdown.js';

const load = loadMarkdown;
const parse = (id: string): AdapterResult => load(id).result;

/**
 * The family the dispatcher picks, from the front matter and the head of the file only (what
 * `detectFamily` reads): remark-parsing all 169 Markdown files in full would take minutes.
 */
function familyOf(id: string): MarkdownFamily {
  const text = corpusText(id);
  const fmEnd = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  const head = text.slice(0, Math.max(4000, fmEnd));
  const input = inputFor(id, text);
  return detectFamily(input, parseMarkdown(head, input.file));
}

function provision(doc: ParsedDocument, key: string): ParsedProvision {
  const p = doc.provisions.find((x) => x.key === key);
  if (!p) throw new Error(`no provision ${key}; keys: ${doc.provisions.slice(0, 20).map((x) => x.key).join(', ')}…`);
  return p;
}

const ofType = (doc: ParsedDocument, type: ParsedProvision['type']) => doc.provisions.filter((p) => p.type === type);

// The Criminal Code files have ~44,000 lines each: their parse gets a longer timeout.
describe('Canada (laws-lois-markdown)', () => {
  test('Criminal Code, English: sections, marginal notes, Parts, historical notes dropped', () => {
    const { document: d, findings } = parse('legislation-can-criminal-code-en');
    expect(load('legislation-can-criminal-code-en').family).toBe(canadaMarkdown);
    expect(d.title).toBe('Criminal Code');
    expect(d.date).toBeNull();
    expect(d.language).toBe('en');
    expect(d.summary).toBe('An Act respecting the Criminal Law');
    expect(d.meta).toMatchObject({ chapter: 'C-46' });
    expect(ofType(d, 'section')).toHaveLength(1683);
    expect(ofType(d, 'annex')).toHaveLength(95);

    const s46231 = provision(d, 's-462.31');
    expect(s46231).toMatchObject({ number: '462.31', heading: 'Laundering proceeds of crime', type: 'section', path: ['Proceeds of Crime', 'Offence'] });
    expect(s46231.text.startsWith('(1) Every one commits an offence who uses, transfers the possession of, sends or delivers to any person or place')).toBe(true);
    expect(s46231.text).toContain('\n(a) the commission in Canada of a designated offence; or\n');
    expect(s46231.text).toContain('\nLaundering proceeds of crime for criminal organization\n(2.1) Everyone who commits an offence under subsection (1)');

    // The historical note after s. 1 (`R.S., c. C-34, s. 1`) is not part of the text.
    expect(provision(d, 's-1')).toMatchObject({ heading: 'Short title', path: ['Short Title'], text: 'This Act may be cited as the Criminal Code.' });
    expect(provision(d, 's-7')).toMatchObject({ heading: 'Offences committed on aircraft', path: ['Part I', 'General'] });
    expect(provision(d, 's-467.11').heading).toBe('Participation in activities of criminal organization');
    // Nested list items (subparagraphs) keep their place, indented under their paragraph.
    expect(provision(d, 's-2').text).toContain('\n(b) means the Attorney General of Canada and includes his or her lawful deputy with respect to\n  (i) Yukon, the Northwest Territories and Nunavut, or\n');
    expect(d.provisions.some((p) => p.text.includes('Historical Note'))).toBe(false);

    // RELATED PROVISIONS reuse numbers of the amending Acts: own path, suffixed key, one finding.
    expect(provision(d, 's-10-dup2')).toMatchObject({
      number: '10', heading: 'Lieutenant Governor warrants or orders remain in force',
      path: ['RELATED PROVISIONS', '1991, c. 43, ss. 10(1) to (7), as amended by 2005, c. 22, s. 43'],
    });
    expect(d.provisions.filter((p) => /-dup\d+$/.test(p.key))).toHaveLength(54 + 17);
    const reuse = findings.filter((f) => f.rule === 'canada-reused-numbers');
    expect(reuse.map((f) => f.reason)).toEqual([
      expect.stringContaining('reuse of 54 section number(s) in RELATED PROVISIONS'),
      expect.stringContaining('reuse of 17 section number(s) in AMENDMENTS NOT IN FORCE'),
    ]);
    expect(reuse.every((f) => f.severity === 'info')).toBe(true);

    expect(provision(d, 'annex-form-9')).toMatchObject({ number: 'FORM 9', heading: 'Appearance Notice', type: 'annex', path: [] });
    expect(provision(d, 'annex-form-9').text.startsWith('(Section 2)\n')).toBe(true);
  }, 180_000);

  test('Code criminel, French: language detected despite `language: "en"` in the front matter', () => {
    const { document: d, findings } = parse('legislation-can-criminal-code-fr');
    expect(d.title).toBe('Code criminel');
    expect(d.language).toBe('fr');
    expect(d.summary).toBe('Loi concernant le droit criminel');
    expect(findings.find((f) => f.rule === 'canada-language')?.reason).toContain('Unexpected language "en"');
    expect(ofType(d, 'section')).toHaveLength(1683);
    const s = provision(d, 's-462.31');
    expect(s).toMatchObject({ heading: 'Recyclage des produits de la criminalité', path: ['Produits de la criminalité', 'Infraction'] });
    expect(s.text.startsWith('(1) Est coupable d’une infraction quiconque — de quelque façon que ce soit — utilise')).toBe(true);
    expect(provision(d, 's-467.11').heading).toBe('Participation aux activités d’une organisation criminelle');
    expect(provision(d, 'annex-form-9')).toMatchObject({ number: 'FORMULE 9', heading: 'Citation à comparaître' });
  }, 180_000);

  test('conversion artefacts: `[^]` footnote markers, text outside a section', () => {
    const cdsa = parse('legislation-can-controlled-drugs-substances-act-en').document;
    expect(provision(cdsa, 's-95')).toMatchObject({ number: '95', heading: 'Coming into force' });
    const { document: fish, findings } = parse('legislation-can-fisheries-act-en');
    const notes = ofType(fish, 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.text).toMatch(/^Transitional — proceedings\n\(2\) Every proceeding commenced/);
    expect(findings.some((f) => f.rule === 'canada-text-outside-section')).toBe(true);
    // `[^](4) The person…` parses as a link to "4": the subsection number is put back.
    expect(provision(parse('legislation-can-immigration-refugee-protection-act-en').document, 's-188').text)
      .toContain('\nExecutive Director\n(4) The person who, on the coming into force of this section, held the office of Executive Director');
  });
});

describe('Strategy Markdown', () => {
  test('executive order: Sec. N sections, hard-wrapped lines joined, hard breaks kept', () => {
    const { document: d, findings } = parse('strategy-usa-2021-12-15-executive-order-council-on-transnational-organized-crime');
    expect(load('strategy-usa-2021-12-15-executive-order-council-on-transnational-organized-crime').family).toBe(strategy);
    expect(d.title).toBe('Executive Order on Establishing the United States Council on Transnational Organized Crime');
    expect(d.date).toBe('2021-12-15');
    expect(d.meta?.url).toBe('https://bidenwhitehouse.archives.gov/briefing-room/presidential-actions/2021/12/15/executive-order-on-establishing-the-united-states-council-on-transnational-organized-crime/');
    expect(d.provisions.map((p) => p.key)).toEqual(['preamble', 'sec-1', 'sec-2', 'sec-3', 'sec-4', 'sec-5', 'sec-6']);
    expect(provision(d, 'preamble').text).toBe('By the authority vested in me as President by the Constitution and the laws of the United States of America, I hereby order as follows:');
    const s1 = provision(d, 'sec-1');
    expect(s1).toMatchObject({ number: '1', heading: 'Purpose', type: 'section' });
    expect(s1.text.startsWith('Transnational organized crime (TOC) poses a direct and escalating threat to public health, public safety, and national security.')).toBe(true);
    expect(provision(d, 'sec-2').text).toContain('It is the policy of the United States to:\n(a) employ authorized intelligence and operational capabilities in an integrated manner');
    expect(provision(d, 'sec-6').heading).toBe('General Provisions');
    expect(findings).toEqual([]);
  });

  test('fact sheet: numbered paragraphs; no-break and zero-width characters out of titles', () => {
    const { document: d } = parse('strategy-usa-2021-06-03-fact-sheet-fight-against-corruption-national-security');
    expect(d.title).toBe('FACT SHEET: Establishing the Fight Against Corruption as a Core U.S. National Security Interest');
    expect(d.date).toBe('2021-06-03');
    expect(d.provisions.map((p) => p.key)).toEqual(['para-1', 'para-2', 'para-3', 'para-4', 'para-5', 'para-6', 'para-7', 'para-8', 'para-9']);
    expect(provision(d, 'para-1')).toMatchObject({ number: '1', type: 'paragraph', heading: null });
    expect(provision(d, 'para-1').text.startsWith('The Biden-Harris Administration is committed to tackling corruption as an economic and national security priority')).toBe(true);
    expect(d.summary).toBe(provision(d, 'para-1').text);
    expect(parse('strategy-usa-2021-06-23-fact-sheet-strategy-gun-crime-public-safety').document.title)
      .toBe('Fact Sheet: Biden-Harris Administration Announces Comprehensive Strategy to Prevent and Respond to Gun Crime and Ensure Public Safety');
  });
});

describe('French Cour de cassation decisions', () => {
  test('22-81.985: date, outcome, parts as path, run-together paragraphs split', () => {
    const { document: d, findings } = parse('case-fra-cass-crim-22-81985-2023');
    expect(load('case-fra-cass-crim-22-81985-2023').family).toBe(frenchDecision);
    expect(d.title).toBe('Pourvoi 22-81.985 du 13 décembre 2023');
    expect(d.date).toBe('2023-12-13');
    expect(d.language).toBe('fr');
    expect(d.meta).toMatchObject({ outcome: 'CASSATION PARTIELLE', citation: '22-81.985', formation: 'FS-B', court: 'Cour de cassation, chambre criminelle', president: 'M. BONNAL' });
    const paras = ofType(d, 'paragraph');
    expect(paras.map((p) => p.key)).toEqual(Array.from({ length: 65 }, (_, i) => `para-${i + 1}`));
    expect(d.provisions).toHaveLength(67);
    expect(provision(d, 'preamble').text.startsWith("M. [O] [X] a formé un pourvoi contre l'arrêt de la cour d'appel de Paris, chambre 2-14")).toBe(true);
    expect(provision(d, 'para-1')).toMatchObject({ text: "Il résulte de l'arrêt attaqué et des pièces de procédure ce qui suit.", path: ['Faits et procédure'] });
    expect(provision(d, 'para-2').text.startsWith("Le 21 juin 2019, à la suite d'une enquête préliminaire, M. [O] [X] a été cité devant le tribunal correctionnel")).toBe(true);
    expect(provision(d, 'para-12').path).toEqual(['Examen des moyens', 'Sur le deuxième moyen, pris en sa seconde branche', 'Réponse de la Cour']);
    expect(provision(d, 'para-49').text.startsWith('Vu les articles 131-21 du code pénal et 593 du code de procédure pénale :\nSelon le premier de ces textes')).toBe(true);
    expect(provision(d, 'para-65').path).toEqual(['Portée et conséquences de la cassation']);
    const operative = provision(d, 'sec-dispositif');
    expect(operative).toMatchObject({ heading: 'PAR CES MOTIFS', type: 'other' });
    expect(operative.text).toContain("CASSE et ANNULE l'arrêt susvisé de la cour d'appel de Paris");
    expect(d.provisions.some((p) => p.text.includes('Pourvoi N°22-81.985'))).toBe(false);
    expect(findings).toEqual([]);
  });

  test('all four decisions: outcome and paragraph count', () => {
    const got = ['case-fra-cass-crim-22-81985-2023', 'case-fra-cass-crim-22-87237-2023', 'case-fra-cass-crim-23-81811-2023', 'case-fra-cass-crim-23-83107-2023']
      .map((id) => { const d = parse(id).document; return [d.meta?.outcome, ofType(d, 'paragraph').length]; });
    expect(got).toEqual([['CASSATION PARTIELLE', 65], ['CASSATION', 25], ['REJET', 11], ['CASSATION', 15]]);
  });
});

describe('Treaty source Markdown (English + Dutch)', () => {
  test('UNTOC: English articles only, titles from the #### line', () => {
    const { document: d, findings } = parse('treaty-int-untoc-en-nl');
    expect(load('treaty-int-untoc-en-nl').family).toBe(treatySource);
    expect(d.title).toBe('United Nations Convention against Transnational Organized Crime');
    expect(d.language).toBe('en');
    expect(d.meta?.title_nl).toBe('Verdrag van de Verenigde Naties tegen grensoverschrijdende georganiseerde misdaad');
    expect(ofType(d, 'article').map((p) => p.key)).toEqual(Array.from({ length: 41 }, (_, i) => `art-${i + 1}`));
    const a5 = provision(d, 'art-5');
    expect(a5).toMatchObject({ number: '5', heading: 'Criminalization of participation in an organized criminal group', type: 'article', path: [] });
    expect(a5.text.startsWith('1.   Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences')).toBe(true);
    expect(provision(d, 'art-6').heading).toBe('Criminalization of the laundering of proceeds of crime');
    expect(d.provisions.some((p) => /Verdragsluitende|Artikel \d/.test(p.text))).toBe(false);
    expect(findings).toEqual([]);
  });

  // The treaty JSON files were split from these Markdown files: the English articles must agree.
  test.each(['untoc', 'tip', 'som', 'fp', 'uncac', 'drugs1988', 'budapest', 'coe-tip-2005'])('%s agrees with its treaty JSON', (code) => {
    const d = parse(`treaty-int-${code}-en-nl`).document;
    const json = JSON.parse(corpusText(`treaty-int-${code}-en`)) as { articles: { number: string; title: string | null; text: string }[] };
    const norm = (s: string) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '').replace(/[*#]/g, '').replace(/\s+/g, ' ').trim();
    const arts = ofType(d, 'article');
    expect(arts.map((p) => p.number)).toEqual(json.articles.map((a) => a.number));
    expect(arts.map((p) => p.heading)).toEqual(json.articles.map((a) => (a.title === null ? null : norm(a.title))));
    expect(arts.map((p) => norm(p.text))).toEqual(json.articles.map((a) => norm(a.text)));
  });

  test('divisions as path, Roman numerals, bis articles, annexes', () => {
    const budapest = parse('treaty-int-budapest-en-nl').document;
    expect(provision(budapest, 'art-2')).toMatchObject({
      heading: 'Illegal access',
      path: ['CHAPTER II — MEASURES TO BE TAKEN AT THE NATIONAL LEVEL', 'SECTION 1 — SUBSTANTIVE CRIMINAL LAW', 'TITLE 1 — OFFENCES AGAINST THE CONFIDENTIALITY, INTEGRITY AND AVAILABILITY OF COMPUTER DATA AND SYSTEMS'],
    });
    expect(provision(parse('treaty-int-som-en-nl').document, 'art-1').path).toEqual(['I — General provisions']);
    const cites = parse('treaty-int-cites-en-nl').document;
    expect(provision(cites, 'art-1')).toMatchObject({ number: 'I', heading: 'Definitions' });
    expect(provision(cites, 'art-25')).toMatchObject({ number: 'XXV', heading: 'Depositary' });
    expect(provision(cites, 'annex-appendices-i-ii-and-iii')).toMatchObject({ type: 'annex', heading: 'valid from 5 February 2015' });
    expect(provision(cites, 'annex-appendices-i-ii-and-iii').text.startsWith('Interpretation\n')).toBe(true);
    const single = parse('treaty-int-single-convention-1961-en-nl').document;
    expect(provision(single, 'art-14-bis')).toMatchObject({ number: '14 bis', heading: 'Technical and financial assistance' });
    expect(provision(single, 'art-38-bis').heading).toBe('Agreements on regional centres');
  });

  test('a heading that does not parse is a finding, and the Dutch part is left out', () => {
    const text = [
      "<meta http-equiv='Content-Type' content='text/html; charset=utf-8' />", '', '##Verdrag X', '', '####Convention X', '',
      'The Parties agree:', '', '###Article 1', '', '####Scope', '', 'Text one.', '', '###Whatever this is', '', 'Stray text.', '',
      '####Verdrag X', '', '### Artikel 1', '', 'Tekst.', '',
    ].join('\n');
    const input = inputFor('treaty-int-untoc-en-nl', text);
    const { document: d, findings } = treatySource(input, parseMarkdown(text, input.file));
    expect(d.title).toBe('Convention X');
    expect(d.provisions.map((p) => [p.key, p.type, p.heading, p.text])).toEqual([
      ['preamble', 'preamble', null, 'The Parties agree:'],
      ['art-1', 'article', 'Scope', 'Text one.'],
      ['annex-whatever-this-is', 'annex', null, 'Stray text.'],
    ]);
    expect(findings).toEqual([expect.objectContaining({ rule: 'treaty-md-heading', line: 15, severity: 'warning', reason: expect.stringMatching(/^Unexpected heading "Whatever this is", expected/) })]);
  });
});

describe('Generic Markdown: reading notes and teaching texts', () => {
  test('reading note: title, abstract as preamble and summary, Useful Items', () => {
    const { document: d } = parse('bibliography-int-note-unodc-2002-surveyorganizedcriminalgroups');
    expect(load('bibliography-int-note-unodc-2002-surveyorganizedcriminalgroups').family).toBe(genericMarkdown);
    expect(d.title).toBe('Results of a Pilot Survey of Fourty Selected Organized Criminal Groups in Sixteen Countries - UNODC 2002');
    expect(d.summary).toBe('Survey of fourty organized crime groups in 16 countries asking questions on:');
    expect(d.provisions.map((p) => [p.key, p.heading, p.path])).toEqual([
      ['preamble', null, []],
      ['sec-1', 'Network Structure/Typology', ['Useful Items']],
    ]);
    expect(provision(d, 'preamble').text.startsWith('Survey of fourty organized crime groups in 16 countries asking questions on:\n1. Organizational structure\n2. Violence')).toBe(true);
    const dunson = parse('bibliography-int-note-dunson-2020-esb');
    expect(dunson.document.provisions.map((p) => p.key)).toEqual(['preamble']);
    expect(dunson.findings.map((f) => f.rule)).toEqual(['md-empty-section']);
  });

  test('teaching module (.markdown, front matter, setext headings)', () => {
    const { document: d } = parse('module-lux-cases-lu-glossary-cybercrime-en');
    expect(d.title).toBe('Cybercrime');
    expect(d.date).toBe('2017-11-06');
    expect(ofType(d, 'section')).toHaveLength(12);
    expect(provision(d, 'sec-1')).toMatchObject({ heading: 'In Brief', path: [] });
    expect(provision(d, 'sec-1').text.startsWith('Cybercrime is commonly defined as any unlawful action against the integrity of a specific computer site')).toBe(true);
    expect(provision(d, 'sec-5')).toMatchObject({ heading: 'The Creation or Purchase of Malicious Software', path: ['Opportunistic Attack'] });
    // Jekyll Liquid links keep their text.
    expect(provision(parse('module-lux-cases-lu-glossaire-attaque-informatique-fr').document, 'sec-6').text).toBe('- Dépôt de plainte');
  });

  test('Spanish course unit and Chinese wiki page: nested headings as path', () => {
    const es = parse('module-esp-rafaeldelrio-ceti-afi-ud1-introduccion-fases-anali').document;
    expect(es.title).toBe('UD 1 - Introducción y fases del análisis forense');
    expect(es.provisions).toHaveLength(9);
    expect(provision(es, 'preamble').text.startsWith('Cada unidad contendrá una serie de contenidos, resultados de aprendizaje')).toBe(true);
    expect(provision(es, 'sec-3')).toMatchObject({ heading: 'Criterios de evaluación', path: ['Normativa que respalda la unidad', 'Resultados de aprendizaje a trabajar'] });
    const zh = parse('module-int-forensics-wiki-zh-hashzhi').document;
    expect(zh.title).toBe('哈希值');
    expect(provision(zh, 'preamble').text).toBe('哈希是将目标文本转换成具有相同长度的、不可逆的杂凑字符串(或叫消息摘要)。');
    expect(provision(zh, 'sec-7')).toMatchObject({ heading: 'HashMyFiles', path: ['哈希计算工具', '第三方工具'] });
  });
});

describe('every corpus Markdown file of these families', () => {
  const mine = new Map<MarkdownFamily, string>([
    [canadaMarkdown, 'canada'], [strategy, 'strategy'], [frenchDecision, 'french-decision'], [treatySource, 'treaty-source'], [genericMarkdown, 'generic'],
  ]);
  const records = rawManifest().filter((r) => r.format === 'markdown' && r.file);
  let families: Map<string, MarkdownFamily>;
  let routed: typeof records;
  beforeAll(() => {
    families = new Map(records.map((r) => [r.id, familyOf(r.id)]));
    routed = records.filter((r) => mine.has(families.get(r.id)!));
  }, 300_000);

  test('detection sends each source to its family', () => {
    const count = (name: string) => routed.filter((r) => mine.get(families.get(r.id)!) === name).length;
    expect([count('canada'), count('strategy'), count('french-decision'), count('treaty-source')]).toEqual([22, 14, 4, 18]);
    // 4 reading notes and 15 Markdown teaching texts (the other module files are CNXML or text).
    const teaching = records.filter((r) => /^(modules\/|bibliography\/int\/annotated\/)/.test(r.file!));
    expect(teaching).toHaveLength(19);
    expect(teaching.filter((r) => families.get(r.id) !== genericMarkdown).map((r) => r.id)).toEqual([]);
  });

  test('≥ 1 provision, unique valid keys, non-empty text, schema-valid provisions', () => {
    expect(routed.length).toBeGreaterThanOrEqual(22 + 14 + 4 + 18 + 19);
    for (const r of routed) {
      const { document: d, findings } = parse(r.id);
      const where = `${r.id} (${path.join(CORPUS_DIR, r.file!)})`;
      expect([where, d.provisions.length > 0]).toEqual([where, true]);
      const keys = d.provisions.map((p) => p.key);
      expect([where, new Set(keys).size]).toEqual([where, keys.length]);
      for (const p of d.provisions) {
        expect([where, p.key, PROVISION_KEY_PATTERN.test(p.key), p.text.trim().length > 0]).toEqual([where, p.key, true, true]);
        expect(p.path.every((s) => s.trim().length > 0)).toBe(true);
        Provision.parse(p);
      }
      for (const f of findings) expect(f.reason).toMatch(/^Unexpected /);
    }
  }, 300_000);

});
