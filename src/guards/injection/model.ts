import { RULE_VALUE } from './features.js';
import type { FeatureSet } from './features.js';

/** The weights file as written by `npm run train:injection` (JSON, deterministic). */
export interface InjectionModelFile {
  format: 'promptops-injection-lr/1';
  hashBits: number;
  bias: number;
  /** decision margin: score = sigmoid(z - offset), flagged when score >= 0.5 */
  offset: number;
  /** int16 weights, little endian, base64; weight = int / scale */
  scale: number;
  weights: string;
  ruleNames: string[];
  ruleWeights: number[];
  /** added to the margin per distinct rule family (text before ':') matched anywhere in the text */
  familyBonus?: number;
  window: { size: number; step: number };
  trainedOn: Record<string, number>;
}

export interface InjectionModel {
  bits: number;
  bias: number;
  offset: number;
  weights: Float32Array;
  ruleWeights: Float64Array;
  /**
   * Margin added per distinct rule family matched in the text. Learnt rule weights are spread thin over
   * rules that fire together and shrink when the wording of a source is learnt as benign; a fixed bonus
   * for independent kinds of evidence carries over to sources not seen in training.
   */
  familyBonus: number;
  windowSize: number;
  windowStep: number;
  /**
   * The weights as stored (int16, weight = int * unit): half the memory of `weights`, so the random
   * look-ups of scoring stay in cache. Present on loaded models; trained-in-memory ones use `weights`.
   */
  packed?: { ints: Int16Array; unit: number };
}

export function loadModel(file: InjectionModelFile): InjectionModel {
  const raw = Buffer.from(file.weights, 'base64');
  const n = 1 << file.hashBits;
  if (raw.length !== n * 2) throw new Error(`injection model: expected ${n * 2} weight bytes, got ${raw.length}`);
  const weights = new Float32Array(n);
  const ints = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    ints[i] = raw.readInt16LE(i * 2);
    weights[i] = ints[i] / file.scale;
  }
  return {
    bits: file.hashBits,
    bias: file.bias,
    offset: file.offset,
    weights,
    ruleWeights: Float64Array.from(file.ruleWeights),
    familyBonus: file.familyBonus ?? 0,
    windowSize: file.window.size,
    windowStep: file.window.step,
    packed: { ints, unit: 1 / file.scale },
  };
}

export function encodeWeights(weights: ArrayLike<number>): { scale: number; weights: string } {
  let max = 1e-9;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
  const scale = 32767 / max;
  const buf = Buffer.alloc(weights.length * 2);
  for (let i = 0; i < weights.length; i++) buf.writeInt16LE(Math.round(weights[i] * scale), i * 2);
  return { scale, weights: buf.toString('base64') };
}

export interface WindowScore {
  /** raw margin before the decision offset */
  z: number;
  start: number;
  end: number;
}

// Prefix-sum scratch buffers reused across calls (scoring is synchronous), grown on demand.
let wSum = new Float64Array(4096);
let cSum = new Float64Array(4096);
let wCnt = new Int32Array(4096);
let cCnt = new Int32Array(4096);
let gathered = new Float64Array(16384);

function ruleMargin(model: InjectionModel, fs: FeatureSet, s: number, e: number): number {
  let z = 0;
  for (let r = 0; r < fs.rules.length; r++) {
    const hits = fs.rules[r];
    for (let k = 0; k < hits.length; k++) {
      if (hits[k][0] >= s && hits[k][0] < e) { z += model.ruleWeights[r] * RULE_VALUE; break; }
    }
  }
  return z;
}

function windowScore(model: InjectionModel, fs: FeatureSet, s: number, e: number): WindowScore {
  const nw = wCnt[e] - wCnt[s];
  const nc = cCnt[e] - cCnt[s];
  const z = model.bias + (wSum[e] - wSum[s]) / Math.sqrt(Math.max(1, nw)) + (cSum[e] - cSum[s]) / Math.sqrt(Math.max(1, nc)) + ruleMargin(model, fs, s, e);
  return { z, start: s, end: e };
}

/**
 * The best-scoring window (the first of equals) among the whole text and, for a long text, overlapping
 * slices of `windowSize` every `windowStep` plus one flush with the end. A short text is one window
 * summed directly; a long one uses prefix sums of the per-position contributions, so each window costs
 * O(1) plus its rule hits. With `wholeText` false the whole-text window is left out (training), and a
 * short text has no other window: the result is then undefined.
 */
export function bestWindow(model: InjectionModel, fs: FeatureSet, length: number, wholeText = true): WindowScore | undefined {
  const weights = model.packed ? model.packed.ints : model.weights;
  const unit = model.packed ? model.packed.unit : 1;
  const size = model.windowSize;
  if (length <= size * 1.25) {
    if (!wholeText) return undefined;
    // Branch-free (group is 0 or 1; adding w * 0 leaves a sum as it was, so the sums are the same).
    let ws = 0, wc = 0, cs = 0, cc = 0;
    for (let k = 0; k < fs.count; k++) {
      const w = weights[fs.index[k]];
      const g = fs.group[k];
      ws += w * (1 - g); wc += 1 - g;
      cs += w * g; cc += g;
    }
    ws *= unit;
    cs *= unit;
    const z = model.bias + ws / Math.sqrt(Math.max(1, wc)) + cs / Math.sqrt(Math.max(1, cc)) + ruleMargin(model, fs, 0, length);
    return { z, start: 0, end: length };
  }
  if (wSum.length < length + 1) {
    let n = wSum.length;
    while (n < length + 1) n *= 2;
    wSum = new Float64Array(n); cSum = new Float64Array(n); wCnt = new Int32Array(n); cCnt = new Int32Array(n);
  }
  const ws = wSum, cs = cSum, wc = wCnt, cc = cCnt;
  ws.fill(0, 0, length + 1); cs.fill(0, 0, length + 1); wc.fill(0, 0, length + 1); cc.fill(0, 0, length + 1);
  // The random weight look-ups (mostly cache misses) first, in a loop of independent loads the CPU can
  // overlap; then the scatter into the prefix arrays.
  const count = fs.count;
  if (gathered.length < count) gathered = new Float64Array(Math.max(count, gathered.length * 2));
  const g = gathered;
  for (let k = 0; k < count; k++) g[k] = weights[fs.index[k]];
  for (let k = 0; k < count; k++) {
    const p = fs.position[k] + 1;
    const w = g[k] * unit;
    if (fs.group[k] === 0) { ws[p] += w; wc[p]++; } else { cs[p] += w; cc[p]++; }
  }
  for (let p = 1; p <= length; p++) {
    ws[p] += ws[p - 1]; wc[p] += wc[p - 1];
    cs[p] += cs[p - 1]; cc[p] += cc[p - 1];
  }
  let best = wholeText ? windowScore(model, fs, 0, length) : undefined;
  const consider = (s: number, e: number): void => {
    const w = windowScore(model, fs, s, e);
    if (best === undefined || w.z > best.z) best = w;
  };
  for (let s = 0; s + size < length; s += model.windowStep) consider(s, s + size);
  consider(length - size, length);
  return best;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
