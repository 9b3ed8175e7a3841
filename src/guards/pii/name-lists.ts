import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hashedWordSet, type HashedWordSet } from './hashed-word-set.js';

const require = createRequire(import.meta.url);

/** Parsed without `require`, whose module cache would keep the whole list alive after it is hashed. */
function readJson(specifier: string): unknown {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

let names: HashedWordSet | undefined;
let words: HashedWordSet | undefined;

const ASCII = /^[\x00-\x7f]*$/;
const fold = (s: string): string => (ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/**
 * Given and family names (humannames, MIT: ~200K names from censuses and social sites), folded to
 * lower-case ASCII; read on first use.
 */
export function isKnownName(token: string): boolean {
  if (!names) {
    const table = readJson('humannames/index.json') as Record<string, number>;
    names = hashedWordSet(Object.keys(table).map(fold));
  }
  return names.has(fold(token));
}

/** An ordinary English word (an-array-of-english-words, MIT): a capitalised one is ambiguous as a name. */
export function isDictionaryWord(token: string): boolean {
  if (!words) words = hashedWordSet(readJson('an-array-of-english-words/index.json') as string[]);
  return words.has(token.toLowerCase());
}
