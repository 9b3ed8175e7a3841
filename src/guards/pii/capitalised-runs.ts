import { classOf, codePointBefore, LETTER, MARK, NUMBER, UPPER } from './char-classes.js';

// Lower-case particles inside a name ("Ludwig van Beethoven"): kept when a capitalised word follows.
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'al', 'ter']);

const isUpperAt = (text: string, i: number): boolean => i < text.length && (classOf(text.codePointAt(i)!) & UPPER) !== 0;
// An ASCII capital or any non-ASCII code unit (which may be an upper-case letter).
const CANDIDATE = /[A-Z\u0080-\uffff]/g;
const isBlank = (c: number): boolean => c === 32 || c === 9;

// [\p{L}\p{M}'’-]* from i; returns where it stops.
function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45) { i++; continue; }
      return i;
    }
    if (c === 0x2019) { i++; continue; }
    const cp = text.codePointAt(i)!;
    if ((classOf(cp) & (LETTER | MARK)) === 0) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

// A capitalised word with an optional final dot, from an upper-case letter at i.
function capitalisedEnd(text: string, i: number): number {
  const end = wordEnd(text, i + (text.codePointAt(i)! > 0xffff ? 2 : 1));
  return text.charCodeAt(end) === 46 ? end + 1 : end;
}

// A run may not start right after a letter, digit, '_', '@' or '.' (inside a word, an address or a domain).
function canStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const cp = codePointBefore(text, i);
  if (cp === 95 || cp === 64 || cp === 46) return false;
  return (classOf(cp) & (LETTER | NUMBER)) === 0;
}

/** The end of a name particle starting at `k` and followed by a blank, or -1. */
function particleEnd(text: string, k: number): number {
  let e = k;
  while (e < text.length && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
  return e === k || e - k > 3 || !isBlank(text.charCodeAt(e)) || !PARTICLES.has(text.slice(k, e)) ? -1 : e;
}

function blanksEnd(text: string, i: number): number {
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

// Reused across calls (detection is synchronous): `onRun` reads the first `count` entries and keeps none.
const runStarts: number[] = [];
const runEnds: number[] = [];

/**
 * Calls `onRun` for each run of capitalised words (single spaces or tabs between, one or two particles
 * such as "van" or "de la" allowed before a capitalised word) with the start and end of each word. The same runs as
 * /(?<![\p{L}\p{N}_@.])\p{Lu}[\p{L}\p{M}'’-]*\.?(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:particle[ \t]+)?particle(?=[ \t]+\p{Lu})))*\/gu
 * split on blanks, in one pass over the char codes without a regex trying every position.
 */
export function forEachCapitalisedRun(text: string, onRun: (starts: number[], ends: number[], count: number) => void): void {
  const starts = runStarts;
  const ends = runEnds;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // The regex engine skips to the next candidate faster than a loop over char codes.
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(text)) return;
    i = CANDIDATE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if ((c >= 0x80 && !isUpperAt(text, i)) || !canStart(text, i)) { i++; continue; }
    let count = 0;
    let end = capitalisedEnd(text, i);
    starts[count] = i;
    ends[count++] = end;
    for (;;) {
      const k = blanksEnd(text, end);
      if (k === end || k >= n) break;
      if (isUpperAt(text, k)) {
        const e = capitalisedEnd(text, k);
        starts[count] = k;
        ends[count++] = e;
        end = e;
        continue;
      }
      const e = particleEnd(text, k);
      if (e < 0) break;
      const next = blanksEnd(text, e);
      // Two particles in a row: "Ursula von der Leyen", "Maria de la Cruz".
      const second = isUpperAt(text, next) ? -1 : particleEnd(text, next);
      if (second >= 0 ? !isUpperAt(text, blanksEnd(text, second)) : !isUpperAt(text, next)) break;
      starts[count] = k;
      ends[count++] = e;
      end = e;
      if (second >= 0) {
        starts[count] = next;
        ends[count++] = second;
        end = second;
      }
    }
    onRun(starts, ends, count);
    i = end;
  }
}
