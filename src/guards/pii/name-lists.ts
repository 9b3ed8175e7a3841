import { createRequire } from 'node:module';
import { hashedWordSet, jsonStrings, type HashedWordSet } from '../word-lists/index.js';

const require = createRequire(import.meta.url);

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

let names: HashedWordSet | undefined;

const ASCII = /^[\x00-\x7f]*$/;
const fold = (s: string): string => (ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/**
 * Given and family names (humannames, MIT: ~200K names from censuses and social sites), folded to
 * lower-case ASCII; read on first use.
 */
export function isKnownName(token: string): boolean {
  if (!names) {
    names = hashedWordSet(map(jsonStrings(require.resolve('humannames/index.json'), true), fold));
  }
  return names.has(fold(token));
}

/** An ordinary English word: a capitalised one is ambiguous as a name. */
export { isEnglishWord as isDictionaryWord } from '../word-lists/index.js';
