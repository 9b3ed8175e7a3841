import { createRequire } from 'node:module';
import { hashedWordSet, type HashedWordSet } from './hashed-word-set.js';
import { jsonStrings } from './json-strings.js';

const require = createRequire(import.meta.url);

// an-array-of-english-words (MIT): ~275K lower-case ASCII words, ~1 MB of hashes, read on first use and
// shared by the PII detector (is a capitalised word a name?) and the normaliser (is folded leetspeak a word?).
let words: HashedWordSet | undefined;

function englishWords(): HashedWordSet {
  words ??= hashedWordSet(jsonStrings(require.resolve('an-array-of-english-words/index.json')));
  return words;
}

export function isEnglishWord(token: string): boolean {
  return englishWords().has(token.toLowerCase());
}

/** Whether `codes[start, end)` (lower-case ASCII char codes) spell an English word. */
export function isEnglishWordCodes(codes: ArrayLike<number>, start: number, end: number): boolean {
  return englishWords().hasCodes(codes, start, end);
}
