import { randomBytes } from 'node:crypto';

let counter = 0;
let lastMs = -1;
let lastTime = '';
// Drawn once: random bytes per id cost more than the insert they name (a crypto call each).
const processTag = randomBytes(5).toString('hex');

/**
 * An id whose text order is creation order: the time in ms, then a per-process counter (so ids made
 * in the same millisecond keep their order), then a random per-process tag (so processes do not collide).
 * Lets "newest first" be `order by id desc` on both dialects without an auto-increment column.
 */
export function sortableId(nowMs: number): string {
  counter = (counter + 1) % 0x1000000;
  const ms = Math.max(0, Math.floor(nowMs));
  // Under load many ids share a millisecond: its text is made once.
  if (ms !== lastMs) {
    lastMs = ms;
    lastTime = ms.toString(16).padStart(12, '0');
  }
  return `${lastTime}${counter.toString(16).padStart(6, '0')}${processTag}`;
}
