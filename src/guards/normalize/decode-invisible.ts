import type { DecodedSegment } from './decode-embedded.js';

// Both invisible alphabets sit in plane 14, whose UTF-16 high surrogate is this one.
const PLANE_14_HIGH = 0xdb40;
// Tag characters U+E0020-E007E mirror printable ASCII; low surrogates 0xDC20-0xDC7E.
const TAG_LOW_FIRST = 0xdc20;
const TAG_LOW_LAST = 0xdc7e;
// Variation selectors 17-256 (U+E0100-E01EF) carry the bytes 16-255; low surrogates 0xDD00-0xDDEF.
const VS_SUPPLEMENT_LOW_FIRST = 0xdd00;
const VS_SUPPLEMENT_LOW_LAST = 0xddef;
// Variation selectors 1-16 (U+FE00-FE0F) carry the bytes 0-15.
const VS_FIRST = 0xfe00;
const VS_LAST = 0xfe0f;
// One selector after an emoji is ordinary; a message hidden in them is a long run.
const MIN_SELECTOR_BYTES = 6;

const isTag = (text: string, i: number): boolean => {
  const low = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === PLANE_14_HIGH && low >= TAG_LOW_FIRST && low <= TAG_LOW_LAST;
};

/** The byte a variation selector at `i` carries and its length in UTF-16 units, or undefined. */
function selectorByte(text: string, i: number): [number, number] | undefined {
  const c = text.charCodeAt(i);
  if (c >= VS_FIRST && c <= VS_LAST) return [c - VS_FIRST, 1];
  const low = text.charCodeAt(i + 1);
  if (c === PLANE_14_HIGH && low >= VS_SUPPLEMENT_LOW_FIRST && low <= VS_SUPPLEMENT_LOW_LAST) return [low - VS_SUPPLEMENT_LOW_FIRST + 16, 2];
  return undefined;
}

/**
 * Text written in characters that render as nothing but that models read: Unicode tag characters, one
 * per ASCII letter ("ASCII smuggling"), and variation selectors, one per UTF-8 byte, strung after an emoji
 * ("emoji smuggling"). The normaliser drops both as invisible; the hidden text is returned decoded, to be
 * scanned as what it says. Emoji flags of regions (England's) use a few tags: short and word-less, they
 * fail `readable`.
 */
export function decodeInvisible(text: string, readable: (s: string) => boolean, out: DecodedSegment[]): void {
  if (text.indexOf(String.fromCharCode(PLANE_14_HIGH)) < 0) return;
  for (let i = 0; i < text.length; ) {
    if (isTag(text, i)) {
      const start = i;
      let decoded = '';
      for (; isTag(text, i); i += 2) decoded += String.fromCharCode(text.charCodeAt(i + 1) - 0xdc00);
      if (readable(decoded)) out.push({ encoding: 'unicode-tags', start, end: i, text: decoded });
      continue;
    }
    const first = selectorByte(text, i);
    if (first) {
      const start = i;
      const bytes: number[] = [];
      for (let s: [number, number] | undefined = first; s !== undefined; s = selectorByte(text, i)) {
        bytes.push(s[0]);
        i += s[1];
      }
      const decoded = bytes.length >= MIN_SELECTOR_BYTES ? Buffer.from(bytes).toString('utf8') : '';
      if (decoded && readable(decoded)) out.push({ encoding: 'variation-selectors', start, end: i, text: decoded });
      continue;
    }
    i++;
  }
}
