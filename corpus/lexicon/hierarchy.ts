/**
 * The glossary's concept hierarchy (thesaurus BT/NT): each entry's `broader` ids, and the inverse.
 * Search uses it to add a query concept's related concepts as extra ranked lists with lower
 * weights: a narrower concept is a kind or part of what was asked for (weight 0.6), a broader one
 * is only the wider topic around it (weight 0.3). Only one step is taken in each direction, so a
 * query never drifts far from its own concepts.
 */
import { GLOSSARY } from './glossary/index.js';
import type { GlossaryEntry } from './glossary/types.js';

/** Weight of a direct narrower concept of a query concept (relative to the concept itself). */
export const NARROWER_WEIGHT = 0.6;
/** Weight of a direct broader concept of a query concept. */
export const BROADER_WEIGHT = 0.3;

export interface ConceptExpansion {
  id: string;
  weight: number;
  /** The query concept the expansion was reached from. */
  via: string;
  relation: 'narrower' | 'broader';
}

interface Hierarchy {
  byId: ReadonlyMap<string, GlossaryEntry>;
  narrower: ReadonlyMap<string, readonly string[]>;
}

function build(entries: readonly GlossaryEntry[]): Hierarchy {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const narrower = new Map<string, string[]>();
  // Glossary order, so narrowerOf and expandConcepts are stable.
  for (const e of entries) {
    for (const parent of e.broader ?? []) narrower.set(parent, [...(narrower.get(parent) ?? []), e.id]);
  }
  return { byId, narrower };
}

const HIERARCHY = build(GLOSSARY);

/** Direct broader concepts of a concept (empty for an unknown id). */
export function broaderOf(id: string): string[] {
  return [...(HIERARCHY.byId.get(id)?.broader ?? [])];
}

/** Direct narrower concepts of a concept, in glossary order. */
export function narrowerOf(id: string): string[] {
  return [...(HIERARCHY.narrower.get(id) ?? [])];
}

/**
 * Related concepts of a query's concepts: direct narrower ones (NARROWER_WEIGHT) and direct broader
 * ones (BROADER_WEIGHT). Concepts already in the query are left out; a concept reached twice keeps
 * its highest weight (and the place where it was first reached); the order follows the query's
 * concepts, narrower before broader. General vocabulary (`broad: true`) is never added, and a
 * broad query concept is not expanded either: "evidence" or "customs" would fan out into many
 * specific lists that the query did not ask for.
 */
export function expandConcepts(ids: readonly string[]): ConceptExpansion[] {
  const asked = new Set(ids);
  const out = new Map<string, ConceptExpansion>();
  const add = (id: string, weight: number, via: string, relation: ConceptExpansion['relation']): void => {
    const entry = HIERARCHY.byId.get(id);
    if (!entry || entry.broad || asked.has(id)) return;
    const seen = out.get(id);
    if (!seen || weight > seen.weight) out.set(id, { id, weight, via, relation });
  };
  for (const id of ids) {
    const entry = HIERARCHY.byId.get(id);
    if (!entry || entry.broad) continue;
    for (const n of narrowerOf(id)) add(n, NARROWER_WEIGHT, id, 'narrower');
    for (const b of broaderOf(id)) add(b, BROADER_WEIGHT, id, 'broader');
  }
  return [...out.values()];
}

/**
 * Problems of a hierarchy, worded "Unexpected X, expected Y": unknown broader ids, a concept that
 * is its own parent, a parent listed twice, cycles. Empty for a sound hierarchy (checked by the
 * unit tests for the glossary; entries may be synthetic there).
 */
export function hierarchyProblems(entries: readonly GlossaryEntry[] = GLOSSARY): string[] {
  const problems: string[] = [];
  const ids = new Set(entries.map((e) => e.id));
  for (const e of entries) {
    const parents = e.broader ?? [];
    for (const p of parents) {
      if (p === e.id) problems.push(`Unexpected ${e.id} as its own broader concept, expected another concept`);
      else if (!ids.has(p)) problems.push(`Unexpected broader id ${p} on ${e.id}, expected a glossary concept id`);
    }
    if (new Set(parents).size !== parents.length) problems.push(`Unexpected repeated broader id on ${e.id}, expected each parent once`);
  }
  // Depth-first search over broader links; a grey node met again closes a cycle.
  const { byId } = build(entries);
  const state = new Map<string, 'grey' | 'black'>();
  const path: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'grey');
    path.push(id);
    for (const p of byId.get(id)?.broader ?? []) {
      if (p === id || !byId.has(p)) continue;
      const s = state.get(p);
      if (s === 'grey') problems.push(`Unexpected cycle ${[...path.slice(path.indexOf(p)), p].join(' → ')}, expected a hierarchy without cycles`);
      else if (s === undefined) visit(p);
    }
    path.pop();
    state.set(id, 'black');
  };
  for (const e of entries) if (!state.has(e.id)) visit(e.id);
  return problems;
}
