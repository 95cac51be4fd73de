/**
 * Scoring of document tags against a labelled set (../shared/eval-dev/gold.json): per-category
 * precision/recall/F1 over the labelled documents, macro-F1 (unweighted mean over all 15
 * categories, F1 = 0 without a true positive), article micro precision/recall, and the misses.
 */
import { CRIME_SLUGS } from '../../corpus/vocab/crimes.js';

export interface TagSet {
  crimes: readonly string[];
  articles: readonly string[];
}

export interface CategoryScore {
  slug: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  /** Predicted, not in gold. */
  falsePositives: string[];
  /** In gold, not predicted. */
  falseNegatives: string[];
  articleFalsePositives: string[];
  articleFalseNegatives: string[];
}

export interface TagScore {
  documents: number;
  categories: CategoryScore[];
  macroF1: number;
  articles: { tp: number; fp: number; fn: number; precision: number; recall: number };
  misses: Miss[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Documents absent from `predicted` count as tagged with nothing. */
export function scoreTags(gold: Readonly<Record<string, TagSet>>, predicted: Readonly<Record<string, TagSet>>): TagScore {
  const counts = new Map(CRIME_SLUGS.map((s) => [s as string, { tp: 0, fp: 0, fn: 0 }]));
  const art = { tp: 0, fp: 0, fn: 0 };
  const misses: Miss[] = [];
  for (const [id, g] of Object.entries(gold)) {
    const p = predicted[id] ?? { crimes: [], articles: [] };
    const gc = new Set(g.crimes);
    const pc = new Set(p.crimes);
    for (const slug of CRIME_SLUGS) {
      const c = counts.get(slug)!;
      if (gc.has(slug) && pc.has(slug)) c.tp++;
      else if (pc.has(slug)) c.fp++;
      else if (gc.has(slug)) c.fn++;
    }
    const ga = new Set(g.articles);
    const pa = new Set(p.articles);
    const afp = [...pa].filter((a) => !ga.has(a));
    const afn = [...ga].filter((a) => !pa.has(a));
    art.tp += [...pa].filter((a) => ga.has(a)).length;
    art.fp += afp.length;
    art.fn += afn.length;
    const fp = [...pc].filter((s) => !gc.has(s));
    const fn = [...gc].filter((s) => !pc.has(s));
    if (fp.length || fn.length || afp.length || afn.length) {
      misses.push({ id, falsePositives: fp, falseNegatives: fn, articleFalsePositives: afp, articleFalseNegatives: afn });
    }
  }
  const categories = CRIME_SLUGS.map((slug) => {
    const { tp, fp, fn } = counts.get(slug)!;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = tp === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { slug, tp, fp, fn, precision, recall, f1 };
  });
  return {
    documents: Object.keys(gold).length,
    categories,
    macroF1: categories.reduce((s, c) => s + c.f1, 0) / categories.length,
    articles: { ...art, precision: ratio(art.tp, art.tp + art.fp), recall: ratio(art.tp, art.tp + art.fn) },
    misses,
  };
}
