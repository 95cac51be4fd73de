/** Names of glossary concepts in the reader's language (for "searched for" lines and "why it matches"). */
import { CONCEPTS } from '../../corpus/lexicon/concept-index.js';
import { CRIMES } from '../../corpus/vocab/crimes.js';

/** A crime category's label, else the glossary's first term in that language (or English), without its prefix mark. */
export function conceptLabel(id: string, locale: string): string {
  const crime = CRIMES.find((c) => c.slug === id);
  if (crime) return crime.labels[locale as keyof typeof crime.labels] ?? crime.labels.en;
  const terms = CONCEPTS.get(id)?.terms as Record<string, string[] | undefined> | undefined;
  return (terms?.[locale]?.[0] ?? terms?.en?.[0] ?? id).replace(/\*$/, '');
}

export function conceptLabels(ids: readonly string[], locale: string): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, conceptLabel(id, locale)]));
}
