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
import { parseLabel, type Country, type Label } from './legalize-labels.js';

interface Unit {
  kind: 'heading' | 'para' | 'block';
  depth: number;
  text: string;
  /** First line only (paragraph-level labels stand on their own line). */
  firstLine: string;
  line?: number;
  /** Every run of the paragraph is bold (`**TITULO I**`). */
  bold: boolean;
  /** Starts with a bold article label (`**ARTICULO 5º.-**`). */
  boldLabel: boolean;
  /** Tab-indented continuation that the parser read as code (`**financement du terrorisme**`). */
  code: boolean;
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
  const fm = md.frontMatter ?? {};
  const country = (typeof fm.country === 'string' ? fm.country.toLowerCase() : '') as Country;
  const blocks = md.tree.children;
  const h1 = blocks.findIndex((b) => b.type === 'heading' && b.depth === 1);
  const title = typeof fm.title === 'string' ? fm.title : h1 >= 0 ? unwrapLines(nodeText(blocks[h1]!)) : null;

  const path = new DivisionPath();
  const out = new ProvisionCollector(file, findings);
  let annexes = 0;
  let divisionOpen = false; // the last unit was a division heading whose title may continue

  const startArticle = (label: Label, unit: Unit, headingFromLabel: boolean): void => {
    const annex = label.annex;
    if (annex) annexes += 1;
    out.start({
      prefix: annex ? 'annex' : 'art', keyNumber: label.keyNumber, number: label.number,
      heading: headingFromLabel ? label.heading : null, type: annex ? 'annex' : 'article', path: path.titles(), line: unit.line,
    });
    if (!headingFromLabel && label.rest) addText(label.rest);
  };

  const addText = (text: string): void => {
    const prev = out.lastParagraph();
    if (country === 'ar' && prev !== undefined && continuesSentence(prev, text)) out.appendToLast(text);
    else if (country === 'uy' && prev === undefined && out.current?.type === 'article' && out.current.heading === null && UY_HEADING.test(text)) {
      const m = UY_HEADING.exec(text)!;
      out.setHeading(m[1]!.trim());
      out.add(text.slice(m[0].length));
    } else out.add(text);
  };

  for (const unit of blocks.slice(h1 + 1).flatMap((b) => toUnits(b, country))) {
    const wasDivision = divisionOpen;
    divisionOpen = false;
    if (!unit.text) continue;
    if (unit.kind === 'heading' || unit.boldLabel || (unit.kind === 'para' && (unit.bold || country === 'lu'))) {
      const labelText = unit.kind === 'para' && !unit.boldLabel ? unit.firstLine : unit.text;
      const label = parseLabel(labelText, country, unit.kind === 'heading' ? 'heading' : unit.boldLabel ? 'bold' : 'line');
      if (label) {
        startArticle(label, unit, unit.kind === 'heading' || unit.kind === 'para');
        if (unit.kind === 'para' && !unit.boldLabel && unit.text.length > unit.firstLine.length) addText(unit.text.slice(unit.firstLine.length));
        if (unit.boldLabel && label.rest) addText(label.rest);
        continue;
      }
      const rank = divisionRank(unit.text);
      if (rank !== null && (unit.kind === 'heading' || unit.text.length <= 200)) {
        path.enter(rank, unit.text);
        divisionOpen = true;
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
function toUnits(block: RootContent, country: Country): Unit[] {
  const base = { depth: 0, line: lineOf(block), bold: false, boldLabel: false, code: false };
  if (block.type === 'heading') {
    const text = unwrapLines(nodeText(block));
    return [{ ...base, kind: 'heading', depth: block.depth, text, firstLine: text }];
  }
  if (block.type === 'paragraph') {
    if (isPageIndex(block)) return [];
    return splitParagraph(block, country).map((runs, i) => {
      const raw = runs.map((r) => nodeText(r)).join('');
      const strongs = runs.filter((r) => r.type === 'strong');
      const first = runs.find((r) => !(r.type === 'text' && !r.value.trim()));
      return {
        ...base,
        kind: 'para' as const,
        text: unwrapLines(raw).replace(/\)\*+/g, ')').replace(/\*+\(/g, '('),
        firstLine: unwrapLines(raw.split('\n')[0]!),
        bold: strongs.length > 0 && runs.every((r) => r.type === 'strong' || (r.type === 'text' && !r.value.trim())),
        boldLabel: first?.type === 'strong' && parseLabel(nodeText(first), country, 'bold') !== null && (i > 0 || true),
      };
    });
  }
  if (block.type === 'table' && isPageIndex(block)) return [];
  const text = blockText(block).replace(/\*\*/g, '');
  return [{ ...base, kind: 'block', text, firstLine: text, code: block.type === 'code' }];
}

function splitParagraph(p: Paragraph, country: Country): PhrasingContent[][] {
  const parts: PhrasingContent[][] = [[]];
  for (const child of p.children) {
    const isLabel = child.type === 'strong' && parseLabel(nodeText(child), country, 'bold') !== null;
    if (isLabel && parts[parts.length - 1]!.some((r) => nodeText(r).trim())) parts.push([]);
    parts[parts.length - 1]!.push(child);
  }
  // `**Art. 2**º — …`: the degree sign after the bold run belongs to the label.
  return parts.filter((runs) => runs.some((r) => nodeText(r).trim()));
}
