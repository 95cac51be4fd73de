import { ManifestRecord, type TagEvidence } from '../../corpus/schema.js';
import type { ParsedProvision } from '../../ingest/adapters/types.js';
import { tagDocument, type TagInput, type TagResult } from '../../ingest/tag/index.js';
import { scoreTags } from '../../ingest/tag/score.js';
import { parseCorpusDocument, rawRecord } from '../helpers/corpus.js';

/** Tag a real corpus document the way the pipeline does: its adapter's output plus the manifest record. */
async function tagCorpus(id: string): Promise<TagResult> {
  const record = ManifestRecord.parse(rawRecord(id));
  const { document } = await parseCorpusDocument(id);
  const meta = { ...(document.meta ?? {}), ...Object.fromEntries(Object.entries(record.meta ?? {}).filter(([, v]) => v !== null)) };
  return tagDocument({
    kind: record.kind, language: document.language ?? record.language, title: record.title, title_en: record.title_en,
    summary: document.summary ?? null, provisions: document.provisions, meta,
  }, record.tags);
}

function evidence(result: TagResult, tag: string): TagEvidence {
  const e = result.evidence.find((x) => x.tag === tag);
  if (!e) throw new Error(`no evidence for ${tag}: ${JSON.stringify(result.evidence.map((x) => x.tag))}`);
  return e;
}

function provision(key: string, text: string, heading: string | null = null, path: string[] = []): ParsedProvision {
  return { key, number: null, heading, text, type: 'article', path };
}

function input(provisions: ParsedProvision[], over: Partial<TagInput> = {}): TagInput {
  return { kind: 'legislation', language: 'en', title: 'Miscellaneous Provisions Act', title_en: null, summary: null, provisions, meta: {}, ...over };
}

describe('tagDocument on real corpus documents', () => {
  it('tags the Chinese Anti-Money Laundering Law money-laundering and UNTOC-6, with terms and provisions', async () => {
    const result = await tagCorpus('legislation-chn-anti-money-laundering-law');
    expect(result.crimes).toContain('money-laundering');
    expect(result.crimes).not.toContain('drug-trafficking');
    expect(result.articles).toContain('UNTOC-6');
    const crime = evidence(result, 'money-laundering');
    expect(crime).toMatchObject({ type: 'crime', how: 'rule', rule: 'title' });
    expect(crime.terms).toEqual(expect.arrayContaining(['反洗钱', '洗钱']));
    expect(crime.provisions).toContain('art-2');
    const article = evidence(result, 'UNTOC-6');
    expect(article).toMatchObject({ type: 'article', how: 'rule', rule: 'definition', provisions: ['art-2'] });
    expect(article.terms).toEqual(expect.arrayContaining(['反洗钱', '掩饰', '隐瞒']));
    const art2 = result.provisions.find((p) => p.key === 'art-2');
    expect(art2?.crimes).toEqual(['money-laundering']);
    expect(art2?.articles).toEqual(['UNTOC-6']);
  });

  it('tags the Argentine trafficking law trafficking-in-persons, TIP-3 (definition) and TIP-5 (criminal code offence)', async () => {
    const result = await tagCorpus('legislation-arg-law-26364-trafficking-in-persons');
    expect(result.crimes).toEqual(['trafficking-in-persons']);
    expect(result.articles).toEqual(expect.arrayContaining(['TIP-3', 'TIP-5']));
    const definition = evidence(result, 'TIP-3');
    expect(definition.rule).toBe('definition');
    expect(definition.terms).toContain('trata de personas');
    expect(definition.provisions).toEqual(['art-2']);
  });

  it('tags the French Code pénal article on blanchiment money-laundering and UNTOC-6', async () => {
    const result = await tagCorpus('legislation-fra-criminal-code');
    const art = result.provisions.find((p) => p.number === 'Article 324-1');
    expect(art?.crimes).toContain('money-laundering');
    expect(art?.articles).toContain('UNTOC-6');
    expect(evidence(result, 'UNTOC-6').provisions).toContain(art?.key);
    // A whole criminal code carries many categories.
    expect(result.crimes.length).toBeGreaterThanOrEqual(8);
  });

  it('tags the German StGB: § 129 participation (UNTOC-5) and § 261 Geldwäsche (UNTOC-6)', async () => {
    const result = await tagCorpus('legislation-deu-criminal-code-stgb');
    const s129 = result.provisions.find((p) => p.number === '§ 129');
    const s261 = result.provisions.find((p) => p.number === '§ 261');
    expect(s129?.crimes).toEqual(['participation-in-organized-criminal-group']);
    expect(s129?.articles).toEqual(['UNTOC-5']);
    expect(s261?.crimes).toContain('money-laundering');
    expect(s261?.articles).toContain('UNTOC-6');
    // Offences the StGB does not define stay off: drugs are in the BtMG, migrant smuggling in the AufenthG.
    expect(result.crimes).not.toContain('drug-trafficking');
    expect(result.crimes).not.toContain('smuggling-of-migrants');
  });

  it('tags the Saudi anti-money laundering law (Arabic) from its offence article', async () => {
    const result = await tagCorpus('legislation-sau-anti-money-laundering-law');
    expect(result.crimes).toContain('money-laundering');
    const art = evidence(result, 'UNTOC-6');
    expect(art.rule).toBe('criminalisation');
    expect(art.terms).toEqual(expect.arrayContaining(['غسل الأموال']));
  });

  it('reads the source charges of Chinese case facts (how: source)', async () => {
    const result = await tagCorpus('case-chn-lecard-ridx-3765');
    expect(result.crimes).toEqual(['drug-trafficking', 'firearms-trafficking']);
    const drugs = evidence(result, 'drug-trafficking');
    expect(drugs).toMatchObject({ how: 'source', rule: 'charges' });
    expect(drugs.terms).toEqual(['容留他人吸毒罪', '走私、贩卖、运输、制造毒品罪']);
  });

  it('tags a Protocol text with its own criminalisation and definition articles', async () => {
    const result = await tagCorpus('treaty-int-tip-en');
    expect(result.crimes).toEqual(['trafficking-in-persons']);
    expect(result.articles).toEqual(['TIP-3', 'TIP-5']);
  });
});

describe('tagDocument rules', () => {
  it('does not tag a passing mention', () => {
    const result = tagDocument(input([
      provision('s-1', 'This Act applies to every application for a licence, including one made by a person previously convicted of money laundering.'),
      provision('s-2', 'Nothing in the Controlled Drugs and Substances Act limits the powers under this Act.'),
      provision('s-3', 'Parole is excluded for drug trafficking, trafficking in persons, terrorism and money laundering offences.'),
    ]));
    expect(result.crimes).toEqual([]);
    expect(result.provisions.every((p) => p.crimes.length === 0)).toBe(true);
  });

  it('tags a provision that addresses a category, by heading, division heading or text', () => {
    const result = tagDocument(input([
      provision('s-10', 'Every person who conceals or converts property commits an offence.', 'Laundering proceeds of crime'),
      provision('s-11', 'The Minister may designate inspectors.', null, ['Part 3 Firearms']),
      provision('s-12', 'Every person who traffics in a controlled substance, or offers to traffic in a controlled substance, is guilty of an indictable offence.'),
    ]));
    expect(result.crimes).toEqual(['drug-trafficking', 'money-laundering', 'firearms-trafficking']);
    expect(result.provisions.map((p) => p.crimes)).toEqual([['money-laundering'], ['firearms-trafficking'], ['drug-trafficking']]);
    expect(evidence(result, 'firearms-trafficking')).toMatchObject({ rule: 'structure', provisions: ['s-11'], terms: ['Firearms'] });
    expect(result.articles).toEqual(['UNTOC-6']);
    expect(evidence(result, 'UNTOC-6').provisions).toEqual(['s-10']);
  });

  it('recognises an explicit citation only when the convention is named', () => {
    const named = tagDocument(input([provision('art-1', 'Se aplica el artículo 5 de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional.')], { language: 'es', title: 'Ley 1' }));
    expect(named.articles).toEqual(['UNTOC-5']);
    expect(evidence(named, 'UNTOC-5').rule).toBe('citation');
    const unnamed = tagDocument(input([provision('art-1', 'As provided in article 5 of the Convention.')]));
    expect(unnamed.articles).toEqual([]);
  });

  it('lets curated manifest tags win over the rules, type by type', () => {
    const provisions = [provision('s-10', 'Every person who conceals or converts property commits an offence.', 'Laundering proceeds of crime')];
    const result = tagDocument(input(provisions), { crimes: ['terrorism'] });
    expect(result.crimes).toEqual(['terrorism']);
    expect(evidence(result, 'terrorism')).toMatchObject({ type: 'crime', how: 'manual', rule: 'curated' });
    expect(result.evidence.some((e) => e.type === 'crime' && e.how === 'rule')).toBe(false);
    // The provision no longer claims a category the curator removed; articles keep their rule result.
    expect(result.provisions[0].crimes).toEqual([]);
    expect(result.articles).toEqual(['UNTOC-6']);
  });

  it('implies the cross-cutting issue of an article and finds issues named in headings', () => {
    const result = tagDocument(input([
      provision('s-5', 'A request may be refused where the offence is political.', 'Extradition'),
      provision('s-6', 'Every person who conceals or converts property commits an offence.', 'Laundering proceeds of crime'),
    ]));
    expect(result.crossCutting).toContain('extradition');
    expect(result.provisions[0].crossCutting).toEqual(['extradition']);
  });
});

describe('scoreTags', () => {
  it('computes per-category precision, recall, F1, macro-F1 and article precision', () => {
    const gold = { a: { crimes: ['corruption'], articles: ['UNTOC-8'] }, b: { crimes: ['terrorism', 'cybercrime'], articles: [] } };
    const predicted = { a: { crimes: ['corruption', 'terrorism'], articles: ['UNTOC-8', 'UNCAC-15'] }, b: { crimes: ['terrorism'], articles: [] } };
    const score = scoreTags(gold, predicted);
    const terrorism = score.categories.find((c) => c.slug === 'terrorism');
    expect(terrorism).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(score.categories.find((c) => c.slug === 'cybercrime')).toMatchObject({ tp: 0, fn: 1, f1: 0 });
    expect(score.macroF1).toBeCloseTo((1 + 2 / 3) / 15, 6);
    expect(score.articles).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(score.misses.map((m) => m.id)).toEqual(['a', 'b']);
  });
});
