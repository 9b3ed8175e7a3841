import { readFileSync } from 'node:fs';

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
