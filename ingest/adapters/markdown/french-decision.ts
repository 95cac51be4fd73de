/**
 * French Cour de cassation decisions converted from PDF: `# Pourvoi <n> du <date>`, a header of
 * short lines (case number and formation, decision number, outcome, president, court), the
 * introduction (who appealed, briefs, hearing), then the reasoning in numbered paragraphs that
 * the conversion often runs together on one line, and the operative part (`PAR CES MOTIFS`).
 *
 * Line breaks come from the PDF layout, so the text is read line by line: part headings
 * ("Faits et procédure", "Examen des moyens", "Sur le premier moyen", "Réponse de la Cour") are
 * recognised at the start of a line and become the path; paragraphs are split at the next
 * expected number (`12. `), which keeps numbers inside the text from splitting it.
 */
import type { Finding } from '../../../corpus/schema.js';
import type { ParsedProvision } from '../types.js';
import type { MarkdownFamily } from '../markdown.js';
import { KeyAllocator } from '../util/keys.js';
import { clip } from './generic.js';

const MONTHS: Record<string, string> = {
  janvier: '01', février: '02', fevrier: '02', mars: '03', avril: '04', mai: '05', juin: '06', juillet: '07',
  août: '08', aout: '08', septembre: '09', octobre: '10', novembre: '11', décembre: '12', decembre: '12',
};
const OUTCOME = /^(CASSATION(?: PARTIELLE)?(?: SANS RENVOI)?|REJET|IRRECEVABILIT[ÉE]|NON-LIEU(?: À STATUER)?|D[ÉE]CH[ÉE]ANCE|ANNULATION(?: PARTIELLE)?|D[ÉE]SISTEMENT|NON-ADMISSION|RENVOI)\b/;
/** Level 0: the parts of the decision. */
const PART = /^(Faits et procédure|Examen (?:des|du) moyens?|Examen de la recevabilité[^.\d]*|Recevabilité[^.\d]*|Portée et conséquences de la cassation)(?=\s|$)/;
/** Level 2: the statement of a ground and the Court's answer. */
const GROUND = /^([ÉE]nonc[ée] d(?:u|es) moyens?|Réponse de la Cour)(?=\s|$)/;
/** Level 1: "Sur le premier moyen, pris en sa première branche", "Mais sur le moyen relevé d'office". */
const ON_GROUND = /^(?:(?:Mais|Et)\s+)?[Ss]ur\s+(?:le|la|les|l['’])/;
const OPERATIVE = /^PAR CES MOTIFS/;
const FOOTER = /^Pourvoi N°\s*[\d.-]+\s*-/;

export function frenchDate(text: string): string | null {
  const m = /(\d{1,2})(?:er)?\s+([a-zéû]+)\s+(\d{4})/i.exec(text);
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  return m && month ? `${m[3]}-${month}-${m[1]!.padStart(2, '0')}` : null;
}

/** Join PDF lines: a new line after a full stop (not `M.`), colon or semicolon, a space otherwise. */
function joinLine(prev: string, line: string): string {
  if (!prev) return line;
  return /[.:;]$/.test(prev) && !/(?:^|\s)(?:M|MM|Mme|Mmes|Me|n°)\.$/.test(prev) ? `${prev}\n${line}` : `${prev} ${line}`;
}

export const frenchDecision: MarkdownFamily = (input) => {
  const findings: Finding[] = [];
  const lines = input.text.split(/\r?\n/);
  const titleIndex = lines.findIndex((l) => /^#\s*Pourvoi\b/.test(l));
  const title = titleIndex >= 0 ? lines[titleIndex]!.replace(/^#+\s*/, '').trim() : null;
  const date = title ? frenchDate(title) : null;
  if (!date) findings.push({ severity: 'warning', file: input.file, line: titleIndex + 1 || 1, rule: 'fr-decision-date', reason: 'Unexpected title without a date, expected "# Pourvoi <number> du <day> <month> <year>"' });

  const body = lines.map((text, i) => ({ text: text.trim(), line: i + 1 })).slice(titleIndex + 1).filter((l) => l.text && !FOOTER.test(l.text));
  // The header: the short lines before the introduction.
  let h = 0;
  while (h < body.length && body[h]!.text.length < 100) h++;
  const header = body.slice(0, h).map((l) => l.text);
  const meta: Record<string, unknown> = {};
  for (const l of header) {
    const num = /^N°\s*(?:[A-Z]\s+)?(\d{2}-\d{2}\.\d{3})\s*(.*)$/.exec(l);
    if (num) { meta.citation = num[1]; if (num[2]) meta.formation = num[2]; continue; }
    const decision = /^N°\s*(\d+)$/.exec(l);
    if (decision) { meta.decision_number = decision[1]; continue; }
    const outcome = OUTCOME.exec(l);
    if (outcome && l === l.toUpperCase()) { meta.outcome ??= l; continue; }
    const president = /^((?:M\.|Mme)\s+.+?)\s+président/.exec(l);
    if (president) { meta.president = president[1]; continue; }
    const court = /^ARRÊT DE LA (COUR DE CASSATION),\s*(CHAMBRE [A-ZÉÈ ]+?),?$/.exec(l);
    if (court) meta.court = `Cour de cassation, ${court[2]!.toLowerCase()}`;
  }
  if (!meta.outcome) findings.push({ severity: 'warning', file: input.file, line: body[0]?.line, rule: 'fr-decision-outcome', reason: 'Unexpected header without an outcome line, expected CASSATION, REJET, IRRECEVABILITE, ...' });

  const keys = new KeyAllocator();
  const provisions: ParsedProvision[] = [];
  let intro = '';
  let path: [string, string, string] = ['', '', ''];
  let current: ParsedProvision | null = null;
  let pending = '';
  let next = 1;
  let reasoning = false;
  let operative: { text: string; line: number } | null = null;

  const addText = (text: string, headingSince: boolean): void => {
    if (!text) return;
    if (current && !headingSince && !pending) current.text = joinLine(current.text, text);
    else pending = joinLine(pending, text);
  };
  let headingSince = false;

  for (const { text: raw, line } of body.slice(h)) {
    if (operative) { operative.text = joinLine(operative.text, raw); continue; }
    if (OPERATIVE.test(raw)) { operative = { text: raw, line }; continue; }
    let rest = raw;
    const part = PART.exec(rest);
    if (part && (reasoning || /^Faits/.test(part[1]!) || /\s1\.\s/.test(rest))) {
      path = [part[1]!, '', ''];
      rest = rest.slice(part[0].length).trim();
      reasoning = true;
      headingSince = true;
    } else if (reasoning && GROUND.test(rest)) {
      const g = GROUND.exec(rest)!;
      path = [path[0], path[1], g[1]!];
      rest = rest.slice(g[0].length).trim();
      headingSince = true;
    } else if (reasoning && ON_GROUND.test(rest)) {
      // The heading runs up to the next paragraph number or to the end of a short line.
      const at = new RegExp(`(?:^|\\s)${next}\\.\\s`).exec(rest);
      const heading = at ? rest.slice(0, at.index) : rest.length < 300 && !/\.\s/.test(rest) ? rest : null;
      if (heading !== null) {
        path = [path[0], heading.trim(), ''];
        rest = rest.slice(heading.length).trim();
        headingSince = true;
      }
    }
    if (!reasoning) { intro = joinLine(intro, rest); continue; }
    // Split the rest of the line at each expected paragraph number.
    for (;;) {
      const at = new RegExp(`(?:^|\\s)${next}\\.\\s+(?=[A-ZÀ-ÖØ-Þ«"“(\\[])`).exec(rest);
      if (!at) { addText(rest.trim(), headingSince); if (rest.trim()) headingSince = false; break; }
      addText(rest.slice(0, at.index).trim(), headingSince);
      if (current) provisions.push(current);
      current = { key: keys.allocate('para', next), number: String(next), heading: null, text: pending, type: 'paragraph', path: path.filter(Boolean) };
      pending = '';
      headingSince = false;
      rest = rest.slice(at.index + at[0].length);
      next++;
    }
  }
  if (current) provisions.push(current);
  if (pending) {
    findings.push({ severity: 'info', file: input.file, rule: 'fr-decision-unnumbered-text', reason: 'Unexpected text after the last numbered paragraph, expected PAR CES MOTIFS; kept as a note' });
    provisions.push({ key: keys.allocate('note', null), number: null, heading: null, text: pending, type: 'note', path: path.filter(Boolean) });
  }
  for (const p of provisions) p.text = p.text.trim();
  if (intro) provisions.unshift({ key: keys.allocate('preamble', null), number: null, heading: null, text: intro, type: 'preamble', path: [] });
  if (operative) {
    provisions.push({ key: keys.allocate('sec', 'dispositif'), number: null, heading: 'PAR CES MOTIFS', text: operative.text, type: 'other', path: [] });
  } else {
    findings.push({ severity: 'warning', file: input.file, rule: 'fr-decision-operative', reason: 'Unexpected decision without "PAR CES MOTIFS", expected the operative part at the end' });
  }
  if (next === 1) findings.push({ severity: 'warning', file: input.file, rule: 'fr-decision-paragraphs', reason: 'Unexpected reasoning without numbered paragraphs, expected "1. ", "2. ", ...' });
  meta.paragraphs = next - 1;

  return {
    document: { title, date, summary: intro ? clip(intro.split('\n')[0]!) : null, language: 'fr', provisions, meta },
    findings,
  };
};
