import { confusableOf } from './confusables.js';

/** Normalised text with, for each UTF-16 unit of `text`, the index in the source it came from. */
export interface NormalizedText {
  text: string;
  /** sourceIndex[i] = offset in the original string of normalised unit i; length text.length + 1. */
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

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i', '|': 'l' };
const COMBINING = /\p{M}/gu;
// Numbers with a unit or ordinal suffix are not leetspeak: 3rd, 4th, 10am, 5kg, 64gb.
const ORDINAL = /^\d+(?:st|nd|rd|th|s|am|pm|k|m|kg|g|gb|mb|tb|cm|mm|km|x|h|min|ml|l|v|w|p|hz)$/;

function foldNonAscii(ch: string): string {
  const nfkc = ch.normalize('NFKC').toLowerCase();
  let out = '';
  for (const c of nfkc) {
    const conf = confusableOf(c.codePointAt(0)!);
    out += conf ?? c;
  }
  return out.normalize('NFD').replace(COMBINING, '').toLowerCase();
}

/**
 * NFKC, invisible characters removed, confusables mapped to ASCII, diacritics stripped, lower-cased,
 * then leetspeak and spaced-out letters folded. Keeps a map back to source offsets so spans found in
 * the normalised text can be cut out of the original.
 */
export function normalizeText(input: string): NormalizedText {
  const chars: string[] = [];
  const src: number[] = [];
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      chars.push(cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : input[i]);
      src.push(i);
    } else if (!isInvisible(cp)) {
      const folded = foldNonAscii(input.slice(i, i + width));
      for (const c of folded) { chars.push(c); src.push(i); }
    }
    i += width;
  }
  foldLeet(chars);
  const { chars: outChars, src: outSrc } = foldSpacedLetters(chars, src);
  const text = outChars.join('');
  const sourceIndex = new Int32Array(text.length + 1);
  let k = 0;
  for (let j = 0; j < outChars.length; j++) {
    for (let u = 0; u < outChars[j].length; u++) sourceIndex[k++] = outSrc[j];
  }
  sourceIndex[k] = input.length;
  return { text, sourceIndex };
}

const isLetter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isWordChar = (c: string | undefined): boolean => c !== undefined && (isLetter(c) || (c >= '0' && c <= '9') || c in LEET);

// "1gn0r3" -> "ignore": only inside tokens that hold at least two letters, so "3 items" or "$40" stay.
function foldLeet(chars: string[]): void {
  let i = 0;
  while (i < chars.length) {
    if (!isWordChar(chars[i])) { i++; continue; }
    let j = i;
    let letters = 0;
    let leet = 0;
    while (j < chars.length && isWordChar(chars[j])) {
      if (isLetter(chars[j])) letters++; else leet++;
      j++;
    }
    if (letters >= 1 && j - i >= 3 && leet > 0 && leet <= letters + 1 && !ORDINAL.test(chars.slice(i, j).join(''))) {
      // Trailing punctuation is punctuation, not a letter ("now!" stays "now!").
      let end = j;
      while (end > i && (chars[end - 1] === '!' || chars[end - 1] === '$')) end--;
      for (let k = i; k < end; k++) if (!isLetter(chars[k])) chars[k] = LEET[chars[k]] ?? chars[k];
    }
    i = j;
  }
}

const SPACER = new Set([' ', '.', '-', '_', '*', '/', '+']);

// "i g n o r e" or "i.g.n.o.r.e" -> "ignore" when at least four single letters are spaced the same way.
function foldSpacedLetters(chars: string[], src: number[]): { chars: string[]; src: number[] } {
  const outC: string[] = [];
  const outS: number[] = [];
  let i = 0;
  while (i < chars.length) {
    const sep = chars[i + 1];
    if (isLetter(chars[i]) && !isLetter(chars[i - 1]) && sep !== undefined && SPACER.has(sep)) {
      const letters = [i];
      let j = i;
      while (chars[j + 1] === sep && isLetter(chars[j + 2]) && !isLetter(chars[j + 3])) {
        j += 2;
        letters.push(j);
      }
      if (letters.length >= 4) {
        for (const k of letters) { outC.push(chars[k]); outS.push(src[k]); }
        i = j + 1;
        continue;
      }
    }
    outC.push(chars[i]);
    outS.push(src[i]);
    i++;
  }
  return { chars: outC, src: outS };
}
