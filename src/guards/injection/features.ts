import { CONCEPT_OF } from './lexicon.js';
import { matchRules } from './rules.js';

/** Hashed features of one normalised text: where each one sits, so any window can be scored. */
export interface FeatureSet {
  /** number of features; the arrays may be longer */
  count: number;
  /** hashed index in [0, 2^bits) for word n-grams, concepts and char n-grams */
  index: Int32Array;
  /** offset in the normalised text */
  position: Int32Array;
  /** 0 = word-level (words, word bigrams, concepts), 1 = char n-gram */
  group: Uint8Array;
  /** rule number -> offsets where it matched (start, end pairs); empty for rules that did not match */
  rules: Array<Array<[number, number]>>;
}

/**
 * Weight sums of one text's features by block of positions, for the scorer: block b holds the features at
 * positions [b * width, (b + 1) * width); `tail` those at `tailStart` or after. Slot 2b is the word-level
 * group, 2b + 1 the char n-grams (tail: 0 and 1). Views on buffers the next call overwrites.
 */
export interface BlockSums {
  blocks: number;
  width: number;
  /** summed weights as stored (integer weights add up exactly in a double) */
  sum: Float64Array;
  count: Int32Array;
  tailStart: number;
  tailSum: Float64Array;
  tailCount: Int32Array;
  rules: Array<Array<[number, number]>>;
}

/** Rule features are worth more than one n-gram: fewer, rarer and meant to carry over to new sources. */
export const RULE_VALUE = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Concepts and their pairs hash apart from the words that spell them.
const CONCEPT_SEED = 0x9e3779b1;
const PAIR_SPAN = 5;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;

// One walk over the text serves both uses: recording every feature (training, `extractFeatures`) or adding
// each feature's weight to a running sum (scoring, `sumFeatures`: no per-feature arrays to write and read
// back, which would also push the weight table out of the cache). The walk is synchronous, so its state
// lives in these module variables and buffers, reused and grown on demand.
let recording = true;
let n = 0;
let idxBuf = new Int32Array(16384);
let posBuf = new Int32Array(16384);
let grpBuf = new Uint8Array(16384);
// the weights being summed; dropped after each call so a model no longer used can be collected
const EMPTY = new Int8Array(0);
let table: ArrayLike<number> = EMPTY;
let blockWidth = Infinity;
let tailAt = Infinity;
let sumBuf = new Float64Array(256);
let countBuf = new Int32Array(256);
const tailSum = new Float64Array(2);
const tailCount = new Int32Array(2);
// Concepts seen in the last PAIR_SPAN words, oldest first, in a ring.
const recentConcept = new Int32Array(PAIR_SPAN);
const recentWord = new Int32Array(PAIR_SPAN);

function record(index: number, position: number, group: number): void {
  idxBuf[n] = index; posBuf[n] = position; grpBuf[n++] = group;
}

// Scoring keeps one running sum per stream of positions that only move forwards (3-gram starts, 5-gram
// starts, word starts) and adds it to its block when the stream crosses a cut: a block edge or the tail's
// start. A segment between two cuts lies in one block, and wholly inside or outside the tail.

/** Adds a stream's running sum for the segment starting at `from` to its block (and to the tail). */
function flush(from: number, group: number, sum: number, count: number): void {
  const slot = 2 * (blockWidth === Infinity ? 0 : Math.floor(from / blockWidth)) + group;
  sumBuf[slot] += sum; countBuf[slot] += count;
  if (from >= tailAt) { tailSum[group] += sum; tailCount[group] += count; }
}

/** The start of the segment holding position `p`. */
function segmentStart(p: number): number {
  const edge = blockWidth === Infinity ? 0 : Math.floor(p / blockWidth) * blockWidth;
  return p >= tailAt && tailAt > edge ? tailAt : edge;
}

/** The first cut after position `p`. */
function nextCut(p: number): number {
  const edge = blockWidth === Infinity ? Infinity : (Math.floor(p / blockWidth) + 1) * blockWidth;
  return tailAt > p && tailAt < edge ? tailAt : edge;
}

/**
 * Word unigrams and bigrams, cross-language concepts and unordered concept pairs within five words,
 * plus char 3- and 5-grams over collapsed whitespace (4-grams added nothing in source-family CV and cost
 * a third of the scoring), hashed into 2^bits slots: recorded, or summed by block.
 */
function walk(text: string, bits: number): void {
  const mask = (1 << bits) - 1;
  const rec = recording;
  const weights = table;
  let w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0;
  let p0 = 0, p1 = 0, p2 = 0, p3 = 0, p4 = 0;
  let filled = 0;
  let lastSpace = true;
  let prevWord = 0;
  let wordHash = FNV_OFFSET;
  let wordStart = -1;
  let wordNo = 0;
  let ringHead = 0;
  let ringSize = 0;
  // running sums per stream: segment start, next cut, sum, count
  let from3 = 0, cut3 = nextCut(0), sum3 = 0, count3 = 0;
  let from5 = 0, cut5 = cut3, sum5 = 0, count5 = 0;
  let fromW = 0, cutW = cut3, sumW = 0, countW = 0;
  const len = text.length;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? text.charCodeAt(i) : 32;
    const space = isSpace(c);
    if (!(space && lastSpace) && i < len) {
      w0 = w1; w1 = w2; w2 = w3; w3 = w4; w4 = space ? 32 : c;
      p0 = p1; p1 = p2; p2 = p3; p3 = p4; p4 = i;
      if (filled < 5) filled++;
      let h = Math.imul(FNV_OFFSET ^ w4, FNV_PRIME);
      h = Math.imul(h ^ w3, FNV_PRIME);
      if (filled >= 3) {
        h = Math.imul(h ^ w2, FNV_PRIME);
        const index = (Math.imul(h ^ 3, FNV_PRIME) >>> 0) & mask;
        if (rec) record(index, p2, 1);
        else {
          if (p2 >= cut3) { flush(from3, 1, sum3, count3); from3 = segmentStart(p2); cut3 = nextCut(p2); sum3 = 0; count3 = 0; }
          sum3 += weights[index]; count3++;
        }
      }
      if (filled >= 5) {
        h = Math.imul(Math.imul(h ^ w1, FNV_PRIME) ^ w0, FNV_PRIME);
        const index = (Math.imul(h ^ 5, FNV_PRIME) >>> 0) & mask;
        if (rec) record(index, p0, 1);
        else {
          if (p0 >= cut5) { flush(from5, 1, sum5, count5); from5 = segmentStart(p0); cut5 = nextCut(p0); sum5 = 0; count5 = 0; }
          sum5 += weights[index]; count5++;
        }
      }
    }
    lastSpace = space;

    if (isWordCode(c) && i < len) {
      if (wordStart < 0) { wordStart = i; wordHash = FNV_OFFSET; }
      wordHash = Math.imul(wordHash ^ c, FNV_PRIME);
    } else if (wordStart >= 0) {
      if (!rec && wordStart >= cutW) { flush(fromW, 0, sumW, countW); fromW = segmentStart(wordStart); cutW = nextCut(wordStart); sumW = 0; countW = 0; }
      const w = Math.imul(wordHash ^ 0x77, FNV_PRIME) >>> 0;
      let index = w & mask;
      if (rec) record(index, wordStart, 0); else { sumW += weights[index]; countW++; }
      if (prevWord !== 0) {
        index = (Math.imul(prevWord ^ Math.imul(w, 31), FNV_PRIME) >>> 0) & mask;
        if (rec) record(index, wordStart, 0); else { sumW += weights[index]; countW++; }
      }
      const concept = CONCEPT_OF.get(wordHash);
      if (concept !== 0) {
        index = (Math.imul(CONCEPT_SEED ^ concept, FNV_PRIME) >>> 0) & mask;
        if (rec) record(index, wordStart, 0); else { sumW += weights[index]; countW++; }
        while (ringSize > 0 && wordNo - recentWord[ringHead] > PAIR_SPAN) { ringHead = (ringHead + 1) % PAIR_SPAN; ringSize--; }
        for (let k = 0; k < ringSize; k++) {
          const other = recentConcept[(ringHead + k) % PAIR_SPAN];
          const a = other < concept ? other : concept;
          const b = other < concept ? concept : other;
          index = (Math.imul(Math.imul(CONCEPT_SEED ^ (a * 64 + b), FNV_PRIME) ^ 0x5a, FNV_PRIME) >>> 0) & mask;
          if (rec) record(index, wordStart, 0); else { sumW += weights[index]; countW++; }
        }
        if (ringSize === PAIR_SPAN) { ringHead = (ringHead + 1) % PAIR_SPAN; ringSize--; }
        const at = (ringHead + ringSize) % PAIR_SPAN;
        recentConcept[at] = concept;
        recentWord[at] = wordNo;
        ringSize++;
      }
      prevWord = w;
      wordStart = -1;
      wordNo++;
    }
  }
  if (rec) return;
  // Same-group streams meet in the same slots: the 5-gram sums are added after the 3-gram ones.
  flush(from3, 1, sum3, count3);
  flush(from5, 1, sum5, count5);
  flush(fromW, 0, sumW, countW);
}

/**
 * Every feature of `text` with its position (see `walk`), and the rule matches. With `copy` false the
 * arrays are views on buffers the next call overwrites.
 */
export function extractFeatures(text: string, bits: number, copy = true): FeatureSet {
  // at most 2 char n-grams per unit, 2 word features + 1 concept + PAIR_SPAN pairs per word
  const need = text.length * 4 + 64;
  if (need > idxBuf.length) {
    let size = idxBuf.length;
    while (size < need) size *= 2;
    idxBuf = new Int32Array(size);
    posBuf = new Int32Array(size);
    grpBuf = new Uint8Array(size);
  }
  recording = true;
  n = 0;
  blockWidth = Infinity;
  tailAt = Infinity;
  walk(text, bits);
  const rules = matchRules(text);
  if (!copy) return { count: n, index: idxBuf, position: posBuf, group: grpBuf, rules };
  return { count: n, index: idxBuf.slice(0, n), position: posBuf.slice(0, n), group: grpBuf.slice(0, n), rules };
}

/** Zeroed block buffers for `blocks` blocks, and the tail. */
function resetSums(blocks: number): void {
  if (sumBuf.length < blocks * 2) {
    let size = sumBuf.length;
    while (size < blocks * 2) size *= 2;
    sumBuf = new Float64Array(size);
    countBuf = new Int32Array(size);
  } else {
    sumBuf.fill(0, 0, blocks * 2);
    countBuf.fill(0, 0, blocks * 2);
  }
  tailSum.fill(0);
  tailCount.fill(0);
}

function blockSums(blocks: number, width: number, tailStart: number, rules: Array<Array<[number, number]>>): BlockSums {
  return { blocks, width, sum: sumBuf, count: countBuf, tailStart, tailSum, tailCount, rules };
}

/**
 * The weights of `text`'s features (normalised text, `weights` indexed by feature hash) summed by block of
 * `width` positions, and over `tailStart` onwards; `width` Infinity puts everything in one block.
 */
export function sumFeatures(text: string, bits: number, weights: ArrayLike<number>, width: number, tailStart: number): BlockSums {
  const blocks = width === Infinity ? 1 : Math.max(1, Math.ceil(text.length / width));
  resetSums(blocks);
  recording = false;
  table = weights;
  blockWidth = width;
  tailAt = tailStart;
  walk(text, bits);
  table = EMPTY;
  return blockSums(blocks, width, tailStart, matchRules(text));
}

/** The same sums from recorded features (training scores its stored features with each new model). */
export function sumFeatureSet(fs: FeatureSet, length: number, weights: ArrayLike<number>, width: number, tailStart: number): BlockSums {
  const blocks = width === Infinity ? 1 : Math.max(1, Math.ceil(length / width));
  resetSums(blocks);
  const { index, position, group } = fs;
  for (let k = 0; k < fs.count; k++) {
    const w = weights[index[k]];
    const p = position[k];
    const g = group[k];
    const slot = 2 * (width === Infinity ? 0 : Math.floor(p / width)) + g;
    sumBuf[slot] += w; countBuf[slot]++;
    if (p >= tailStart) { tailSum[g] += w; tailCount[g]++; }
  }
  return blockSums(blocks, width, tailStart, fs.rules);
}

/** A sparse vector for training: the same numbers the scorer adds up for window [start, end). */
export function vectorize(fs: FeatureSet, bits: number, start = 0, end = Infinity): { idx: number[]; val: number[] } {
  const counts = new Map<number, number>();
  let nWord = 0;
  let nChar = 0;
  for (let k = 0; k < fs.count; k++) {
    const p = fs.position[k];
    if (p < start || p >= end) continue;
    if (fs.group[k] === 0) nWord++; else nChar++;
  }
  const wScale = 1 / Math.sqrt(Math.max(1, nWord));
  const cScale = 1 / Math.sqrt(Math.max(1, nChar));
  for (let k = 0; k < fs.count; k++) {
    const p = fs.position[k];
    if (p < start || p >= end) continue;
    const v = fs.group[k] === 0 ? wScale : cScale;
    counts.set(fs.index[k], (counts.get(fs.index[k]) ?? 0) + v);
  }
  const base = 1 << bits;
  fs.rules.forEach((hits, r) => {
    if (hits.some(([s]) => s >= start && s < end)) counts.set(base + r, RULE_VALUE);
  });
  return { idx: [...counts.keys()], val: [...counts.values()] };
}
