/** Which treaty a treaty text is: the adapter's `meta.treaty` code, else the treaty whose name its title starts with. */
import { TREATY_ALIASES } from '../../corpus/lexicon/articles.js';
import { normalizeText } from '../../corpus/lexicon/normalize.js';
import { treatyByCode, TREATIES } from '../../corpus/vocab/treaties.js';

function names(): [string, string][] {
  const out: [string, string][] = [];
  for (const t of TREATIES) for (const n of [...Object.values(t.labels), ...Object.values(t.short)]) out.push([normalizeText(n), t.code]);
  for (const [code, aliases] of Object.entries(TREATY_ALIASES)) for (const a of aliases) out.push([normalizeText(a), code]);
  // Longest first: a Protocol's title starts with its own name, which may contain the Convention's.
  return out.filter(([n]) => n.length > 6).sort((a, b) => b[0].length - a[0].length);
}

let cache: [string, string][] | undefined;

export function treatyCodeOf(meta: Record<string, unknown>, titles: readonly (string | null)[]): string | null {
  const declared = meta.treaty;
  if (typeof declared === 'string' && treatyByCode(declared)) return declared;
  cache ??= names();
  for (const title of titles) {
    if (!title) continue;
    const t = normalizeText(title).replace(/[.\s]+$/, '');
    const hit = cache.find(([n]) => t.startsWith(n) || (n.startsWith(t) && t.length > 12));
    if (hit) return hit[1];
  }
  return null;
}
