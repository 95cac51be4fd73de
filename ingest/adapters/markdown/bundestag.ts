/**
 * bundestag/gesetze (Germany): front matter, `# <title> (<abbreviation>)`, a definition list of
 * metadata (`Ausfertigungsdatum\n:   1871-05-15`), divisions as headings, and each section as a
 * heading `§ 1 Keine Strafe ohne Gesetz` (at level 3 to 6 depending on how deep the law nests).
 */
import type { RootContent } from 'mdast';
import type { Finding } from '../../../corpus/schema.js';
import type { MarkdownFamily } from '../markdown.js';
import { romanToInt } from '../util/numerals.js';
import { DivisionPath, ProvisionCollector, blockText, lineOf, nodeText, noArticlesFinding, truncate, unwrapLines } from './mdast-util.js';

/** `§ 261 Geldwäsche`, `§ 9a …`, `(XXXX) §§ 349 bis 351 (weggefallen)`, `Art 1 …`, `Artikel 2 …`. */
const SECTION = /^(?:\(X+\)\s*)?(§§?|Art\.?|Artikel)\s*(\d+[a-z]?(?:\s*(?:bis|und|,|-)\s*\d+[a-z]?)*)\b\s*(.*)$/s;
const ANNEX = /^(Anlage|Anhang)\b(?:\s+(\d+|[IVX]+)\b)?\s*(.*)$/;
const REPEALED = /^\((weggefallen|gegenstandslos)\)$/;
/** A metadata entry: `Ausfertigungsdatum\n:   1871-05-15`. */
const DEFINITION = /^([^\n:]+)\n:\s+([\s\S]+)$/;

export const bundestag: MarkdownFamily = (input, md) => {
  const findings: Finding[] = [];
  const file = input.file;
  const blocks = md.tree.children;
  const h1 = blocks.findIndex((b) => b.type === 'heading' && b.depth === 1);

  // Title: the H1. A malformed front matter (AufenthG) leaves the first title lines as headings
  // before the H1; they are the start of the title.
  const before = blocks.slice(0, Math.max(h1, 0)).filter((b): b is Extract<RootContent, { type: 'heading' }> => b.type === 'heading');
  const title = h1 >= 0 ? [...before.map((b) => unwrapLines(nodeText(b))), unwrapLines(nodeText(blocks[h1]!))].join(' ') : null;

  const fm = md.frontMatter ?? {};
  const jurabk = typeof fm.jurabk === 'string' ? fm.jurabk : /^jurabk:\s*(.+)$/m.exec(input.text.slice(0, 2000))?.[1]?.trim() ?? null;
  const meta: Record<string, unknown> = { jurabk };
  const path = new DivisionPath();
  const out = new ProvisionCollector(file, findings);
  let annexes = 0;
  let inMetadata = true;

  for (const block of blocks.slice(h1 + 1)) {
    const line = lineOf(block);
    if (block.type === 'paragraph' && inMetadata) {
      const def = DEFINITION.exec(nodeText(block));
      if (def) {
        addMeta(meta, def[1]!.trim(), unwrapLines(def[2]!));
        continue;
      }
      const stand = /^Stand:\s*([\s\S]+)$/.exec(nodeText(block));
      if (stand) {
        addMeta(meta, 'Stand', unwrapLines(stand[1]!));
        continue;
      }
    }
    inMetadata = false;
    if (block.type === 'heading') {
      const text = unwrapLines(nodeText(block));
      const section = SECTION.exec(text);
      const annex = ANNEX.exec(text);
      if (section) {
        const [, sign, num, rest] = section as unknown as [string, string, string, string];
        const isParagraph = sign.startsWith('§');
        const number = `${sign} ${num}`;
        const heading = rest.trim() || null;
        const repealed = heading !== null && REPEALED.test(heading);
        out.start({
          prefix: isParagraph ? 's' : 'art', keyNumber: num, number, heading: repealed ? null : heading,
          type: isParagraph ? 'section' : 'article', path: path.titles(), line,
        });
        if (repealed) out.add(heading);
      } else if (annex) {
        // Annexes (Anlagen) belong to the whole law, not to the last division above them.
        path.leave(0);
        annexes += 1;
        const [, word, num, rest] = annex as unknown as [string, string, string | undefined, string];
        const heading = rest.trim() || null;
        const repealed = heading !== null && REPEALED.test(heading);
        const keyNumber = num ? romanToInt(num) ?? num : annexes;
        out.start({ prefix: 'annex', keyNumber, number: num ? `${word} ${num}` : word, heading: repealed ? null : heading, type: 'annex', path: [], line });
        if (repealed) out.add(heading);
      } else if (/^(§|Art)/.test(text)) {
        findings.push({ severity: 'warning', file, line, rule: 'section-label', reason: `Unexpected section label '${text.slice(0, 60)}', expected '§ <number> <heading>'` });
        out.add(text);
      } else {
        // Division: `Erster Abschnitt - Das Strafgesetz`; `Allgemeiner Teil - ` has an empty title.
        path.enter(block.depth, text.replace(/\s*-\s*$/, ''));
      }
      continue;
    }
    const text = blockText(block, input.text).trim();
    // A repealed section's body is a lone dash.
    if (!text || text === '-') continue;
    out.add(text);
  }

  if (out.articleCount === 0) findings.push(noArticlesFinding(file, '§ 1'));
  const provisions = out.finish();
  const first = provisions.find((p) => p.type === 'preamble') ?? provisions.find((p) => p.type === 'section' || p.type === 'article');
  const issued = typeof meta.Ausfertigungsdatum === 'string' ? meta.Ausfertigungsdatum : null;
  return {
    document: {
      title,
      date: issued && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(issued) ? issued : null,
      summary: first ? truncate(first.text.split('\n\n')[0]!) : null,
      provisions,
      meta,
    },
    findings,
  };
};

/** Repeated fields (`Änderung durch`) become lists. */
function addMeta(meta: Record<string, unknown>, key: string, value: string): void {
  const prev = meta[key];
  if (prev === undefined) meta[key] = value;
  else meta[key] = Array.isArray(prev) ? [...(prev as string[]), value] : [prev, value];
}
