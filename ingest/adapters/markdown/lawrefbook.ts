/**
 * LawRefBook (China): `# <title>`, dated header lines closed by `<!-- INFO END -->`, divisions as
 * headings (编/章/节), and articles as paragraphs that begin `第X条 ` (or `第X条之一 `). Paragraphs
 * without a label continue the article above them.
 */
import type { Finding } from '../../../corpus/schema.js';
import type { MarkdownFamily } from '../markdown.js';
import { parseChineseArticle, chineseToInt } from '../util/numerals.js';
import { DivisionPath, ProvisionCollector, blockText, lineOf, nodeText, noArticlesFinding, truncate, unwrapLines } from './mdast-util.js';

/** Article label followed by a space (ASCII or ideographic); the label alone is not enough. */
const ARTICLE = /^第[零〇一二两三四五六七八九十百千万]+条(?:之[一二三四五六七八九十]+)?[ \u3000]+/;
const ANNEX = /^附(?:件|表|录)([零〇一二三四五六七八九十\d]*)$/;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

function isoDate(m: RegExpExecArray): string {
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

export const lawRefBook: MarkdownFamily = (input, md) => {
  const findings: Finding[] = [];
  const file = input.file;
  const blocks = md.tree.children;
  const infoEnd = blocks.findIndex((b) => b.type === 'html' && b.value.includes('INFO END'));

  let title: string | null = null;
  const header: string[] = [];
  const path = new DivisionPath();
  const out = new ProvisionCollector(file, findings);
  let annexes = 0;
  let afterDivision = false;

  blocks.forEach((block, i) => {
    if (block.type === 'heading' && block.depth === 1 && title === null) {
      title = unwrapLines(nodeText(block));
      return;
    }
    if (i <= infoEnd) {
      // Header: dated lines saying when the law was adopted, amended or takes effect.
      if (block.type === 'paragraph') header.push(unwrapLines(nodeText(block)));
      return;
    }
    const text = blockText(block, input.text);
    if (!text) return;
    const line = lineOf(block);
    const continuesHeading = afterDivision;
    afterDivision = false;
    const annex = ANNEX.exec(text);
    if (block.type === 'heading' || annex) {
      const depth = block.type === 'heading' ? block.depth : 2;
      if (annex) {
        // An annex (附件一, 附表) closes the chapters above it and collects the text below it.
        path.leave(depth);
        annexes += 1;
        const n = annex[1] ? chineseToInt(annex[1]) ?? annexes : annexes;
        out.start({ prefix: 'annex', keyNumber: n, number: text, heading: null, type: 'annex', path: path.titles(), line });
      } else {
        path.enter(depth, text);
        afterDivision = true;
      }
      return;
    }
    const label = ARTICLE.exec(text);
    if (block.type === 'paragraph' && label) {
      const parsed = parseChineseArticle(text);
      if (!parsed) {
        findings.push({ severity: 'warning', file, line, rule: 'article-label', reason: `Unexpected article label '${label[0].trim()}', expected '第<Chinese numeral>条'` });
        out.add(text);
        return;
      }
      const keyNumber = parsed.sub === null ? String(parsed.number) : `${parsed.number}-${parsed.sub}`;
      out.start({ prefix: 'art', keyNumber, number: parsed.label, heading: null, type: 'article', path: path.titles(), line });
      out.add(text.slice(label[0].length));
      return;
    }
    if (continuesHeading && block.type === 'paragraph' && text.length <= 40 && !/[。；：]$/.test(text)) {
      // A heading the source broke over two lines (`### 第二节 向中华人民共和国请求没收、` + `返还…`).
      path.extend(text, '');
      return;
    }
    out.add(text);
  });

  if (infoEnd < 0) {
    findings.push({ severity: 'warning', file, rule: 'lawrefbook-header', reason: "Unexpected file without '<!-- INFO END -->', expected a header block closed by it" });
  }
  if (out.articleCount === 0) findings.push(noArticlesFinding(file, '第一条 …'));

  // The version date: the latest adoption or amendment date; 施行 (entry into force) lines are
  // kept apart because they can postdate the version (e.g. adopted 2021-12-24, in force 2022-05-01).
  const dated = header.map((h) => ({ line: h, m: DATE.exec(h) })).filter((d): d is { line: string; m: RegExpExecArray } => d.m !== null);
  const versions = dated.filter((d) => !/施行/.test(d.line)).map((d) => isoDate(d.m)).sort();
  const effective = dated.filter((d) => /施行/.test(d.line)).map((d) => isoDate(d.m)).sort();
  const date = versions[versions.length - 1] ?? effective[effective.length - 1] ?? null;

  const provisions = out.finish();
  const firstArticle = provisions.find((p) => p.type === 'article');
  return {
    document: {
      title,
      date,
      summary: firstArticle ? truncate(firstArticle.text.split('\n\n')[0]!) : null,
      provisions,
      meta: { header, effectiveDate: effective[effective.length - 1] ?? null },
    },
    findings,
  };
};
