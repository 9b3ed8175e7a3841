import { terms } from './tokenize.js';

/** Document frequencies over a background corpus (the suite's reference texts). */
export interface TermStatistics {
  documents: number;
  documentFrequency: Map<string, number>;
  averageLength: number;
}

/** Reference texts of every `similar` / `not-similar` assertion: the corpus IDF is taken from. */
export function similarityReferences(cases: Iterable<{ assertions: Array<{ type: string; value?: unknown }> }>): string[] {
  const out: string[] = [];
  for (const c of cases) {
    for (const a of c.assertions) {
      if (a.type !== 'similar' && a.type !== 'not-similar') continue;
      for (const v of Array.isArray(a.value) ? a.value : [a.value]) if (typeof v === 'string') out.push(v);
    }
  }
  return out;
}

export function buildTermStatistics(documents: Iterable<string>): TermStatistics {
  const documentFrequency = new Map<string, number>();
  let count = 0;
  let length = 0;
  for (const doc of documents) {
    const t = terms(doc);
    count++;
    length += t.length;
    for (const term of new Set(t)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return { documents: count, documentFrequency, averageLength: count ? length / count : 0 };
}

const K1 = 1.2;
const B = 0.75;

/**
 * BM25 weight of every term of one text: saturated term frequency, length-normalised, times IDF.
 * With fewer than three background documents IDF carries no information, so every term weighs 1.
 */
function weigh(text: string, stats: TermStatistics | undefined, averageLength: number): Map<string, number> {
  const t = terms(text);
  const tf = new Map<string, number>();
  for (const term of t) tf.set(term, (tf.get(term) ?? 0) + 1);
  const norm = K1 * (1 - B + (B * t.length) / Math.max(1, averageLength));
  const useIdf = stats !== undefined && stats.documents >= 3;
  const weights = new Map<string, number>();
  for (const [term, f] of tf) {
    const df = stats?.documentFrequency.get(term) ?? 0;
    const idf = useIdf ? Math.log(1 + (stats.documents - df + 0.5) / (df + 0.5)) : 1;
    weights.set(term, ((f * (K1 + 1)) / (f + norm)) * idf);
  }
  return weights;
}

/** Cosine of the two texts' BM25-weighted term vectors, in [0, 1]. */
export function bm25Cosine(a: string, b: string, stats?: TermStatistics): number {
  const lengths = terms(a).length + terms(b).length;
  const averageLength = stats && stats.averageLength > 0 ? stats.averageLength : lengths / 2;
  const va = weigh(a, stats, averageLength);
  const vb = weigh(b, stats, averageLength);
  let dot = 0;
  for (const [term, w] of va) dot += w * (vb.get(term) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const denominator = norm(va) * norm(vb);
  return denominator === 0 ? 0 : dot / denominator;
}

export function vectorCosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na === 0 || nb === 0 ? 0 : Math.max(0, dot / Math.sqrt(na * nb));
}
