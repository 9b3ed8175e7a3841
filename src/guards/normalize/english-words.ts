import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const QUOTE = 0x22;

// Sorted FNV-1a hashes of an-array-of-english-words (MIT, ~275K lower-case ASCII words): 4 bytes a word,
// hashed straight from the file's bytes so no string is made. Read on first use: only a token whose leet
// characters sit at its edge ("4ll", "th3") asks.
let hashes: Uint32Array | undefined;

function load(): Uint32Array {
  const bytes = readFileSync(require.resolve('an-array-of-english-words/index.json'));
  let out = new Uint32Array(300_000);
  let n = 0;
  let h = 0;
  let inside = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) {
      if (inside) {
        if (n === out.length) { const grown = new Uint32Array(n * 2); grown.set(out); out = grown; }
        out[n++] = h >>> 0;
      }
      inside = !inside;
      h = FNV_OFFSET;
    } else if (inside) h = Math.imul(h ^ b, FNV_PRIME);
  }
  return out.slice(0, n).sort();
}

/** Whether `codes[start, end)` (lower-case ASCII char codes) spell an English word. */
export function isEnglishWord(codes: ArrayLike<number>, start: number, end: number): boolean {
  hashes ??= load();
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ codes[i], FNV_PRIME);
  const target = h >>> 0;
  let low = 0;
  let high = hashes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = hashes[middle];
    if (value === target) return true;
    if (value < target) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
