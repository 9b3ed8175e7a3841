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

/** Rule features are worth more than one n-gram: fewer, rarer and meant to carry over to new sources. */
export const RULE_VALUE = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Concepts and their pairs hash apart from the words that spell them.
const CONCEPT_SEED = 0x9e3779b1;
const PAIR_SPAN = 5;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;

// Scratch buffers reused by every call (extraction is synchronous); `copy` detaches the result.
let idxBuf = new Int32Array(16384);
let posBuf = new Int32Array(16384);
let grpBuf = new Uint8Array(16384);

function ensure(n: number): void {
  if (n <= idxBuf.length) return;
  let size = idxBuf.length;
  while (size < n) size *= 2;
  idxBuf = new Int32Array(size);
  posBuf = new Int32Array(size);
  grpBuf = new Uint8Array(size);
}

/**
 * Word unigrams and bigrams, cross-language concepts and unordered concept pairs within five words,
 * plus char 3- and 5-grams over collapsed whitespace (4-grams added nothing in source-family CV and cost
 * a third of the scoring), hashed into 2^bits slots. With `copy` false the
 * arrays are views on buffers the next call overwrites (the scorer's case).
 */
export function extractFeatures(text: string, bits: number, copy = true): FeatureSet {
  const mask = (1 << bits) - 1;
  // at most 2 char n-grams per unit, 2 word features + 1 concept + PAIR_SPAN pairs per word
  ensure(text.length * 4 + 64);
  const index = idxBuf;
  const position = posBuf;
  const group = grpBuf;
  let n = 0;

  let w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0;
  let p0 = 0, p1 = 0, p2 = 0, p3 = 0, p4 = 0;
  let filled = 0;
  let lastSpace = true;
  let prevWord = 0;
  let wordHash = FNV_OFFSET;
  let wordStart = -1;
  let wordNo = 0;
  // recent concepts: id and word number, newest last
  const recentC: number[] = [];
  const recentN: number[] = [];
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
        index[n] = (Math.imul(h ^ 3, FNV_PRIME) >>> 0) & mask; position[n] = p2; group[n++] = 1;
      }
      if (filled >= 5) {
        h = Math.imul(Math.imul(h ^ w1, FNV_PRIME) ^ w0, FNV_PRIME);
        index[n] = (Math.imul(h ^ 5, FNV_PRIME) >>> 0) & mask; position[n] = p0; group[n++] = 1;
      }
    }
    lastSpace = space;

    if (isWordCode(c) && i < len) {
      if (wordStart < 0) { wordStart = i; wordHash = FNV_OFFSET; }
      wordHash = Math.imul(wordHash ^ c, FNV_PRIME);
    } else if (wordStart >= 0) {
      const w = Math.imul(wordHash ^ 0x77, FNV_PRIME) >>> 0;
      index[n] = w & mask; position[n] = wordStart; group[n++] = 0;
      if (prevWord !== 0) {
        index[n] = (Math.imul(prevWord ^ Math.imul(w, 31), FNV_PRIME) >>> 0) & mask; position[n] = wordStart; group[n++] = 0;
      }
      const concept = CONCEPT_OF.get(wordHash);
      if (concept !== 0) {
        index[n] = (Math.imul(CONCEPT_SEED ^ concept, FNV_PRIME) >>> 0) & mask; position[n] = wordStart; group[n++] = 0;
        while (recentN.length > 0 && wordNo - recentN[0] > PAIR_SPAN) { recentN.shift(); recentC.shift(); }
        for (let k = 0; k < recentC.length; k++) {
          const a = recentC[k] < concept ? recentC[k] : concept;
          const b = recentC[k] < concept ? concept : recentC[k];
          index[n] = (Math.imul(Math.imul(CONCEPT_SEED ^ (a * 64 + b), FNV_PRIME) ^ 0x5a, FNV_PRIME) >>> 0) & mask; position[n] = wordStart; group[n++] = 0;
        }
        if (recentC.length === PAIR_SPAN) { recentC.shift(); recentN.shift(); }
        recentC.push(concept);
        recentN.push(wordNo);
      }
      prevWord = w;
      wordStart = -1;
      wordNo++;
    }
  }

  const rules = matchRules(text);
  if (!copy) return { count: n, index, position, group, rules };
  return { count: n, index: index.slice(0, n), position: position.slice(0, n), group: group.slice(0, n), rules };
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
