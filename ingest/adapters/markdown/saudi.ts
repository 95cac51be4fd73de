/**
 * saudi-laws-md (Saudi Arabia, Arabic): front matter, `# <title>`, and each article as a heading
 * `## المادة الأولى` (ordinal words). The converter repeats, at the top of an article, the title of
 * a chapter that starts there (`الفصل الثاني التجريم`, or `الباب الأول` + `تعريفات`) and the
 * article label itself (`المادة الثانية`, `المادة (1)`): the first become the path, the second is
 * dropped because it duplicates the heading.
 */
import type { Finding } from '../../../corpus/schema.js';
import type { MarkdownFamily } from '../markdown.js';
import { arabicOrdinalToInt, normaliseArabic, westernDigits } from '../util/numerals.js';
import { DivisionPath, ProvisionCollector, blockText, lineOf, nodeText, noArticlesFinding, truncate, unwrapLines } from './mdast-util.js';

const ARTICLE = /^المادة(?:\s+(.*))?$/s;
/** A repeated label inside the text: short, `المادة` + ordinal or digits, maybe a colon. */
const REPEATED_LABEL = /^المادة\s*[^\n.،]{0,40}$/;
const DIVISION_RANK: Record<string, number> = { الباب: 1, الفصل: 2, القسم: 2.5, الفرع: 3 };
const DIVISION_WORD = /^(الباب|القسم|الفصل|الفرع)\s+(.*)$/s;

/** `الفصل الثاني: التصدير` is a division; `الفصل في القيمة` ("ruling on value") is not. */
function divisionOf(line: string): string | null {
  const m = DIVISION_WORD.exec(line);
  return m && (arabicOrdinalToInt(m[2]!) !== null || /^التمهيدي/.test(m[2]!)) ? m[1]! : null;
}
/** Untitled sub-headings (`التعريفات`, `أولاً: تعريفات`, `2- النقل براً`) rank below chapters. */
const SUBHEADING_RANK = 4;

export const saudi: MarkdownFamily = (input, md) => {
  const findings: Finding[] = [];
  const file = input.file;
  const fm = md.frontMatter ?? {};
  const blocks = md.tree.children;
  const h1 = blocks.findIndex((b) => b.type === 'heading' && b.depth === 1);
  const title = typeof fm.title === 'string' ? fm.title : h1 >= 0 ? unwrapLines(nodeText(blocks[h1]!)) : null;

  const path = new DivisionPath();
  const out = new ProvisionCollector(file, findings);
  // Paragraphs of the open article, held back until the next article so that its leading
  // division lines and repeated label can be recognised.
  let body: string[] | null = null;
  let pending: { number: string; keyNumber: string; line?: number } | null = null;
  let previous = 0;

  const flush = (): void => {
    if (!pending || !body) return;
    const paras = stripLeadingDivisions(body, path);
    out.start({ prefix: 'art', keyNumber: pending.keyNumber, number: pending.number, heading: null, type: 'article', path: path.titles(), line: pending.line });
    for (const p of paras) out.add(p);
  };

  for (const block of blocks.slice(h1 + 1)) {
    const line = lineOf(block);
    if (block.type === 'heading') {
      const text = unwrapLines(nodeText(block)).replace(/[:：]\s*$/, '').trim();
      const m = ARTICLE.exec(text);
      if (!m) {
        flush();
        pending = null;
        body = null;
        const division = divisionOf(text);
        path.enter(division ? DIVISION_RANK[division]! : SUBHEADING_RANK, text);
        continue;
      }
      flush();
      const parsed = m[1] ? arabicOrdinalToInt(m[1]) : null;
      let keyNumber: string;
      if (parsed) {
        previous = parsed.value;
        keyNumber = [String(parsed.value), ...qualifiers(parsed.rest)].join('-');
      } else {
        previous += 1;
        keyNumber = String(previous);
        findings.push({
          severity: 'warning', file, line, rule: 'article-label',
          reason: `Unexpected article label '${text}', expected 'المادة <ordinal>'; numbered ${previous} from its position`,
        });
      }
      pending = { number: text, keyNumber, line };
      body = [];
      continue;
    }
    const text = blockText(block, input.text);
    if (!text) continue;
    if (body) body.push(text);
    else out.add(text);
  }
  flush();

  if (out.articleCount === 0) findings.push(noArticlesFinding(file, 'المادة الأولى'));
  const provisions = out.finish();
  const firstArticle = provisions.find((p) => p.type === 'article');
  const meta: Record<string, unknown> = { url: typeof fm.source_url === 'string' ? fm.source_url : null };
  for (const k of ['doc_type', 'issued_by', 'approval_date_hijri', 'publish_date', 'status', 'category', 'amendments', 'note']) {
    if (fm[k] !== undefined) meta[k] = fm[k];
  }
  return {
    document: {
      title,
      // The files give Hijri dates only (approval_date_hijri, publish_date): no Gregorian date.
      date: null,
      summary: firstArticle ? truncate(firstArticle.text.split('\n\n')[0]!) : null,
      provisions,
      meta,
    },
    findings,
  };
};

/** `مكرر (١)` → ['bis', '1']: what follows the ordinal, as key parts. */
function qualifiers(rest: string): string[] {
  const parts: string[] = [];
  if (/مكرر/.test(rest)) parts.push('bis');
  const n = /\(?\s*([\d٠-٩]+)\s*\)?/.exec(rest);
  if (n) parts.push(westernDigits(n[1]!));
  return parts;
}

/**
 * Removes the division lines and the repeated label at the top of an article body, entering the
 * divisions into the path. Without a repeated label, only a leading `الباب …`/`الفصل …` line (and
 * the title line after a bare one) is taken as a division.
 */
function stripLeadingDivisions(paras: string[], path: DivisionPath): string[] {
  const labelAt = paras.slice(0, 5).findIndex((p) => REPEATED_LABEL.test(p));
  const leading = labelAt >= 0 && paras.slice(0, labelAt).every((p) => p.length <= 120) ? paras.slice(0, labelAt) : [];
  if (labelAt >= 0 && leading.length === labelAt) {
    enterDivisions(leading, path);
    return paras.slice(labelAt + 1);
  }
  const first = paras[0];
  if (first && divisionOf(first) && first.length <= 80) {
    const bare = first.split(/\s+/).length <= 3;
    const next = paras[1];
    const takeTitle = bare && next !== undefined && next.length <= 80 && !divisionOf(next) && !/[.:،]$/.test(next);
    enterDivisions(takeTitle ? [first, next] : [first], path);
    return paras.slice(takeTitle ? 2 : 1);
  }
  return paras;
}

function enterDivisions(raw: string[], path: DivisionPath): void {
  // One line can hold several levels: `الباب الخامس: الاستيراد والتصدير: الفصل الأول: الاستيراد: 1- النقل بحراً`.
  const lines = raw.flatMap((l) => l.split(/\s*[:：]\s+(?=(?:الباب|القسم|الفصل|الفرع)\s|[\d٠-٩]+\s*[-–])/));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const division = divisionOf(line);
    if (!division) {
      path.enter(SUBHEADING_RANK, line);
      continue;
    }
    // `الباب الأول` followed by its title on the next line: one entry.
    const next = lines[i + 1];
    const bare = normaliseArabic(line).split(' ').length <= 3 && !/[:：]/.test(line);
    if (bare && next !== undefined && !divisionOf(next)) {
      path.enter(DIVISION_RANK[division]!, `${line} ${next}`);
      i += 1;
    } else path.enter(DIVISION_RANK[division]!, line);
  }
}
