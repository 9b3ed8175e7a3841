import { createRequire } from 'node:module';

// Unicode's confusables.txt as packaged by nodeca/unhomoglyph (MIT). Only non-ASCII sources are kept:
// the table also maps ASCII to ASCII (l -> I, 0 -> O), which would corrupt ordinary text.
const require = createRequire(import.meta.url);
const table = require('unhomoglyph/data.json') as Record<string, string>;

const map = new Map<number, string>();
for (const [from, to] of Object.entries(table)) {
  const cp = from.codePointAt(0)!;
  if (cp > 0x7f && from.length === String.fromCodePoint(cp).length) map.set(cp, to);
}

/** ASCII look-alike for a non-ASCII code point, or undefined. */
export function confusableOf(codePoint: number): string | undefined {
  return map.get(codePoint);
}
