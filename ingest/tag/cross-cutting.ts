/** Cross-cutting issues of a provision: a term in its heading or a division heading, or repeated in its text. */
import { CROSS_CUTTING_CODES } from '../../corpus/vocab/cross-cutting.js';
import { mentions, type ProvisionScan } from './crimes.js';
import { xcHits } from './scan.js';

export interface CrossCuttingFinding {
  code: string;
  rule: 'heading' | 'structure' | 'text';
  terms: string[];
}

/** Mentions in one text (close hits counted once) that show the provision is about the issue, not a passing reference. */
const TEXT_MENTIONS = 3;

export function provisionCrossCutting(p: ProvisionScan): CrossCuttingFinding[] {
  const out: CrossCuttingFinding[] = [];
  for (const code of CROSS_CUTTING_CODES) {
    const heading = xcHits(p.heading, code);
    const path = p.path.flatMap((s) => xcHits(s, code));
    const text = xcHits(p.text, code);
    const terms = (hits: typeof text) => [...new Set(hits.map((h) => h.verbatim))];
    if (heading.length) out.push({ code, rule: 'heading', terms: terms([...heading, ...text]) });
    else if (path.length) out.push({ code, rule: 'structure', terms: terms(path) });
    else if (mentions(text) >= TEXT_MENTIONS) out.push({ code, rule: 'text', terms: terms(text) });
  }
  return out;
}
