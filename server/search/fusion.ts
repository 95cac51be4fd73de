/**
 * Concept fusion: how a query that names glossary concepts selects and ranks documents.
 *
 * The engine matches words with a strategy that drops query words from the end, so the first
 * word of a query is mandatory: a document with the second and third concepts of a query but not
 * the first never appeared. Here a concept query instead
 * - selects every document that carries any of its concepts (`cx_any`, a filter, so totals,
 *   facets, pages and exports are exact), and
 * - ranks them by fusing ranked lists from one engine multi-search: the whole query (concepts
 *   and remaining words, which rewards concepts that occur together and the query's own words)
 *   and one list per concept (the engine's ranking score for that concept alone, which rewards a
 *   concept in a title or heading over a passing mention). A document's score is the weighted sum
 *   of its scores in the lists (CombSUM); a concept's weight is its inverse document frequency,
 *   so rare concepts count more than general ones; related concepts of the glossary's hierarchy
 *   (narrower, broader) add lists with lower weights.
 * The fused order covers the documents found in the lists (up to WINDOW per list); the rest of
 * the result set follows, newest first.
 */
import type { MultiSearchQuery, MultiSearchResponse, SearchParams } from 'meilisearch';
import type { AnalyzedQuery } from './analyze.js';
import { CONCEPTS, conceptToken } from '../../corpus/lexicon/concept-index.js';
import { idf, type ConceptFrequencies } from './concept-stats.js';
import { inFilter } from './params.js';

/** Documents taken from each ranked list. */
export const WINDOW = 50;
/** Weight of the whole-query list; a concept list weighs its idf (about 1–6). */
export const WHOLE_QUERY_WEIGHT = 1;

export interface RankedList {
  q: string;
  weight: number;
  /** The glossary concept of a per-concept list; absent for the whole query. */
  concept?: string;
  relation: 'query' | 'concept' | 'narrower' | 'broader';
  /**
   * Lists of one group are one piece of evidence: a document counts with its best list of the
   * group (a query concept and its related concepts), so related concepts never add up to more
   * than the concept itself.
   */
  group: string;
}

export interface FusionPlan {
  lists: RankedList[];
  /** Crime categories the glossary gives the query's own concepts. */
  crimes: string[];
  /** The query's language. */
  language: string;
  /** Concept tokens that select the result set: the query's and the related ones. */
  tokens: string[];
}

export interface Fused {
  docId: string;
  score: number;
}

/** The filter selecting the result set of a concept query (documents only: one record each). */
export function setFilter(filter: readonly string[], plan: FusionPlan): string[] {
  return [...filter, 'type = "document"', inFilter('cx_any', plan.tokens)];
}

/** Engine parameters shared by every list: the query's language, and the strategy that keeps concepts longest. */
function listParams(analysis: AnalyzedQuery, list: RankedList): SearchParams {
  return { q: list.q, matchingStrategy: 'last', locales: [analysis.locale], showRankingScore: true };
}

/** Bonus of a document tagged with a crime category of the query's concepts: as much as the whole-query list. */
export const TAG_WEIGHT = WHOLE_QUERY_WEIGHT;
/**
 * Bonus of a document in the query's language: a tenth of one list's weight, so it orders
 * documents with the same evidence (a reader prefers the text they can read) and never outweighs
 * evidence (a Chinese query for the mafia-type organisation offence found the Chinese laws
 * 28th, behind codes whose scores differed from theirs in the fourth decimal).
 */
export const LANGUAGE_WEIGHT = 0.1 * WHOLE_QUERY_WEIGHT;

/** Related concepts taken per query concept (the most specific first: highest idf). */
export const MAX_RELATED_PER_CONCEPT = 3;
/** Related-concept lists in all (each is one more engine query): the heaviest kept. */
export const MAX_RELATED = 4;

/** One ranked list of documents (best record per document) per list of the plan. */
export function listQueries(index: string, analysis: AnalyzedQuery, plan: FusionPlan, filter: readonly string[]): MultiSearchQuery[] {
  return plan.lists.map((l) => ({
    indexUid: index, ...listParams(analysis, l), filter: [...filter], distinct: 'docId', limit: WINDOW, attributesToRetrieve: ['docId', 'crimes', 'language'],
  }));
}

/**
 * The lists whose provisions are shown: the whole query and the query's own concepts (a related
 * concept ranks documents, but the provisions shown are about what was asked).
 */
export function provisionLists(plan: FusionPlan): RankedList[] {
  return plan.lists.filter((l) => l.relation === 'query' || l.relation === 'concept');
}

/** Per provision list, its provisions among the given documents, for the best provisions of a page. */
export function provisionListQueries(index: string, analysis: AnalyzedQuery, lists: readonly RankedList[], filter: readonly string[], docIds: readonly string[], retrieve: string[]): MultiSearchQuery[] {
  const docs = inFilter('docId', docIds);
  return lists.map((l) => ({
    indexUid: index, ...listParams(analysis, l), filter: [...filter, docs, 'type = "provision"'],
    limit: Math.min(docIds.length * 3, 100), attributesToRetrieve: retrieve,
  }));
}

type Hit = Record<string, unknown>;

/**
 * CombSUM over groups of the lists' weighted ranking scores (within a group, the best list counts),
 * by a key of each hit; best first (ties by key, so the order is stable). `results[i]` answers `lists[i]`.
 */
export function fuse<T extends Hit>(results: readonly Pick<MultiSearchResponse<T>['results'][number], 'hits'>[], lists: readonly RankedList[], key: (h: T) => string): { key: string; score: number; hit: T }[] {
  const acc = new Map<string, { key: string; hit: T; groups: Map<string, number> }>();
  results.forEach((r, i) => {
    const list = lists[i];
    if (!list) return;
    for (const h of r.hits as T[]) {
      const k = key(h);
      const s = list.weight * ((h._rankingScore as number | undefined) ?? 0);
      const cur = acc.get(k) ?? { key: k, hit: h, groups: new Map<string, number>() };
      cur.groups.set(list.group, Math.max(cur.groups.get(list.group) ?? 0, s));
      acc.set(k, cur);
    }
  });
  const sum = (g: Map<string, number>) => [...g.values()].reduce((a, b) => a + b, 0);
  return [...acc.values()].map((x) => ({ key: x.key, score: sum(x.groups), hit: x.hit }))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Fused documents, best first. A document the tagger gave one of the crime categories of the
 * query's concepts gains TAG_WEIGHT: the tag says the document *addresses* the crime (ingest/tag,
 * macro-F1 0.94 on the development set), where a concept token only says a passage mentions it.
 * (The same bonus for convention-article tags measured worse: the article tags are sparser.)
 */
export function fuseDocuments(results: readonly Pick<MultiSearchResponse['results'][number], 'hits'>[], plan: FusionPlan): Fused[] {
  const has = (h: Hit, attr: string, wanted: string[]) => wanted.length > 0 && ((h[attr] as string[] | undefined) ?? []).some((x) => wanted.includes(x));
  return fuse(results, plan.lists, (h) => String(h.docId))
    .map(({ key, score, hit }) => ({ docId: key, score: score + (has(hit, 'crimes', plan.crimes) ? TAG_WEIGHT : 0) + (plan.language && hit.language === plan.language ? LANGUAGE_WEIGHT : 0) }))
    .sort((a, b) => b.score - a.score || (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
}

/** The part of the result set after the fused documents, newest first. */
export function restFilter(filter: readonly string[], plan: FusionPlan, fused: readonly Fused[]): string[] {
  const out = setFilter(filter, plan);
  if (fused.length) out.push(`NOT ${inFilter('docId', fused.map((f) => f.docId))}`);
  return out;
}

export interface Expansion {
  id: string;
  weight: number;
  /** The query concept it was reached from. */
  via: string;
  relation: 'narrower' | 'broader';
}

/**
 * The lists of a concept query: the whole query (unless it is a single concept alone), one per
 * concept that occurs in some document, and per such concept up to MAX_RELATED_PER_CONCEPT related
 * concepts that occur (weighted by their relation, in the concept's group). Undefined when no
 * concept of the query occurs anywhere: the query is then searched as words only.
 */
export function planFusion(analysis: Pick<AnalyzedQuery, 'concepts' | 'engineWords' | 'language'>, stats: ConceptFrequencies, expansions: readonly Expansion[]): FusionPlan | undefined {
  const occurs = (c: string) => (stats.df.get(conceptToken(c)) ?? 0) > 0;
  const present = analysis.concepts.filter(occurs);
  if (!present.length) return undefined;
  const tokens = present.map(conceptToken);
  const whole = [...tokens, ...analysis.engineWords].join(' ');
  const lists: RankedList[] = [];
  if (whole !== tokens[0]) lists.push({ q: whole, weight: WHOLE_QUERY_WEIGHT, relation: 'query', group: '' });
  for (const c of present) {
    const own = idf(stats, conceptToken(c));
    lists.push({ q: conceptToken(c), weight: own, concept: c, relation: 'concept', group: c });
    // A related concept is evidence for the query's concept, worth a share of it (a rare narrower
    // concept must not outweigh what was asked for); the most specific ones are taken.
    const related = expansions.filter((e) => e.via === c && !present.includes(e.id) && occurs(e.id))
      .sort((a, b) => idf(stats, conceptToken(b.id)) - idf(stats, conceptToken(a.id)) || b.weight - a.weight)
      .slice(0, MAX_RELATED_PER_CONCEPT);
    for (const e of related) lists.push({ q: conceptToken(e.id), weight: e.weight * own, concept: e.id, relation: e.relation, group: c });
  }
  const dropped = new Set(lists.filter((l) => l.relation === 'narrower' || l.relation === 'broader').sort((a, b) => b.weight - a.weight).slice(MAX_RELATED));
  const kept = lists.filter((l) => !dropped.has(l));
  const entries = present.map((c) => CONCEPTS.get(c));
  const crimes = [...new Set(entries.flatMap((e) => (e?.crimes ?? []) as string[]))];
  return { lists: kept, crimes, language: analysis.language, tokens: [...new Set(kept.filter((l) => l.concept).map((l) => conceptToken(l.concept!)))] };
}
