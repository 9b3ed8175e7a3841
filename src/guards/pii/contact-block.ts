import type { PiiEntity } from './types.js';

// What a line may start with before its text: a quote mark ("> ", "??? "), a list bullet or a signature's "-- ".
const LINE_PREFIX = /^[ \t]*(?:[>|*?#-]+[ \t]*)?$/;
const CONTACT_TYPES = new Set(['ADDRESS', 'PHONE', 'EMAIL']);
// A contact block's lines are few: the name, perhaps a firm or a job title, then the address or phone.
const BLOCK_REACH = 200;

/**
 * Whether [start, end) is a line of its own at the head of a contact block: a later line within reach holds
 * an address, a phone or an email found already ("Satu Elomo\n\n45818 P.O. Box 242", ">Esat Jeknić\n>Marshall,
 * Hernandez and Simpson\n>3378 Lovers Lane"). Mailing labels and signatures put the name there.
 */
export function headsContactBlock(text: string, start: number, end: number, found: readonly PiiEntity[]): boolean {
  // Most runs go on within their line: the cheapest test first.
  let lineEnd = end;
  while (lineEnd < text.length && (text.charCodeAt(lineEnd) === 32 || text.charCodeAt(lineEnd) === 9 || text.charCodeAt(lineEnd) === 13)) lineEnd++;
  if (text.charCodeAt(lineEnd) !== 10) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 8 || !LINE_PREFIX.test(text.slice(lineStart, start))) return false;
  for (const e of found) {
    if (CONTACT_TYPES.has(e.type) && e.start > lineEnd && e.start - lineEnd <= BLOCK_REACH) return true;
  }
  return false;
}
