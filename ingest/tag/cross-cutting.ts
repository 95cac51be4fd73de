/** Cross-cutting issues of a provision: a term in its heading or a division heading, or twice in its text. */
import { CROSS_CUTTING_CODES } from '../../corpus/vocab/cross-cutting.js';
import type { ProvisionScan } from './crimes.js';
import { xcHits } from './scan.js';

export interface CrossCuttingFinding {
  code: string;
  rule: 'heading' | 'structure' | 'text';
  terms: string[];
}

/** Occurrences in one text that show the provision is about the issue, not a passing reference. */
const TEXT_HITS = 2;

export function provisionCrossCutting(p: ProvisionScan): CrossCuttingFinding[] {
  const out: CrossCuttingFinding[] = [];
  for (const code of CROSS_CUTTING_CODES) {
    const heading = xcHits(p.heading, code);
    const path = p.path.flatMap((s) => xcHits(s, code));
    const text = xcHits(p.text, code);
    const terms = (hits: typeof text) => [...new Set(hits.map((h) => h.verbatim))];
    if (heading.length) out.push({ code, rule: 'heading', terms: terms([...heading, ...text]) });
    else if (path.length) out.push({ code, rule: 'structure', terms: terms(path) });
    else if (text.length >= TEXT_HITS) out.push({ code, rule: 'text', terms: terms(text) });
  }
  return out;
}
