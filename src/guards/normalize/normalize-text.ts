import { confusableOf } from './confusables.js';

/** Normalised text with, for each UTF-16 unit of `text`, the index in the source it came from. */
export interface NormalizedText {
  text: string;
  /**
   * sourceIndex[i] = offset in the original string of normalised unit i; length text.length + 1.
   * Read-only: when nothing moved it is a view on a shared identity array.
   */
  sourceIndex: Int32Array;
}

// Zero-width, bidi controls, soft hyphen, word joiner, BOM, variation selectors and tag characters.
function isInvisible(cp: number): boolean {
  return (
    cp === 0xad || cp === 0x34f || cp === 0x61c || cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) || cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0000 && cp <= 0xe007f)
  );
}

// Leetspeak digit/symbol -> letter, indexed by char code (0 = not leet).
const LEET = new Uint8Array(128);
for (const [from, to] of Object.entries({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i', '|': 'l' })) {
  LEET[from.charCodeAt(0)] = to.charCodeAt(0);
}
const COMBINING = /\p{M}/gu;
// Numbers with a unit or ordinal suffix are not leetspeak: 3rd, 4th, 10am, 5kg, 64gb.
const ORDINAL = /^\d+(?:st|nd|rd|th|s|am|pm|k|m|kg|g|gb|mb|tb|cm|mm|km|x|h|min|ml|l|v|w|p|hz)$/;

// Folding one code point is pure, and texts repeat the same few non-ASCII letters: cache per code point.
const foldCache = new Map<number, string>();
function foldNonAscii(cp: number): string {
  let out = foldCache.get(cp);
  if (out !== undefined) return out;
  const nfkc = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
  out = '';
  for (const c of nfkc) out += confusableOf(c.codePointAt(0)!) ?? c;
  out = out.normalize('NFD').replace(COMBINING, '').toLowerCase();
  if (foldCache.size < 65536) foldCache.set(cp, out);
  return out;
}

// Scratch buffers reused across calls (normalisation is synchronous), grown on demand.
let codes = new Uint16Array(4096);
let srcs = new Int32Array(4096);

function ensure(n: number): void {
  if (n <= codes.length) return;
  let size = codes.length;
  while (size < n) size *= 2;
  const c = new Uint16Array(size);
  c.set(codes);
  const s = new Int32Array(size);
  s.set(srcs);
  codes = c;
  srcs = s;
}

// 0, 1, 2... shared by every text whose offsets do not move (most of them): no array to allocate.
let identity = new Int32Array(0);
function identityIndex(n: number): Int32Array {
  if (identity.length < n + 1) {
    identity = new Int32Array(Math.max(n + 1, identity.length * 2, 4096));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, n + 1);
}

const NON_ASCII = /[^\x00-\x7f]/;
const LEET_CANDIDATE = /[a-zA-Z][0-9@$!|]|[0-9@$!|][a-zA-Z]/;
const SPACED_CANDIDATE = /[a-zA-Z]([ ._*\/+-])[a-zA-Z]\1[a-zA-Z]\1[a-zA-Z]/;

const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const isDigitOrLeet = (c: number): boolean => c < 128 && LEET[c] !== 0;

/**
 * NFKC, invisible characters removed, confusables mapped to ASCII, diacritics stripped, lower-cased,
 * then leetspeak and spaced-out letters folded. Keeps a map back to source offsets so spans found in
 * the normalised text can be cut out of the original. Works on char codes in reused buffers: plain
 * ASCII text (most traffic) costs one pass and no per-character strings.
 */
export function normalizeText(input: string): NormalizedText {
  const n = input.length;
  if (!NON_ASCII.test(input) && !LEET_CANDIDATE.test(input) && !SPACED_CANDIDATE.test(input)) {
    // Nothing to fold: lower case, one to one. (A token that leetspeak folding would change holds a letter
    // next to a digit or leet symbol; a spaced-out run holds letters alternating with one separator.)
    return { text: input.toLowerCase(), sourceIndex: identityIndex(n) };
  }
  ensure(n + 16);
  let len = 0;
  let nonAscii = false;
  // Where the first leet candidate sits: tokens before it hold none and are left alone.
  let firstLeet = -1;
  for (let i = 0; i < n; ) {
    const cu = input.charCodeAt(i);
    if (cu < 0x80) {
      codes[len] = cu >= 65 && cu <= 90 ? cu + 32 : cu;
      srcs[len++] = i;
      if (LEET[cu] !== 0 && firstLeet < 0) firstLeet = len - 1;
      i++;
      continue;
    }
    nonAscii = true;
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp)) {
      const folded = foldNonAscii(cp);
      ensure(len + folded.length + n - i + 16);
      for (let k = 0; k < folded.length; k++) {
        const c = folded.charCodeAt(k);
        codes[len] = c;
        srcs[len++] = i;
        if (c < 128 && LEET[c] !== 0 && firstLeet < 0) firstLeet = len - 1;
      }
    }
    i += width;
  }
  const leetChanged = firstLeet >= 0 ? foldLeet(firstLeet, len) : false;
  // Unchanged ASCII is the lower-cased input: without a spaced-out candidate in it there is no run to fold.
  const asIs = !nonAscii && !leetChanged;
  const newLen = asIs && !SPACED_CANDIDATE.test(input) ? len : foldSpacedLetters(len);
  if (asIs && newLen === len) return { text: input.toLowerCase(), sourceIndex: identityIndex(n) };
  let text = '';
  for (let s = 0; s < newLen; s += 8192) text += String.fromCharCode.apply(null, codes.subarray(s, Math.min(newLen, s + 8192)) as unknown as number[]);
  const sourceIndex = new Int32Array(newLen + 1);
  sourceIndex.set(srcs.subarray(0, newLen));
  sourceIndex[newLen] = n;
  return { text, sourceIndex };
}

const isTokenChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || isDigitOrLeet(c);

// "1gn0r3" -> "ignore": only inside tokens that hold at least two letters, so "3 items" or "$40" stay.
// Tokens are maximal runs of letters, digits and leet symbols; only those holding a leet character can
// change, so the scan jumps from leet character to leet character (from `from`, the first one) and reads
// the token around each.
function foldLeet(from: number, len: number): boolean {
  let changed = false;
  let i = from;
  while (i < len) {
    if (!isDigitOrLeet(codes[i])) { i++; continue; }
    let start = i;
    while (start > 0 && isTokenChar(codes[start - 1])) start--;
    let j = start;
    let letters = 0;
    let leet = 0;
    while (j < len) {
      const c = codes[j];
      if (isLetter(c)) letters++;
      else if ((c >= 48 && c <= 57) || isDigitOrLeet(c)) leet++;
      else break;
      j++;
    }
    if (letters >= 1 && j - start >= 3 && leet > 0 && leet <= letters + 1 && !ORDINAL.test(String.fromCharCode.apply(null, codes.subarray(start, j) as unknown as number[]))) {
      // Trailing punctuation is punctuation, not a letter ("now!" stays "now!").
      let end = j;
      while (end > start && (codes[end - 1] === 33 || codes[end - 1] === 36)) end--;
      for (let k = start; k < end; k++) {
        const c = codes[k];
        if (!isLetter(c) && c < 128 && LEET[c] !== 0) { codes[k] = LEET[c]; changed = true; }
      }
    }
    i = j;
  }
  return changed;
}

// space . - _ * / +
const isSpacer = (c: number): boolean => c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 47 || c === 43;

// "i g n o r e" or "i.g.n.o.r.e" -> "ignore" when at least four single letters are spaced the same way.
// Compacts the buffers in place (the output is never longer than the input); returns the new length.
// Most texts hold no such run: the buffers are only rewritten from the first one on.
function foldSpacedLetters(len: number): number {
  let i = 0;
  // The cheapest test first: a run's first letter is followed by a separator.
  while (i < len && !(isSpacer(codes[i + 1]) && spacedRunEnd(i, len) >= 0)) i++;
  if (i >= len) return len;
  let w = i;
  while (i < len) {
    const j = spacedRunEnd(i, len);
    if (j >= 0) {
      for (let k = i; k <= j; k += 2) { codes[w] = codes[k]; srcs[w++] = srcs[k]; }
      i = j + 1;
      continue;
    }
    codes[w] = codes[i];
    srcs[w++] = srcs[i];
    i++;
  }
  return w;
}

/** The offset of the last letter of a spaced-out run of four or more letters starting at `i`, or -1. */
function spacedRunEnd(i: number, len: number): number {
  const sep = i + 1 < len ? codes[i + 1] : -1;
  if (!isSpacer(sep) || !isLetter(codes[i]) || (i !== 0 && isLetter(codes[i - 1]))) return -1;
  let j = i;
  let count = 1;
  while (j + 2 < len && codes[j + 1] === sep && isLetter(codes[j + 2]) && (j + 3 >= len || !isLetter(codes[j + 3]))) {
    j += 2;
    count++;
  }
  return count >= 4 ? j : -1;
}
