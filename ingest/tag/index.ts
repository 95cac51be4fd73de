// Placeholder until the tagger lands (owned by the tagging work): no tags.
import type { CuratedTags, Provision, TagEvidence } from '../../corpus/schema.js';
import type { ParsedProvision } from '../adapters/types.js';

export interface TagInput {
  kind: string; language: string; title: string; title_en: string | null; summary: string | null;
  provisions: ParsedProvision[]; meta: Record<string, unknown>;
}
export interface TagResult {
  provisions: Provision[]; crimes: Provision['crimes']; articles: string[]; crossCutting: string[]; evidence: TagEvidence[];
}
export function tagDocument(input: TagInput, _curated?: CuratedTags): TagResult {
  return { provisions: input.provisions.map((p) => ({ ...p, crimes: [], articles: [], crossCutting: [] })), crimes: [], articles: [], crossCutting: [], evidence: [] };
}
