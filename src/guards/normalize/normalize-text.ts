import { confusableOf } from './confusables.js';
import { isEnglishWordCodes } from '../word-lists/index.js';

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

const LATIN = /\p{Script=Latin}/u;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * One code point folded: NFKC, lower case, diacritics stripped. A letter that then reads as ASCII (é, ö,
 * ț, ş) is done: the confusables table would map some of them to other scripts' letters (ö -> Arabic ة,
 * ț -> ƫ). Otherwise the confusables table maps it to its ASCII look-alike when it is punctuation or a
 * symbol (“ —), a Latin-script letter (ı, ɡ) or, with `mixed`, a letter in a word that also holds Latin
 * letters (Cyrillic о in "Іgnоrе"); genuinely Russian, Greek or Arabic words keep their script.
 */
function fold(cp: number, mixed: boolean): string {
  const nfkc = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
  let out = '';
  for (const c of nfkc) {
    const bare = c.normalize('NFD').replace(COMBINING, '');
    if (ASCII_ONLY.test(bare) || !(mixed || LATIN.test(c) || !LETTER.test(c))) { out += bare; continue; }
    const look = (confusableOf(bare.codePointAt(0)!) ?? confusableOf(c.codePointAt(0)!))?.normalize('NFD').replace(COMBINING, '').toLowerCase();
    out += look !== undefined && ASCII_ONLY.test(look) ? look : bare;
  }
  return out;
}

// Folding one code point is pure, and texts repeat the same few non-ASCII letters: cache per code point,
// alone and in a mixed-script word (the same string when the context does not matter).
const foldCache = new Map<number, string>();
const mixedCache = new Map<number, string>();
function foldNonAscii(cp: number, mixed: boolean): string {
  const cache = mixed ? mixedCache : foldCache;
  let out = cache.get(cp);
  if (out !== undefined) return out;
  out = fold(cp, mixed);
  if (cache.size < 65536) cache.set(cp, out);
  return out;
}

// Whether a code point counts as a Latin letter of a word (ASCII, Latin script, or NFKC-Latin like ｆ).
const latinCache = new Map<number, boolean>();
function isLatinLetter(cp: number): boolean {
  if (cp < 0x80) return (cp | 32) >= 97 && (cp | 32) <= 122;
  let out = latinCache.get(cp);
  if (out === undefined) {
    const s = String.fromCodePoint(cp);
    out = LATIN.test(s) || /^[a-z]+$/i.test(s.normalize('NFKC'));
    if (latinCache.size < 65536) latinCache.set(cp, out);
  }
  return out;
}

const isWordPart = (cp: number): boolean => (cp < 0x80 ? (cp | 32) >= 97 && (cp | 32) <= 122 || (cp >= 48 && cp <= 57) : isInvisible(cp) || LETTER.test(String.fromCodePoint(cp)));

/** End of the word around `i` in `input` and whether it holds a Latin letter (mixed script). */
function wordAround(input: string, i: number): { end: number; latin: boolean } {
  let latin = false;
  let s = i;
  while (s > 0) {
    const cp = input.codePointAt(s - 1)!;
    const at = cp >= 0xdc00 && cp <= 0xdfff && s > 1 ? input.codePointAt(s - 2)! : cp;
    if (!isWordPart(at)) break;
    if (isLatinLetter(at)) latin = true;
    s -= at > 0xffff ? 2 : 1;
  }
  let e = i;
  while (e < input.length) {
    const cp = input.codePointAt(e)!;
    if (!isWordPart(cp)) break;
    if (isLatinLetter(cp)) latin = true;
    e += cp > 0xffff ? 2 : 1;
  }
  return { end: e, latin };
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
const SPACED_CANDIDATE = /[a-zA-Z]([ ._*\/+\n-])[a-zA-Z]\1[a-zA-Z]\1[a-zA-Z]/;

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
  // Whether some unit no longer sits at its source offset (a removed, widened or astral code point).
  let moved = false;
  // Where the first leet candidate sits: tokens before it hold none and are left alone.
  let firstLeet = -1;
  // the word around the last non-ASCII letter whose fold depends on its script context
  let wordEnd = 0;
  let wordMixed = false;
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
    if (isInvisible(cp)) moved = true;
    else {
      let folded = foldNonAscii(cp, false);
      if (folded !== foldNonAscii(cp, true)) {
        // the fold depends on the script around it: read the word once
        if (i >= wordEnd) ({ end: wordEnd, latin: wordMixed } = wordAround(input, i));
        if (wordMixed) folded = foldNonAscii(cp, true);
      }
      if (width !== 1 || folded.length !== 1) moved = true;
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
  // Leet folding and one-unit folds replace a unit with one: no offset moved, no offset array to allocate.
  if (!moved && newLen === len) return { text, sourceIndex: identityIndex(n) };
  const sourceIndex = new Int32Array(newLen + 1);
  sourceIndex.set(srcs.subarray(0, newLen));
  sourceIndex[newLen] = n;
  return { text, sourceIndex };
}

const isTokenChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || isDigitOrLeet(c);
const AT = 64;

// Leet folding spoilt ordinary tokens: "rot13" became "rotie", "$SYSTEM_PROMPT" "ssystem_prompt", an
// e-mail address lost its '@'. A token is folded only when every digit in it has a leet reading and the
// leet characters sit between letters ("1gn0r3", "pr3v10us") or the folded token is an English word
// ("4ll", "th3"); the local part and domain of an e-mail address are left alone.
let scratch = new Uint16Array(64);
function shouldFold(start: number, end: number, len: number): boolean {
  let hasAt = false;
  let between = false;
  let lastLetter = -1;
  for (let k = start; k < end; k++) {
    const c = codes[k];
    if (c >= 48 && c <= 57 && LEET[c] === 0) return false;
    if (c === AT) hasAt = true;
    if (isLetter(c)) {
      if (lastLetter >= 0 && lastLetter < k - 1) between = true;
      lastLetter = k;
    }
  }
  // user@shop.example, first.last@host.example: the token is followed by a dotted domain
  if (hasAt && end < len - 1 && codes[end] === 46 && (isLetter(codes[end + 1]) || (codes[end + 1] >= 48 && codes[end + 1] <= 57))) return false;
  if (between) return true;
  if (scratch.length < end - start) scratch = new Uint16Array(2 * (end - start));
  for (let k = start; k < end; k++) scratch[k - start] = isLetter(codes[k]) ? codes[k] : LEET[codes[k]];
  return isEnglishWordCodes(scratch, 0, end - start);
}

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
    // Trailing punctuation is punctuation, not a letter ("now!" stays "now!").
    let end = j;
    while (end > start && (codes[end - 1] === 33 || codes[end - 1] === 36)) end--;
    if (letters >= 1 && end - start >= 3 && leet > 0 && leet <= letters + 1 && !ORDINAL.test(String.fromCharCode.apply(null, codes.subarray(start, j) as unknown as number[])) && shouldFold(start, end, len)) {
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
// A line break too: one letter per line is the same trick written down the page.
const isSpacer = (c: number): boolean => c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 47 || c === 43 || c === 10;

// "i g n o r e" or "i.g.n.o.r.e" -> "ignore" when at least four single letters are spaced the same way;
// after such a run, shorter words spaced with the same mark fold too ("i-g-n-o-r-e a-l-l" -> "ignore all").
// Compacts the buffers in place (the output is never longer than the input); returns the new length.
// Most texts hold no such run: the buffers are only rewritten from the first one on.
function foldSpacedLetters(len: number): number {
  let i = 0;
  // The cheapest test first: a run's first letter is followed by a separator.
  while (i < len && !(isSpacer(codes[i + 1]) && spacedRunEnd(i, len, 4) >= 0)) i++;
  if (i >= len) return len;
  let w = i;
  // The separator of the last folded run, when it is no blank (blank-spaced words run together anyway).
  let folded = -1;
  while (i < len) {
    const j = spacedRunEnd(i, len, codes[i + 1] === folded ? 2 : 4);
    if (j >= 0) {
      if (codes[i + 1] !== 32) folded = codes[i + 1];
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

/** The offset of the last letter of a spaced-out run of `min` or more letters starting at `i`, or -1. */
function spacedRunEnd(i: number, len: number, min: number): number {
  const sep = i + 1 < len ? codes[i + 1] : -1;
  if (!isSpacer(sep) || !isLetter(codes[i]) || (i !== 0 && isLetter(codes[i - 1]))) return -1;
  let j = i;
  let count = 1;
  while (j + 2 < len && codes[j + 1] === sep && isLetter(codes[j + 2]) && (j + 3 >= len || !isLetter(codes[j + 3]))) {
    j += 2;
    count++;
  }
  return count >= min ? j : -1;
}
