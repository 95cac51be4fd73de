/** The fusion model's pure parts: the plan of ranked lists and CombSUM. */
import { conceptToken } from '../../corpus/lexicon/concept-index.js';
import { fuse, fuseDocuments, planFusion, restFilter, setFilter, LANGUAGE_WEIGHT, MAX_RELATED_PER_CONCEPT, TAG_WEIGHT, WHOLE_QUERY_WEIGHT } from '../../server/search/fusion.js';
import { idf, type ConceptFrequencies } from '../../server/search/concept-stats.js';

const stats = (documents: number, df: Record<string, number>): ConceptFrequencies => ({
  documents, df: new Map(Object.entries(df).map(([c, n]) => [conceptToken(c), n])),
});

describe('planFusion', () => {
  const s = stats(300, { 'forced-labour': 30, servitude: 10, 'trafficking-in-persons': 90, pollution: 40 });

  test('one list for the whole query and one per concept that occurs, weighted by idf', () => {
    const plan = planFusion({ concepts: ['forced-labour', 'servitude', 'absent-concept'], engineWords: ['debt'], language: 'en' }, s, []);
    expect(plan?.lists.map((l) => [l.relation, l.concept ?? l.q])).toEqual([
      ['query', `${conceptToken('forced-labour')} ${conceptToken('servitude')} debt`],
      ['concept', 'forced-labour'],
      ['concept', 'servitude'],
    ]);
    expect(plan?.lists[0].weight).toBe(WHOLE_QUERY_WEIGHT);
    expect(plan?.lists[1].weight).toBeCloseTo(Math.log(1 + 300 / 30));
    // The rarer concept weighs more.
    expect(plan!.lists[2].weight).toBeGreaterThan(plan!.lists[1].weight);
    expect(plan?.tokens).toEqual([conceptToken('forced-labour'), conceptToken('servitude')]);
    // The crime categories the glossary gives the query's own concepts.
    expect(plan?.crimes).toContain('trafficking-in-persons');
  });

  test('a single concept alone has no separate whole-query list', () => {
    const plan = planFusion({ concepts: ['servitude'], engineWords: [], language: 'en' }, s, []);
    expect(plan?.lists.map((l) => l.relation)).toEqual(['concept']);
  });

  test('related concepts add lists with their relation weight, and widen the set', () => {
    const plan = planFusion({ concepts: ['servitude'], engineWords: [], language: 'en' }, s, [
      { id: 'trafficking-in-persons', weight: 0.3, relation: 'broader', via: 'servitude' },
      { id: 'servitude', weight: 0.6, relation: 'narrower', via: 'servitude' },
      { id: 'not-in-index', weight: 0.6, relation: 'narrower', via: 'servitude' },
    ]);
    expect(plan?.lists.map((l) => [l.relation, l.concept, l.group])).toEqual([['concept', 'servitude', 'servitude'], ['broader', 'trafficking-in-persons', 'servitude']]);
    // A share of the query concept's own weight: a related concept never outweighs it.
    expect(plan?.lists[1].weight).toBeCloseTo(0.3 * idf(s, conceptToken('servitude')));
    expect(plan?.tokens).toContain(conceptToken('trafficking-in-persons'));
  });

  test('at most MAX_RELATED_PER_CONCEPT related concepts per query concept, the most specific first', () => {
    const many = stats(300, { a: 10, b: 100, c: 5, d: 50, e: 20 });
    const plan = planFusion({ concepts: ['a'], engineWords: [], language: 'en' }, many, ['b', 'c', 'd', 'e'].map((id) => ({ id, weight: 0.6, relation: 'narrower' as const, via: 'a' })));
    expect(plan?.lists.slice(1).map((l) => l.concept)).toEqual(['c', 'e', 'd'].slice(0, MAX_RELATED_PER_CONCEPT));
  });

  test('no plan when no concept occurs in any document', () => {
    expect(planFusion({ concepts: ['absent-concept'], engineWords: ['x'], language: 'en' }, s, [])).toBeUndefined();
  });
});

describe('fuse', () => {
  const plan = { tokens: ['qxaaaaaaaa'], crimes: [] as string[], language: '', lists: [{ q: 'a b', weight: 1, relation: 'query' as const, group: '' }, { q: 'a', weight: 2, relation: 'concept' as const, group: 'a' }] };

  test('sums weighted ranking scores over the lists, best first, ties by key', () => {
    const fused = fuseDocuments([
      { hits: [{ docId: 'x', _rankingScore: 0.5 }, { docId: 'y', _rankingScore: 0.5 }] },
      { hits: [{ docId: 'y', _rankingScore: 0.5 }, { docId: 'z', _rankingScore: 0.25 }, { docId: 'w', _rankingScore: 0.25 }] },
    ], plan);
    expect(fused.map((f) => f.docId)).toEqual(['y', 'w', 'x', 'z']);
    expect(fused[0].score).toBeCloseTo(0.5 + 2 * 0.5);
  });

  test('a document tagged with a crime category of the query\'s concepts gains TAG_WEIGHT', () => {
    const tagged = { ...plan, crimes: ['trafficking-in-persons'] };
    const fused = fuseDocuments([{ hits: [
      { docId: 'a', _rankingScore: 0.5, crimes: ['corruption'] },
      { docId: 'b', _rankingScore: 0.25, crimes: ['trafficking-in-persons', 'corruption'] },
    ] }], tagged);
    expect(fused).toEqual([{ docId: 'b', score: 0.25 + TAG_WEIGHT }, { docId: 'a', score: 0.5 }]);
  });

  test('a document in the query\'s language gains LANGUAGE_WEIGHT, less than any real difference in evidence', () => {
    const zh = { ...plan, language: 'zh' };
    const fused = fuseDocuments([{ hits: [
      { docId: 'de', _rankingScore: 0.8137, language: 'de' },
      { docId: 'zh', _rankingScore: 0.8094, language: 'zh' },
      { docId: 'en', _rankingScore: 0.5, language: 'en' },
    ] }], zh);
    expect(fused.map((f) => f.docId)).toEqual(['zh', 'de', 'en']);
    expect(LANGUAGE_WEIGHT).toBeLessThan(TAG_WEIGHT);
  });

  test('within a group the best list counts, not the sum', () => {
    const lists = [
      { q: 'a', weight: 2, relation: 'concept' as const, group: 'a' },
      { q: 'n1', weight: 1, relation: 'narrower' as const, group: 'a' },
      { q: 'n2', weight: 1, relation: 'narrower' as const, group: 'a' },
    ];
    const out = fuse([{ hits: [{ docId: 'x', _rankingScore: 0.25 }] }, { hits: [{ docId: 'y', _rankingScore: 1 }] }, { hits: [{ docId: 'y', _rankingScore: 1 }, { docId: 'x', _rankingScore: 1 }] }], lists, (h) => String(h.docId));
    expect(out.map((o) => [o.key, o.score])).toEqual([['x', 1], ['y', 1]]);
  });

  test('keeps the first hit seen for a key', () => {
    const out = fuse([{ hits: [{ id: 'p1', docId: 'd', n: 1, _rankingScore: 0.1 }] }, { hits: [{ id: 'p1', docId: 'd', n: 2, _rankingScore: 0.1 }] }], plan.lists, (h) => String(h.id));
    expect(out).toHaveLength(1);
    expect(out[0].hit.n).toBe(1);
  });

  test('the set and rest filters select documents with any token, minus the fused ones', () => {
    expect(setFilter(['kind IN ["case"]'], plan)).toEqual(['kind IN ["case"]', 'type = "document"', 'cx_any IN ["qxaaaaaaaa"]']);
    expect(restFilter([], plan, [{ docId: 'a"b', score: 1 }]).at(-1)).toBe('NOT docId IN ["a\\"b"]');
  });
});
