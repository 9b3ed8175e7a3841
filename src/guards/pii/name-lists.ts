import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let names: Set<string> | undefined;
let words: Set<string> | undefined;

const ASCII = /^[\x00-\x7f]*$/;
const fold = (s: string): string => (ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/**
 * Given and family names (humannames, MIT: ~200K names from censuses and social sites), folded to
 * lower-case ASCII; read on first use.
 */
export function isKnownName(token: string): boolean {
  if (!names) {
    const table = require('humannames/index.json') as Record<string, number>;
    names = new Set(Object.keys(table).map(fold));
  }
  return names.has(fold(token));
}

/** An ordinary English word (an-array-of-english-words, MIT): a capitalised one is ambiguous as a name. */
export function isDictionaryWord(token: string): boolean {
  if (!words) words = new Set(require('an-array-of-english-words/index.json') as string[]);
  return words.has(token.toLowerCase());
}
