/**
 * A read-only set of words stored as sorted 32-bit FNV-1a hashes: about 4 bytes a word instead of ~100 for
 * a `Set<string>`, for lists of hundreds of thousands of names. A false hit needs a hash collision with a
 * listed word (about 1 in 20,000 for 200K words), which is noise next to the name detector's own errors.
 */
export interface HashedWordSet {
  has(word: string): boolean;
  /** Whether the char codes `codes[start, end)` spell a listed word (no string is made). */
  hasCodes(codes: ArrayLike<number>, start: number, end: number): boolean;
  readonly size: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

function fnv1aCodes(codes: ArrayLike<number>, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ codes[i], FNV_PRIME);
  return hash >>> 0;
}

export function hashedWordSet(words: Iterable<string>): HashedWordSet {
  // Grown in place: a number[] would box every hash above 2^31 as a heap number on the way.
  let hashes = new Uint32Array(1024);
  let count = 0;
  for (const word of words) {
    if (count === hashes.length) {
      const grown = new Uint32Array(count * 2);
      grown.set(hashes);
      hashes = grown;
    }
    hashes[count++] = fnv1a(word);
  }
  const sorted = hashes.slice(0, count).sort();
  const hasHash = (target: number): boolean => {
    let low = 0;
    let high = sorted.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = sorted[middle];
      if (value === target) return true;
      if (value < target) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  };
  return {
    size: sorted.length,
    has: (word) => hasHash(fnv1a(word)),
    hasCodes: (codes, start, end) => hasHash(fnv1aCodes(codes, start, end)),
  };
}
