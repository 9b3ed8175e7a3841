import { RULE_VALUE, sumFeatures, sumFeatureSet } from './features.js';
import type { BlockSums, FeatureSet } from './features.js';

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
   * The weights in one byte each (weight = int * unit): a quarter of the memory of `weights`, so the random
   * look-ups of scoring stay in cache when the PII detector's tables share it (scan time -3 to -7%). The
   * rounding moves a dev or cs-dev score by at most 0.01 and flipped 1 verdict of 4,689, an attack found.
   * Present on loaded models; trained-in-memory ones use `weights`.
   */
  packed?: { ints: Int8Array; unit: number };
}

// The stored int16 range in 127 steps each side.
const INT8_STEP = Math.ceil(32767 / 127);

export function loadModel(file: InjectionModelFile): InjectionModel {
  const raw = Buffer.from(file.weights, 'base64');
  const n = 1 << file.hashBits;
  if (raw.length !== n * 2) throw new Error(`injection model: expected ${n * 2} weight bytes, got ${raw.length}`);
  const weights = new Float32Array(n);
  const ints = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const stored = raw.readInt16LE(i * 2);
    weights[i] = stored / file.scale;
    ints[i] = Math.round(stored / INT8_STEP);
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
    packed: { ints, unit: INT8_STEP / file.scale },
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

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** A text this long is scored as one window. */
const isShort = (model: InjectionModel, length: number): boolean => length <= model.windowSize * 1.25;

/**
 * Block width for a long text: every window starts and ends on a multiple of it, so a window's sums are
 * the sums of its blocks.
 */
const blockWidth = (model: InjectionModel): number => gcd(model.windowSize, model.windowStep);

const weightsOf = (model: InjectionModel): ArrayLike<number> => (model.packed ? model.packed.ints : model.weights);

/** The feature sums of a normalised text, laid out for `pickWindow`. */
export function textSums(model: InjectionModel, text: string): BlockSums {
  const length = text.length;
  if (isShort(model, length)) return sumFeatures(text, model.bits, weightsOf(model), Infinity, Infinity);
  return sumFeatures(text, model.bits, weightsOf(model), blockWidth(model), length - model.windowSize);
}

function ruleMargin(model: InjectionModel, rules: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, s: number, e: number): number {
  let z = 0;
  for (let r = 0; r < rules.length; r++) {
    const hits = rules[r];
    for (let k = 0; k < hits.length; k++) {
      if (hits[k][0] >= s && hits[k][0] < e) { z += model.ruleWeights[r] * RULE_VALUE; break; }
    }
  }
  return z;
}

/** The margin of a window with word-level weight sum `ws` over `nw` features and char sum `cs` over `nc`. */
function margin(model: InjectionModel, unit: number, ws: number, nw: number, cs: number, nc: number, rules: BlockSums['rules'], s: number, e: number): number {
  return model.bias + (ws * unit) / Math.sqrt(Math.max(1, nw)) + (cs * unit) / Math.sqrt(Math.max(1, nc)) + ruleMargin(model, rules, s, e);
}

/**
 * The best-scoring window (the first of equals) among the whole text and, for a long text, overlapping
 * slices of `windowSize` every `windowStep` plus one flush with the end. A short text is one window; a
 * long one is summed by block (see `blockWidth`), so each window costs a few additions plus its rule hits.
 * With `wholeText` false the whole-text window is left out (training), and a short text has no other
 * window: the result is then undefined.
 */
export function pickWindow(model: InjectionModel, sums: BlockSums, length: number, wholeText = true): WindowScore | undefined {
  const unit = model.packed ? model.packed.unit : 1;
  const { sum, count, rules } = sums;
  if (isShort(model, length)) {
    if (!wholeText) return undefined;
    return { z: margin(model, unit, sum[0], count[0], sum[1], count[1], rules, 0, length), start: 0, end: length };
  }
  let bestZ = -Infinity;
  let bestStart = -1;
  let bestEnd = -1;
  if (wholeText) {
    let ws = 0, nw = 0, cs = 0, nc = 0;
    for (let b = 0; b < sums.blocks; b++) {
      ws += sum[2 * b]; nw += count[2 * b];
      cs += sum[2 * b + 1]; nc += count[2 * b + 1];
    }
    bestZ = margin(model, unit, ws, nw, cs, nc, rules, 0, length);
    bestStart = 0;
    bestEnd = length;
  }
  const size = model.windowSize;
  const span = size / sums.width;
  for (let s = 0; s + size < length; s += model.windowStep) {
    let ws = 0, nw = 0, cs = 0, nc = 0;
    const first = s / sums.width;
    for (let b = first; b < first + span; b++) {
      ws += sum[2 * b]; nw += count[2 * b];
      cs += sum[2 * b + 1]; nc += count[2 * b + 1];
    }
    const z = margin(model, unit, ws, nw, cs, nc, rules, s, s + size);
    if (bestStart < 0 || z > bestZ) { bestZ = z; bestStart = s; bestEnd = s + size; }
  }
  const tz = margin(model, unit, sums.tailSum[0], sums.tailCount[0], sums.tailSum[1], sums.tailCount[1], rules, length - size, length);
  if (bestStart < 0 || tz > bestZ) { bestZ = tz; bestStart = length - size; bestEnd = length; }
  return { z: bestZ, start: bestStart, end: bestEnd };
}

/** `pickWindow` over recorded features (training). */
export function bestWindow(model: InjectionModel, fs: FeatureSet, length: number, wholeText = true): WindowScore | undefined {
  if (isShort(model, length)) {
    if (!wholeText) return undefined;
    return pickWindow(model, sumFeatureSet(fs, length, weightsOf(model), Infinity, Infinity), length);
  }
  return pickWindow(model, sumFeatureSet(fs, length, weightsOf(model), blockWidth(model), length - model.windowSize), length, wholeText);
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
