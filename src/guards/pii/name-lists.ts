import { createRequire } from 'node:module';
import transliterate from '@sindresorhus/transliterate';
import { hashedWordSet, jsonStrings, type HashedWordSet } from '../word-lists/index.js';
import { GREEK_OR_CYRILLIC } from './char-classes.js';

const require = createRequire(import.meta.url);

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

let names: HashedWordSet | undefined;

const ASCII = /^[\x00-\x7f]*$/;
// The name list is in Latin letters: "Иван Петров" and "Νίκος" are looked up as "Ivan Petrov" and "Nikos".
const fold = (s: string): string => {
  if (ASCII.test(s)) return s.toLowerCase();
  const latin = GREEK_OR_CYRILLIC.test(s) ? transliterate(s) : s;
  return latin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
};

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
