import { INJECTION_RULES } from './rules.js';

/** Hashed features of one normalised text: where each one sits, so any window can be scored. */
export interface FeatureSet {
  /** hashed index in [0, 2^bits) for word and char n-grams */
  index: number[];
  /** offset in the normalised text */
  position: number[];
  /** 0 = word n-gram, 1 = char n-gram */
  group: number[];
  /** rule number -> offsets where it matched (start, end pairs) */
  rules: Array<Array<[number, number]>>;
}

/** Rule features are worth more than one n-gram: fewer, rarer and meant to carry over to new sources. */
export const RULE_VALUE = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;

/** Word unigrams and bigrams plus char 3-5-grams over collapsed whitespace, hashed into 2^bits slots. */
export function extractFeatures(text: string, bits: number): FeatureSet {
  const mask = (1 << bits) - 1;
  const index: number[] = [];
  const position: number[] = [];
  const group: number[] = [];

  // char n-grams: a rolling window of the last five kept code units
  const win = [0, 0, 0, 0, 0];
  const winPos = [0, 0, 0, 0, 0];
  let filled = 0;
  let lastSpace = true;
  let prevWord = 0;
  let wordHash = FNV_OFFSET;
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = isSpace(c);
    if (!(space && lastSpace) && i < text.length) {
      const code = space ? 32 : c;
      for (let k = 0; k < 4; k++) { win[k] = win[k + 1]; winPos[k] = winPos[k + 1]; }
      win[4] = code;
      winPos[4] = i;
      if (filled < 5) filled++;
      let h = FNV_OFFSET;
      for (let n = 1; n <= Math.min(5, filled); n++) {
        h = Math.imul(h ^ win[5 - n], FNV_PRIME);
        if (n >= 3) {
          index.push((Math.imul(h ^ n, FNV_PRIME) >>> 0) & mask);
          position.push(winPos[5 - n]);
          group.push(1);
        }
      }
    }
    lastSpace = space;

    if (isWordCode(c) && i < text.length) {
      if (wordStart < 0) { wordStart = i; wordHash = FNV_OFFSET; }
      wordHash = Math.imul(wordHash ^ c, FNV_PRIME);
    } else if (wordStart >= 0) {
      const w = Math.imul(wordHash ^ 0x77, FNV_PRIME) >>> 0;
      index.push(w & mask);
      position.push(wordStart);
      group.push(0);
      if (prevWord !== 0) {
        index.push((Math.imul(prevWord ^ Math.imul(w, 31), FNV_PRIME) >>> 0) & mask);
        position.push(wordStart);
        group.push(0);
      }
      prevWord = w;
      wordStart = -1;
    }
  }

  const rules = INJECTION_RULES.map((rule) => {
    const hits: Array<[number, number]> = [];
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) hits.push([m.index, m.index + m[0].length]);
    return hits;
  });
  return { index, position, group, rules };
}

/** A sparse vector for training: the same numbers the scorer adds up for window [start, end). */
export function vectorize(fs: FeatureSet, bits: number, start = 0, end = Infinity): { idx: number[]; val: number[] } {
  const counts = new Map<number, number>();
  let nWord = 0;
  let nChar = 0;
  for (let k = 0; k < fs.index.length; k++) {
    const p = fs.position[k];
    if (p < start || p >= end) continue;
    if (fs.group[k] === 0) nWord++; else nChar++;
  }
  const wScale = 1 / Math.sqrt(Math.max(1, nWord));
  const cScale = 1 / Math.sqrt(Math.max(1, nChar));
  for (let k = 0; k < fs.index.length; k++) {
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
