/**
 * Markdown legislation families (LawRefBook, bundestag/gesetze, legalize-*, saudi-laws-md):
 * golden values from real corpus documents, read at test time, and a sweep over every corpus file
 * of these families.
 */
import { PROVISION_KEY_PATTERN } from '../../corpus/schema.js';
import type { AdapterResult, ParsedDocument, ParsedProvision } from '../../ingest/adapters/types.js';
import { detectFamily, type MarkdownFamily } from '../../ingest/adapters/markdown.js';
import { parseMarkdown } from '../../ingest/adapters/markdown/parse.js';
import { lawRefBook } from '../../ingest/adapters/markdown/lawrefbook.js';
import { bundestag } from '../../ingest/adapters/markdown/bundestag.js';
import { legalize } from '../../ingest/adapters/markdown/legalize.js';
import { saudi } from '../../ingest/adapters/markdown/saudi.js';
import { corpusText, rawManifest, rawRecord } from '../helpers/corpus.js';
import { inputFor, loadMarkdown } from '../helpers/markdown.js';

const load = loadMarkdown;
const parse = (id: string): AdapterResult => load(id).result;

/** Straight into one family, bypassing the dispatcher. */
function parseWith(family: MarkdownFamily, id: string, text?: string): AdapterResult {
  const input = inputFor(id, text);
  return family(input, parseMarkdown(input.text, input.file));
}

function provision(doc: ParsedDocument, key: string): ParsedProvision {
  const p = doc.provisions.find((x) => x.key === key);
  if (!p) throw new Error(`no provision ${key}; keys: ${doc.provisions.slice(0, 20).map((x) => x.key).join(', ')}…`);
  return p;
}

const articles = (doc: ParsedDocument) => doc.provisions.filter((p) => p.type === 'article' || p.type === 'section');

describe('LawRefBook (China)', () => {
  test('Anti-Money Laundering Law', () => {
    const { document: d, findings } = parse('legislation-chn-anti-money-laundering-law');
    expect(d.title).toBe('中华人民共和国反洗钱法');
    expect(d.date).toBe('2024-11-08');
    expect(d.provisions).toHaveLength(65);
    expect(articles(d)).toHaveLength(65);
    expect(findings).toEqual([]);
    const a1 = provision(d, 'art-1');
    expect(a1).toMatchObject({ number: '第一条', heading: null, type: 'article', path: ['第一章 总 则'] });
    expect(a1.text.startsWith('为了预防洗钱活动，遏制洗钱以及相关犯罪，加强和规范反洗钱工作')).toBe(true);
    // An unmarked paragraph continues the article above it.
    const paras = provision(d, 'art-2').text.split('\n\n');
    expect(paras).toHaveLength(2);
    expect(paras[1]!.startsWith('预防恐怖主义融资活动适用本法')).toBe(true);
    expect(provision(d, 'art-65').text).toBe('本法自2025年1月1日起施行。');
    expect(d.summary!.startsWith('为了预防洗钱活动')).toBe(true);
  });

  test('Criminal Law: 第一百九十一条, inserted articles, annexes', () => {
    const { document: d } = parse('legislation-chn-criminal-law');
    expect(d.title).toBe('中华人民共和国刑法');
    expect(d.date).toBe('2023-12-29');
    expect(articles(d)).toHaveLength(505);
    expect(d.provisions).toHaveLength(507);
    const a191 = provision(d, 'art-191');
    expect(a191.number).toBe('第一百九十一条');
    expect(a191.path).toEqual(['第二编 分则', '第三章 破坏社会主义市场经济秩序罪', '第四节 破坏金融管理秩序罪']);
    // The article defines money laundering without the word 洗钱 (only the charge name uses it).
    expect(a191.text.startsWith('为掩饰、隐瞒毒品犯罪、黑社会性质的组织犯罪、恐怖活动犯罪')).toBe(true);
    expect(a191.text).toContain('\n\n（一）提供资金帐户的；');
    const a120 = provision(d, 'art-120-1');
    expect(a120.number).toBe('第一百二十条之一');
    expect(a120.text.startsWith('资助恐怖活动组织、实施恐怖活动的个人的')).toBe(true);
    expect(provision(d, 'art-120-6').number).toBe('第一百二十条之六');
    expect(provision(d, 'annex-1')).toMatchObject({ type: 'annex', number: '附件一', path: [] });
    // The annex text is not appended to the last article.
    expect(provision(d, 'art-452').text).not.toContain('中华人民共和国惩治军人违反职责罪暂行条例');
  });

  test('the version date ignores the later entry-into-force line', () => {
    const { document: d } = parse('legislation-chn-anti-organized-crime-law');
    expect(d.date).toBe('2021-12-24');
    expect(d.meta).toMatchObject({ effectiveDate: '2022-05-01' });
  });

  test('a division heading broken over two lines is joined', () => {
    const { document: d } = parse('legislation-chn-international-criminal-judicial-assistance-law');
    expect(provision(d, 'art-50').path).toEqual([
      '第七章 没收、返还违法所得及其他涉案财物', '第二节 向中华人民共和国请求没收、返还违法所得及其他涉案财物',
    ]);
  });

  test('a file without article labels yields a finding', () => {
    const text = '# 测试法\n\n2020年1月1日 通过\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n本法没有条文。\n';
    const { document: d, findings } = parseWith(lawRefBook, 'legislation-chn-extradition-law', text);
    expect(d.date).toBe('2020-01-01');
    expect(findings.map((f) => f.rule)).toEqual(['no-articles']);
    expect(findings[0]!.reason).toMatch(/^Unexpected law file without article labels, expected/);
  });
});

describe('bundestag/gesetze (Germany)', () => {
  test('Strafgesetzbuch', () => {
    const { document: d, findings } = parse('legislation-deu-criminal-code-stgb');
    expect(d.title).toBe('Strafgesetzbuch (StGB)');
    expect(d.date).toBe('1871-05-15');
    expect(d.provisions).toHaveLength(559);
    expect(findings).toEqual([]);
    expect(d.meta).toMatchObject({ jurabk: 'StGB', Fundstelle: 'RGBl: 1871, 127' });
    expect(provision(d, 's-1')).toEqual({
      key: 's-1', number: '§ 1', heading: 'Keine Strafe ohne Gesetz', type: 'section',
      text: 'Eine Tat kann nur bestraft werden, wenn die Strafbarkeit gesetzlich bestimmt war, bevor die Tat begangen wurde.',
      path: ['Allgemeiner Teil', 'Erster Abschnitt - Das Strafgesetz', 'Erster Titel - Geltungsbereich'],
    });
    const s261 = provision(d, 's-261');
    expect(s261).toMatchObject({ number: '§ 261', heading: 'Geldwäsche', path: ['Besonderer Teil', 'Einundzwanzigster Abschnitt - Begünstigung und Hehlerei'] });
    expect(s261.text.startsWith('(1) Wer einen Gegenstand, der aus einer rechtswidrigen Tat herrührt,\n\n1. verbirgt,\n2. in der Absicht')).toBe(true);
    expect(provision(d, 's-129').heading).toBe('Bildung krimineller Vereinigungen');
    // Repealed sections keep their place with a short text.
    expect(provision(d, 's-143')).toMatchObject({ number: '§ 143', heading: null, text: '(weggefallen)' });
    expect(provision(d, 's-349-bis-351')).toMatchObject({ number: '§§ 349 bis 351', text: '(weggefallen)' });
    // § 44 sits under a level-5 division of the Allgemeiner Teil.
    expect(provision(d, 's-44').path).toEqual(['Allgemeiner Teil', 'Dritter Abschnitt - Rechtsfolgen der Tat', 'Erster Titel - Strafen', 'Nebenstrafe']);
  });

  test('annexes (Anlagen) belong to the whole law', () => {
    const { document: d } = parse('legislation-deu-narcotics-act-btmg');
    expect(provision(d, 'annex-1')).toMatchObject({ type: 'annex', number: 'Anlage I', heading: '(nicht verkehrsfähige Betäubungsmittel)', path: [] });
    expect(provision(d, 'annex-3').number).toBe('Anlage III');
  });

  test('Residence Act with malformed front matter: the title fragments are joined', () => {
    const { document: d, findings } = parseWith(bundestag, 'legislation-deu-residence-act-aufenthg');
    expect(d.title).toBe(rawRecord('legislation-deu-residence-act-aufenthg').title);
    expect(d.date).toBe('2004-07-30');
    expect(articles(d)).toHaveLength(180);
    expect(d.meta).toMatchObject({ jurabk: 'AufenthG 2004' });
    expect(provision(d, 'preamble').text.startsWith('Dieses Gesetz dient der Umsetzung folgender Richtlinien:')).toBe(true);
    expect(findings).toEqual([]);
  });
});

describe('legalize-* (France, Luxembourg, Argentina, Uruguay)', () => {
  test('France: Code pénal', () => {
    const { document: d } = parse('legislation-fra-criminal-code');
    expect(d.title).toBe('Code pénal');
    expect(d.date).toBe('1990-09-01');
    expect(d.provisions).toHaveLength(1325);
    expect(d.meta).toMatchObject({ url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070719' });
    const a = provision(d, 'art-324-1');
    expect(a).toMatchObject({ number: 'Article 324-1', heading: null, type: 'article' });
    expect(a.text.startsWith("Le blanchiment est le fait de faciliter, par tout moyen, la justification mensongère de l'origine des biens")).toBe(true);
    expect(a.path.slice(-2)).toEqual(['Chapitre IV : Du blanchiment', 'Section 1 : Du blanchiment simple et du blanchiment aggravé']);
    expect(provision(d, 'art-111-1').text).toBe('Les infractions pénales sont classées, suivant leur gravité, en crimes, délits et contraventions.');
    expect(provision(d, 'art-450-1').path).toEqual([
      'Partie législative', "Livre IV : Des crimes et délits contre la nation, l'Etat et la paix publique",
      'Titre V : De la participation à une association de malfaiteurs',
    ]);
  });

  test('Luxembourg: money-laundering law of 12 November 2004', () => {
    const { document: d } = parse('legislation-lux-law-2004-11-12-money-laundering-terrorist-financing');
    expect(d.title!.startsWith('Loi du 12 novembre 2004 relative à la lutte contre le blanchiment')).toBe(true);
    expect(d.date).toBe('2004-11-12');
    expect(d.provisions).toHaveLength(26);
    expect(provision(d, 'preamble').text.startsWith('Nous Henri, Grand-Duc de Luxembourg, Duc de Nassau,')).toBe(true);
    const a1 = provision(d, 'art-1');
    expect(a1).toMatchObject({ number: 'Art. 1er', heading: 'Définitions' });
    expect(a1.text.startsWith('Par «blanchiment» au sens de la présente loi, est désigné tout acte')).toBe(true);
    // The title heading continues on a tab-indented line.
    expect(a1.path).toEqual([
      'TITRE I Les obligations professionnelles en matière de lutte contre le blanchiment et contre le financement du terrorisme',
      'Chapitre 1 Définitions et champ d’application',
    ]);
    const a2 = provision(d, 'art-2');
    expect(a2.heading).toBe('Champ d’application');
    expect(a2.text.startsWith('(1) Le présent titre s’applique aux personnes morales ou physiques suivantes:')).toBe(true);
  });

  test('Luxembourg: Code pénal with labels as plain lines and text lines marked as headings', () => {
    const { document: d, findings } = parse('legislation-lux-criminal-code-1879');
    expect(findings).toEqual([]);
    expect(articles(d)).toHaveLength(699);
    // `Art. 158.` stands as a paragraph and the first text line is a heading in the source.
    expect(provision(d, 'art-158').text.startsWith("Seront punis d'une amende de 500 euros à 20.000 euros")).toBe(true);
    expect(provision(d, 'art-324ter').text.startsWith('(L. 11 août 1998)\n\n(1) Toute personne, qui volontairement et sciemment, fait activement partie')).toBe(true);
    expect(provision(d, 'art-506-1').path.at(-1)).toBe("Section V. De l'infraction de blanchiment (L. 11 août 1998)");
    expect(provision(d, 'art-41-a-43').number).toBe('Art. 41 à 43');
  });

  test('Argentina: Law 23.737 with `Artículo 1°` labels and quoted Criminal Code articles', () => {
    const { document: d } = parse('legislation-arg-law-23737-narcotics');
    expect(d.date).toBe('1989-10-11');
    expect(d.provisions).toHaveLength(67);
    expect(provision(d, 'art-1')).toMatchObject({ number: 'Artículo 1°', heading: null, text: 'Reemplázase el artículo 204 del Código Penal por el siguiente texto:' });
    expect(provision(d, 'art-2').number).toBe('Art. 2º');
    // `##### Artículo 204: Será reprimido con prisión de seis` + the rest of the sentence below.
    const a204 = provision(d, 'art-204');
    expect(a204).toMatchObject({ number: 'Artículo 204', heading: null });
    expect(a204.text.startsWith('Será reprimido con prisión de seis meses a tres años el que estando autorizado para la venta de sustancias medicinales')).toBe(true);
  });

  test('Argentina: Criminal Code with bold labels inside paragraphs', () => {
    const { document: d } = parse('legislation-arg-law-11179-criminal-code');
    expect(d.date).toBe('1921-11-03');
    expect(articles(d)).toHaveLength(396);
    const a1 = provision(d, 'art-1');
    expect(a1).toMatchObject({ number: 'ARTICULO 1º', path: ['LIBRO PRIMERO - DISPOSICIONES GENERALES', 'TITULO I - APLICACION DE LA LEY PENAL'] });
    expect(a1.text.startsWith('Este Código se aplicará:\n\n1) Por delitos cometidos o cuyos efectos deban producirse en el territorio de la Nación Argentina')).toBe(true);
    // `…República Argentina)***ARTICULO 2º.-** Si la ley…`: the label starts mid-paragraph.
    expect(provision(d, 'art-2').text.startsWith('Si la ley vigente al tiempo de cometerse el delito fuere distinta')).toBe(true);
    expect(provision(d, 'art-303')).toMatchObject({ number: 'ARTICULO 303', path: ['LIBRO SEGUNDO - DE LOS DELITOS', 'TITULO XIII - DELITOS CONTRA EL ORDEN ECONOMICO Y FINANCIERO'] });
    expect(provision(d, 'art-268-1').number).toBe('ARTICULO 268 (1)');
  });

  test('Uruguay: Law 19.574 with headings in parentheses', () => {
    const { document: d } = parse('legislation-ury-law-19574-money-laundering');
    expect(d.title!.startsWith('Ley Nº 19574 - LEY INTEGRAL CONTRA EL LAVADO DE ACTIVOS')).toBe(true);
    expect(d.date).toBe('2018-01-10');
    expect(d.provisions).toHaveLength(80);
    const a1 = provision(d, 'art-1');
    expect(a1).toMatchObject({ number: 'Artículo 1', heading: 'Comisión Coordinadora contra el Lavado de Activos y el Financiamiento del Terrorismo', path: ['CAPÍTULO I - DE LA ORGANIZACIÓN INSTITUCIONAL'] });
    expect(a1.text.startsWith('Créase la Comisión Coordinadora contra el Lavado de Activos')).toBe(true);
    expect(provision(d, 'art-30').heading).toBe('Conversión y transferencia');
    // The signatories closing the file are not article text.
    expect(d.provisions.at(-1)!.text).not.toContain('TABARÉ VÁZQUEZ');
  });

  test('Uruguay: front matter that YAML rejects is still read', () => {
    const { document: d } = parseWith(legalize, 'legislation-ury-law-17060-public-officials');
    expect(d.title).toBe('Ley Nº 17060 - LEY CRISTAL. FUNCIONARIOS PUBLICOS');
    expect(d.date).toBe('1999-01-08');
    expect(articles(d)).toHaveLength(40);
    // Items on their own source lines stay on their own lines.
    expect(provision(d, 'art-1').text.startsWith('La presente ley será aplicable a los funcionarios públicos de:\nA) Poder Legislativo, Poder Ejecutivo y Poder Judicial.\nB) Tribunal de Cuentas.')).toBe(true);
  });

  test('an article label without a number yields a finding', () => {
    const id = 'legislation-ury-law-19247-criminal-code-amendment';
    const text = corpusText(id).replace('##### Artículo 2\n', '##### Artículo segundo\n');
    const { findings } = parseWith(legalize, id, text);
    expect(findings).toEqual([expect.objectContaining({
      rule: 'article-label', reason: "Unexpected article label 'Artículo segundo', expected 'Artículo N'",
    })]);
  });
});

describe('saudi-laws-md (Saudi Arabia)', () => {
  test('Anti-Money Laundering Law', () => {
    const { document: d, findings } = parse('legislation-sau-anti-money-laundering-law');
    expect(d.title).toBe('نظام مكافحة غسل الأموال');
    expect(d.date).toBeNull();
    expect(d.provisions).toHaveLength(51);
    expect(findings).toEqual([]);
    expect(d.meta).toMatchObject({ url: 'https://nezams.com/نظام-مكافحة-غسل-الأموال/' });
    const a3 = provision(d, 'art-3');
    expect(a3).toMatchObject({ number: 'المادة الثالثة', heading: null, path: ['الفصل الثاني التجريم'] });
    expect(a3.text.startsWith('يُعد الشخص الاعتباري مرتكباً جريمة غسل الأموال')).toBe(true);
    // The chapter line and the repeated label at the top of the article are not its text.
    const a2 = provision(d, 'art-2');
    expect(a2.path).toEqual(['الفصل الثاني التجريم']);
    expect(a2.text.startsWith('يعد مرتكباً جريمة غسل الأموال كل من قام بأي من الأفعال الآتية:')).toBe(true);
    expect(provision(d, 'art-51').number).toBe('المادة الحادية والخمسون');
  });

  test('GCC Customs Law: ordinals past one hundred and several levels on one line', () => {
    const { document: d } = parse('legislation-sau-gcc-common-customs-law');
    expect(articles(d)).toHaveLength(179);
    expect(provision(d, 'art-121').number).toBe('المادة الحادية والعشرون بعد المائة');
    expect(provision(d, 'art-35').path).toEqual(['الباب الخامس: الاستيراد والتصدير', 'الفصل الأول: الاستيراد', '2- النقل براً']);
  });

  test('labels without a number are numbered from their position, with a finding', () => {
    const { document: d, findings } = parse('legislation-sau-anti-commercial-fraud-law');
    expect(provision(d, 'art-29')).toMatchObject({ number: 'المادة' });
    expect(provision(d, 'art-30').text.startsWith('ينشر هذا النظام في الجريدة الرسمية')).toBe(true);
    expect(findings.map((f) => f.rule)).toEqual(['article-label', 'article-label']);
    expect(findings[0]!.reason).toBe("Unexpected article label 'المادة', expected 'المادة <ordinal>'; numbered 29 from its position");
  });
});

/** The dispatcher reads only the front matter and the first 4,000 characters: a cheap look. */
function familyOf(id: string): MarkdownFamily {
  const input = inputFor(id);
  const frontMatterEnd = input.text.indexOf('\n---', 3);
  return detectFamily(input, parseMarkdown(input.text.slice(0, Math.max(8000, frontMatterEnd + 4000)), input.file));
}

const FAMILY_BY_FOLDER: Record<string, MarkdownFamily> = {
  chn: lawRefBook, deu: bundestag, arg: legalize, fra: legalize, lux: legalize, ury: legalize, sau: saudi,
};
const legislationFiles = rawManifest().filter((r) => r.format === 'markdown' && r.file !== null
  && /^legislation\/(chn|deu|arg|fra|lux|ury|sau)\//.test(r.file));

describe('every corpus file of these families', () => {
  test('the corpus holds the expected number of files per folder', () => {
    const perFolder: Record<string, number> = {};
    for (const r of legislationFiles) { const f = r.file!.split('/')[1]!; perFolder[f] = (perFolder[f] ?? 0) + 1; }
    expect(perFolder).toEqual({ chn: 24, deu: 14, arg: 16, fra: 4, lux: 8, ury: 8, sau: 18 });
  });

  test('the dispatcher routes each file to its family', () => {
    const wrong = legislationFiles.filter((r) => familyOf(r.id) !== FAMILY_BY_FOLDER[r.file!.split('/')[1]!]).map((r) => r.file);
    expect(wrong).toEqual([]);
  });

  const routed = rawManifest().filter((r) => r.format === 'markdown' && r.file !== null
    && [lawRefBook, bundestag, legalize, saudi].includes(familyOf(r.id)));

  test.each(routed.map((r) => [r.id]))('%s: articles, unique keys, no empty text', (id) => {
    const { family, result: { document: d, findings } } = load(id);
    expect(family).toBe(familyOf(id));
    expect(articles(d).length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.rule === 'no-articles')).toEqual([]);
    const keys = d.provisions.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of d.provisions) {
      expect(p.key).toMatch(PROVISION_KEY_PATTERN);
      expect(p.text.trim()).not.toBe('');
    }
    expect(typeof d.title).toBe('string');
  });
});
