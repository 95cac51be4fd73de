/**
 * legalize-* (Argentina, France, Luxembourg, Uruguay): YAML front matter, `# <title>`, divisions as
 * headings and articles mostly as level-5 headings. The conversions are uneven, so articles are
 * recognised by their label wherever the source put it: a heading of any level (`Article 111-1`,
 * `Art. 1er. Définitions.`, `Artículo 204: <first words>`), a bold run inside a paragraph
 * (`**ARTICULO 1º.-** Este Código…`, Argentina) or a paragraph of its own (`Art. 158.`,
 * Luxembourg Code pénal). Headings that carry no label are text the converter marked wrongly.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Finding } from '../../../corpus/schema.js';
import type { MarkdownFamily } from '../markdown.js';
import { romanToInt } from '../util/numerals.js';
import {
  DivisionPath, ProvisionCollector, blockText, isPageIndex, lineOf, nodeText, noArticlesFinding, truncate, unwrapLines,
} from './mdast-util.js';

type Country = 'fr' | 'lu' | 'ar' | 'uy' | '';
/** Where a label was found: a heading, a bold run opening a paragraph, or a line of its own. */
type LabelMode = 'heading' | 'bold' | 'line';

interface Label {
  /** As written, without trailing punctuation: `Article 324-1`, `Art. 1er`, `Artículo 5°`. */
  number: string;
  keyNumber: string;
  heading: string | null;
  /** Text after the label that starts the article text (Argentina: `Artículo 204: Será …`). */
  rest: string;
  annex: boolean;
}

const FR_LABEL = /^Article\s+(\S.*)$/s;
const LU_LABEL = /^Art(?:icle)?\.?\s*(\d+(?:-\d+)*)\s*(er|ère|re)?\s*(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies|undecies|duodecies)?((?:\.?\s*(?:à|et|,)\s*(?:Art\.\s*)?\d+(?:-\d+)*(?:bis|ter|quater)?)*)\s*\.?(?=\s|$)/;
const ES_LABEL = /^(?:ART[IÍ]CULO|Art[ií]culo|Art\.)\s*(\d+)\s*(?:[°º]|o\b)?\s*[.:]?\s*(?:-\s*)?(bis|ter|qu[aá]ter|quinquies|quinque|quinto|sexies|septies|octies|nonies|decies|undecies)?\b\s*[°º]?(?:\s*\((\d+)\))?/i;

function parseLabel(text: string, country: Country, mode: LabelMode): Label | null {
  const t = text.trim();
  if (country === 'fr' || country === '') {
    const m = FR_LABEL.exec(t);
    if (m && mode === 'heading') {
      const annex = /^Annexe\b/.test(m[1]!);
      return { number: t, keyNumber: annex ? m[1]!.replace(/^Annexe\s*/, '') : m[1]!, heading: null, rest: '', annex };
    }
    if (country === 'fr') return null;
  }
  if (country === 'lu' || country === '') {
    const m = LU_LABEL.exec(t);
    if (m) {
      const rest = t.slice(m[0].length).trim();
      // A line-level label stands alone, or opens an amendment note: `Art. 61. (`.
      if (mode === 'line' && rest && rest !== '(') return null;
      const opensNote = rest.startsWith('(');
      return {
        number: m[0].trim().replace(/\.$/, ''),
        keyNumber: `${m[1]}${m[3] ?? ''} ${(m[4] ?? '').replace(/Art\.\s*/g, '')}`.trim(),
        heading: opensNote || !rest ? null : rest.replace(/\.$/, '').trim() || null,
        rest: opensNote ? rest : '',
        annex: false,
      };
    }
    if (country === 'lu') return null;
  }
  // Spanish labels start with a capital: `artículo 86.` at the start of a heading is a wrapped text line.
  const m = /^[AÁ]/.test(t) ? ES_LABEL.exec(t) : null;
  if (!m) return null;
  const rest = t.slice(m[0].length).replace(/^[\s.:\-–—]+/, '');
  if (mode === 'line' && rest) return null;
  return {
    number: m[0].trim().replace(/[\s.:\-–—]+$/, ''),
    keyNumber: [m[1], m[2]?.toLowerCase(), m[3]].filter(Boolean).join('-'),
    heading: null,
    rest,
    annex: false,
  };
}

interface Unit {
  kind: 'heading' | 'para' | 'block';
  depth: number;
  text: string;
  /** First line, and the lines after it (paragraph-level labels stand on their own line). */
  firstLine: string;
  restLines: string;
  line?: number;
  /** Every run of the paragraph is bold (`**TITULO I**`). */
  bold: boolean;
  /** Starts with a bold article label (`**ARTICULO 5º.-**`). */
  boldLabel: boolean;
  /** Tab-indented continuation that the parser read as code (`**financement du terrorisme**`). */
  code: boolean;
  /** A heading whose bold run is closed on a later line: the title continues there. */
  unclosedBold: boolean;
}

const DIVISION_RANK: Record<string, number> = {
  partie: 1, parte: 1, annexes: 1, livre: 2, libro: 2, titre: 3, titulo: 3, 'sous-titre': 3.5,
  chapitre: 4, capitulo: 4, section: 5, seccion: 5, 'sous-section': 6, paragraphe: 7, 'sous-paragraphe': 8,
};
const DIVISION = /^(Partie|PARTIE|Parte|PARTE|Annexes|Livre|LIVRE|Libro|LIBRO|Titre|TITRE|T[ií]tulo|T[IÍ]TULO|Sous-titre|Chapitre|CHAPITRE|Cap[ií]tulo|CAP[IÍ]TULO|Section|SECTION|Secci[oó]n|SECCI[OÓ]N|Sous-section|Paragraphe|Sous-paragraphe)(?=[\s.:]|$)/;
/** Lettered subdivisions of the French Code des douanes: `A. - Saisies à domicile.` */
const LETTERED = /^[A-H]\.\s+-\s/;
const ANNEX = /^(ANEXO|Anexo|ANNEXE|Annexe)\b\.?\s*([IVXLC]+|\d+)?\b/;
/** Looks like an article label but may not parse: such headings get a finding. */
const LABEL_LIKE = /^(ART[IÍ]CULO|Art[ií]culo|Article|Art)\b/;
/** Uruguay: `(Heading).- text` opens the article text. */
const UY_HEADING = /^\((.{1,300}?)\)\s*\.?\s*[-–—]+\s*/s;

function divisionRank(text: string): number | null {
  const m = DIVISION.exec(text);
  if (m) return DIVISION_RANK[m[1]!.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')] ?? null;
  return LETTERED.test(text) ? 9 : null;
}

export const legalize: MarkdownFamily = (input, md) => {
  const findings: Finding[] = [];
  const file = input.file;
  const fm = md.frontMatter ?? looseFrontMatter(md.frontMatterRaw ?? '');
  const country = (typeof fm.country === 'string' ? fm.country.toLowerCase() : '') as Country;
  const blocks = md.tree.children;
  const h1 = blocks.findIndex((b) => b.type === 'heading' && b.depth === 1);
  const title = typeof fm.title === 'string' ? fm.title : h1 >= 0 ? unwrapLines(nodeText(blocks[h1]!)) : null;

  const path = new DivisionPath();
  const out = new ProvisionCollector(file, findings);
  let annexes = 0;
  let divisionOpen = false; // the last unit was a division heading whose title may continue
  let divisionUnclosed = false; // … and its bold run is closed on the next line

  let notePrefix = '';

  const startArticle = (label: Label, unit: Unit): void => {
    out.start({
      prefix: label.annex ? 'annex' : 'art', keyNumber: label.keyNumber, number: label.number,
      heading: label.heading, type: label.annex ? 'annex' : 'article', path: path.titles(), line: unit.line,
    });
    // `Art. 11. (` + `[L. du 27 juin 2018] )`: the note opened on the label line goes with the text.
    if (label.rest === '(') notePrefix = '(';
    else if (label.rest) addText(label.rest);
  };

  const addText = (raw: string): void => {
    const text = notePrefix + raw.trim();
    notePrefix = '';
    const prev = out.lastParagraph();
    // `(1)` alone on a line numbers the paragraph that follows it (Luxembourg).
    if (prev !== undefined && /^\(\d+[a-z]?\)$/.test(prev)) out.appendToLast(text);
    else if (country === 'ar' && prev !== undefined && continuesSentence(prev, text)) out.appendToLast(text);
    else if (country === 'uy' && prev === undefined && out.current?.type === 'article' && out.current.heading === null && UY_HEADING.test(text)) {
      const m = UY_HEADING.exec(text)!;
      out.setHeading(m[1]!.trim());
      out.add(text.slice(m[0].length));
    } else out.add(text);
  };

  const units = blocks.slice(h1 + 1).flatMap((b) => toUnits(b, country, input.text));
  if (country === 'lu') joinBrokenSuffixes(units);
  for (const unit of units) {
    const wasDivision = divisionOpen;
    const wasUnclosed = divisionUnclosed;
    divisionOpen = false;
    divisionUnclosed = false;
    if (!unit.text) continue;
    if (unit.kind === 'heading' || unit.boldLabel || (unit.kind === 'para' && (unit.bold || country === 'lu'))) {
      const mode: LabelMode = unit.kind === 'heading' ? 'heading' : unit.boldLabel ? 'bold' : 'line';
      const label = parseLabel(mode === 'line' ? unit.firstLine : unit.text, country, mode);
      if (label) {
        startArticle(label, unit);
        if (mode === 'line' && unit.restLines) addText(unit.restLines);
        continue;
      }
      const rank = divisionRank(unit.text);
      if (rank !== null && (unit.kind === 'heading' || unit.text.length <= 200)) {
        path.enter(rank, unit.text);
        divisionOpen = true;
        divisionUnclosed = unit.unclosedBold;
        continue;
      }
      const annex = ANNEX.exec(unit.text);
      if (annex && (unit.kind === 'heading' || unit.bold)) {
        path.leave(0);
        annexes += 1;
        const n = annex[2] ? romanToInt(annex[2]) ?? annex[2] : annexes;
        out.start({ prefix: 'annex', keyNumber: n, number: annex[0].trim(), heading: unit.text.slice(annex[0].length).replace(/^[\s.:\-–—]+/, '') || null, type: 'annex', path: [], line: unit.line });
        continue;
      }
      if (unit.kind === 'heading' && LABEL_LIKE.test(unit.text)) {
        findings.push({
          severity: 'warning', file, line: unit.line, rule: 'article-label',
          reason: `Unexpected article label '${unit.text.slice(0, 60)}', expected '${expectedLabel(country)}'`,
        });
      }
    }
    if (wasUnclosed && unit.kind !== 'heading' && unit.text.length <= 200) {
      path.extend(unit.text.replace(/\*\*/g, '').trim(), ' ');
      continue;
    }
    // An amendment note between a division heading and its title: `*(Título incorporado por …)*`.
    if (wasDivision && unit.kind === 'para' && /^\(.*\)$/s.test(unit.text)) {
      addText(unit.text);
      divisionOpen = true;
      continue;
    }
    // A division title continued on the next block: `### CAPITULO I` + `DE LA CONSERVACION DE LA FAUNA`.
    if (wasDivision && unit.kind !== 'heading' && unit.text.length <= 150 && !/[.:;]$/.test(unit.text) && !/^[(*]/.test(unit.text)) {
      path.extend(unit.text, unit.code ? ' ' : ' - ');
      divisionOpen = !unit.code;
      continue;
    }
    addText(unit.text);
  }

  // Uruguay ends with the signatories as a bold line: metadata, not article text.
  const signatories = typeof fm.signatories === 'string' ? fm.signatories.trim() : null;
  if (signatories && out.lastParagraph()?.trim() === signatories) out.popLast();

  if (out.articleCount === 0) findings.push(noArticlesFinding(file, expectedLabel(country)));
  const provisions = out.finish();
  const firstArticle = provisions.find((p) => p.type === 'article');
  const date = typeof fm.publication_date === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(fm.publication_date) ? fm.publication_date : null;
  const meta: Record<string, unknown> = { url: typeof fm.source === 'string' ? fm.source : null };
  for (const k of ['identifier', 'rank', 'status', 'last_updated', 'enactment_date', 'promulgation_date', 'entry_in_force', 'short_title', 'eli', 'texto_resumido', 'signatories']) {
    if (fm[k] !== undefined) meta[k] = fm[k];
  }
  return {
    document: {
      title,
      date,
      summary: firstArticle ? truncate(firstArticle.text.split('\n\n')[0]!) : null,
      provisions,
      meta,
    },
    findings,
  };
};

/**
 * Front matter that YAML rejects (an unindented continuation line inside a quoted value, seen in
 * Uruguayan files) is read field by field so that title, date and country are not lost.
 */
function looseFrontMatter(raw: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of raw.matchAll(/^([a-z_]+):[ \t]*"?(.*?)"?[ \t]*$/gm)) out[m[1]!] = m[2]!;
  return out;
}

function expectedLabel(country: Country): string {
  return country === 'fr' ? 'Article N' : country === 'lu' ? 'Art. N.' : 'Artículo N';
}

/**
 * Argentine files break sentences into separate paragraphs at every source line. A paragraph
 * continues the previous one when that one stops without closing punctuation and this one is
 * not a new enumerated item (`a)`, `2.`, `III.`).
 */
function continuesSentence(prev: string, next: string): boolean {
  if (!/[\p{L}\d,]$/u.test(prev)) return false;
  if (/^\p{Lu}[\p{Lu}\s]+$/u.test(prev)) return false; // a heading-like line in capitals
  return !/^(?:[a-zñ]{1,2}|\d{1,3}|[IVXL]{1,5})[).]\s/.test(next) && !/^[-•*]\s/.test(next);
}

/** One mdast block → units; paragraphs are split where a bold article label starts mid-paragraph. */
function toUnits(block: RootContent, country: Country, source: string): Unit[] {
  const base = { depth: 0, line: lineOf(block), bold: false, boldLabel: false, code: false, unclosedBold: false };
  if (block.type === 'heading') {
    const raw = unwrapLines(nodeText(block));
    const text = raw.replace(/\*\*/g, '').trim();
    return [{ ...base, kind: 'heading', depth: block.depth, text, firstLine: text, restLines: '', unclosedBold: raw !== text && raw.includes('**') }];
  }
  if (block.type === 'paragraph') {
    if (isPageIndex(block)) return [];
    const bold = block.children.some((c) => c.type === 'strong')
      && block.children.every((c) => c.type === 'strong' || (c.type === 'text' && !c.value.trim()));
    return splitAtLabels(block, country).map((seg, i) => {
      const clean = seg.text.replace(/\)\*+/g, ')').replace(/\*+\(/g, '(').replace(/\*\*/g, '')
        // `Art. 409\n*bis*\n. (` — a label broken around its italic suffix (Luxembourg).
        .replace(LABEL_BROKEN_SUFFIX, '$1$2.');
      const lines = clean.split('\n');
      return {
        ...base,
        kind: 'para' as const,
        text: unwrapLines(clean),
        firstLine: unwrapLines(lines[0]!),
        restLines: unwrapLines(lines.slice(1).join('\n')),
        bold: bold && i === 0,
        boldLabel: seg.label,
      };
    });
  }
  if (block.type === 'table' && isPageIndex(block)) return [];
  const text = blockText(block, source).replace(/\*\*/g, '');
  return [{ ...base, kind: 'block', text, firstLine: text, restLines: '', code: block.type === 'code' }];
}

const SUFFIX = /^(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\s*\.\s*/;

/** `##### Art. 409` + `*ter*\n. (…`: the italic suffix of the label fell into the next paragraph. */
function joinBrokenSuffixes(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1]!;
    const m = SUFFIX.exec(next.text);
    if (u.kind !== 'heading' || next.kind !== 'para' || !m || !/^Art\.\s*\d+(?:-\d+)*\.?$/.test(u.text)) continue;
    u.text = u.firstLine = `${u.text.replace(/\.$/, '')}${m[1]}.`;
    next.text = next.text.slice(m[0].length);
    next.firstLine = next.text;
    next.restLines = '';
  }
}

const SPLIT = '\u0001';
const LABEL_BROKEN_SUFFIX = /^(Art\.\s*\d+(?:-\d+)*)\s*\n\s*(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\s*\.?(?:\n\s*\.)?/;
/** A bold label the parser left as literal asterisks: `**ARTICULO 128 —**Será` (no right flank). */
const LITERAL_BOLD_LABEL = /\*\*((?:ART[IÍ]CULO|Art[ií]culo|Art\.)\s*\d[^*\n]{0,24})\*\*/g;

/**
 * A paragraph's text cut where a bold article label starts (`…)***ARTICULO 2º.-** Si la ley…`):
 * the part before it belongs to the previous article.
 */
function splitAtLabels(p: Paragraph, country: Country): { text: string; label: boolean }[] {
  let text = '';
  const children = p.children as PhrasingContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const t = nodeText(child);
    const gap = children[i + 1]?.type === 'text' && !nodeText(children[i + 1]!).trim() ? 1 : 0;
    const next = children[i + 1 + gap];
    // `**ARTICULO** **303**:` — the word and the number in two bold runs.
    if (child.type === 'strong' && next?.type === 'strong' && /^\s*(ART[IÍ]CULO|Art[ií]culo)\s*$/.test(t) && parseLabel(`${t.trim()} ${nodeText(next).trim()}`, country, 'bold')) {
      text += `${SPLIT}${t.trim()} ${nodeText(next).trim()}`;
      i += 1 + gap;
    } else if (child.type === 'strong' && parseLabel(t, country, 'bold')) text += SPLIT + t;
    else if (child.type === 'text' && country !== 'fr') text += t.replace(LITERAL_BOLD_LABEL, (all, label: string) => (parseLabel(label, country, 'bold') ? SPLIT + label : all));
    else text += t;
  }
  return text
    .split(SPLIT)
    .map((part, i) => ({ text: part, label: i > 0 }))
    .filter((seg) => seg.text.trim());
}
