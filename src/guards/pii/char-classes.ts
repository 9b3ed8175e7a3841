/** Unicode classes the detectors ask about, per code point: bit flags. */
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const UPPER = 8;
const COMPUTED = 128;

/** A Greek or Cyrillic letter: scripts the name list and the English dictionary know only transliterated or not at all. */
export const GREEK_OR_CYRILLIC = /[\u0370-\u03ff\u0400-\u052f]/;

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_UPPER = /^\p{Lu}$/u;

function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  return (IS_LETTER.test(s) ? LETTER : 0) | (IS_MARK.test(s) ? MARK : 0) | (IS_NUMBER.test(s) ? NUMBER : 0) | (IS_UPPER.test(s) ? UPPER : 0);
}

// The Basic Multilingual Plane, filled on first sight of each code point (a regex test per class is
// ~100x slower than a table read, and texts reuse the same few hundred code points).
const bmp = new Uint8Array(0x10000);

/** LETTER | MARK | NUMBER | UPPER bits of a code point, as `\p{L}`, `\p{M}`, `\p{N}`, `\p{Lu}` define them. */
export function classOf(cp: number): number {
  if (cp >= 0x10000) return classify(cp);
  const c = bmp[cp];
  if (c !== 0) return c & ~COMPUTED;
  const computed = classify(cp);
  bmp[cp] = computed | COMPUTED;
  return computed;
}

/** The code point that ends just before `i` (UTF-16 offset), as a `u`-flag lookbehind reads it. */
export function codePointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}
