/**
 * Source-given charges (Chinese case facts: `meta.charges` such as "走私、贩卖、运输、制造毒品罪")
 * mapped to crime categories. The charge names are matched with the Chinese lexicon; charges the
 * lexicon does not name (offences of the Criminal Law's chapters on obstruction of justice and
 * duty crimes) are listed here.
 */
import type { CrimeSlug } from '../../corpus/vocab/crimes.js';
import { titleCrimes } from './crimes.js';
import { scannerFor, lexiconLanguages } from './scan.js';

const EXTRA: readonly [string, CrimeSlug][] = [
  ['职务侵占', 'corruption'],
  ['挪用资金', 'corruption'],
  ['滥用职权', 'corruption'],
  ['徇私枉法', 'corruption'],
  ['窝藏', 'obstruction-of-justice'],
  ['包庇', 'obstruction-of-justice'],
  ['拒不执行判决', 'obstruction-of-justice'],
  ['伪证', 'obstruction-of-justice'],
  ['组织、领导、参加黑社会', 'participation-in-organized-criminal-group'],
];

/** The charges of a record's metadata, whatever their key and shape. */
export function chargesOf(meta: Record<string, unknown>): string[] {
  for (const key of ['charges', 'crime', 'crimes']) {
    const v = meta[key];
    if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    if (typeof v === 'string' && v.trim()) return v.split(/[；;、]\s*(?=\S+罪)/);
  }
  return [];
}

export interface ChargeCrime {
  slug: CrimeSlug;
  charges: string[];
}

export function crimesOfCharges(charges: readonly string[], language: string): ChargeCrime[] {
  const scan = scannerFor(lexiconLanguages(language), { names: false });
  const acc = new Map<CrimeSlug, string[]>();
  for (const charge of charges) {
    const slugs = new Set<CrimeSlug>(titleCrimes([scan(charge)]).map((f) => f.slug));
    for (const [needle, slug] of EXTRA) if (charge.includes(needle)) slugs.add(slug);
    for (const slug of slugs) acc.set(slug, [...(acc.get(slug) ?? []), charge]);
  }
  return [...acc].map(([slug, list]) => ({ slug, charges: list }));
}
