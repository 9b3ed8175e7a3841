import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hashedWordSet, type HashedWordSet } from './hashed-word-set.js';

const require = createRequire(import.meta.url);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

/**
 * The strings of a JSON file (with `keys`, only the object keys), one at a time, scanned from its bytes.
 * `JSON.parse` (or `require`) would hold the whole list at once: ~470K strings, tens of MB of heap (and of
 * RSS the process keeps) at the first request, only to be hashed and dropped.
 */
export function* jsonStrings(path: string, keys = false): Generator<string> {
  const bytes = readFileSync(path);
  for (let start = bytes.indexOf(QUOTE); start !== -1; ) {
    let end = start + 1;
    let plain = true;
    for (; bytes[end] !== QUOTE; end++) {
      if (end >= bytes.length) throw new SyntaxError(`${path}: unterminated string at byte ${start}`);
      if (bytes[end] === BACKSLASH) {
        plain = false;
        end++;
      } else if (bytes[end] > 0x7f) plain = false;
    }
    let next = end + 1;
    while (bytes[next] === 0x20 || bytes[next] === 0x0a || bytes[next] === 0x0d || bytes[next] === 0x09) next++;
    if (!keys || bytes[next] === COLON) {
      yield plain ? bytes.toString('latin1', start + 1, end) : (JSON.parse(bytes.toString('utf8', start, end + 1)) as string);
    }
    start = bytes.indexOf(QUOTE, end + 1);
  }
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
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
    names = hashedWordSet(map(jsonStrings(require.resolve('humannames/index.json'), true), fold));
  }
  return names.has(fold(token));
}

/** An ordinary English word (an-array-of-english-words, MIT): a capitalised one is ambiguous as a name. */
export function isDictionaryWord(token: string): boolean {
  if (!words) words = hashedWordSet(jsonStrings(require.resolve('an-array-of-english-words/index.json')));
  return words.has(token.toLowerCase());
}
