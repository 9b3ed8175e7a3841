/** One training example as a sparse vector. */
export interface Sample {
  idx: number[];
  val: number[];
  label: 0 | 1;
  weight: number;
}

export interface LrOptions {
  dims: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** L2 applies to weights below this index only (the hashed n-grams, not the rules) */
  l2Until: number;
  /** keep weights from l2Until on (the rules) at or above 0: a rule may only add suspicion */
  nonNegativeTail: boolean;
  seed: number;
}

// mulberry32: a small seeded PRNG so the shuffle order, and so the weights, are reproducible.
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Logistic regression by AdaGrad SGD with L2 on the touched weights. Returns weights and bias. */
export function trainLogisticRegression(samples: readonly Sample[], opt: LrOptions): { weights: Float64Array; bias: number } {
  const w = new Float64Array(opt.dims);
  const g2 = new Float64Array(opt.dims).fill(1e-8);
  let bias = 0;
  let gb2 = 1e-8;
  const rand = mulberry32(opt.seed);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (const s of shuffled(samples, rand)) {
      let z = bias;
      for (let k = 0; k < s.idx.length; k++) z += w[s.idx[k]] * s.val[k];
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - s.label) * s.weight;
      for (let k = 0; k < s.idx.length; k++) {
        const j = s.idx[k];
        const g = err * s.val[k] + (j < opt.l2Until ? opt.l2 * w[j] : 0);
        g2[j] += g * g;
        w[j] -= (opt.learningRate * g) / Math.sqrt(g2[j]);
        if (opt.nonNegativeTail && j >= opt.l2Until && w[j] < 0) w[j] = 0;
      }
      gb2 += err * err;
      bias -= (opt.learningRate * err) / Math.sqrt(gb2);
    }
  }
  return { weights: w, bias };
}
