import { LRUCache } from 'lru-cache';
import { detectInjection } from '../injection/index.js';
import type { InjectionResult } from '../injection/index.js';
import { detectPii } from '../pii/index.js';
import type { PiiEntity } from '../pii/index.js';
import { fnv1a } from '../word-lists/index.js';

/**
 * The input guards' two detectors, asked apart: a policy that only flags injections needs the PII
 * before the text is sent and the injection verdict only for the report (see `injectionChangesNothing`).
 * Results may be shared between callers: treat them as read-only.
 */
export interface InputDetectors {
  injection(text: string): InjectionResult;
  pii(text: string): readonly PiiEntity[];
}

export const freshDetectors: InputDetectors = { injection: (text) => detectInjection(text), pii: (text) => detectPii(text) };

export interface DetectionCacheOptions {
  /** Heap the cache may hold, estimated as the text (2 bytes a character) plus the result (default 8 MB). */
  maxBytes?: number;
  /** Texts longer than this are always scanned afresh (default 16 K). */
  maxTextChars?: number;
}

// Measured with heap snapshots: a clean result (no reasons, spans or PII) holds about 280 bytes.
const RESULT_BYTES = 280;
const ITEM_BYTES = 64;

type Detection = InjectionResult | readonly PiiEntity[];

function resultBytes(value: Detection): number {
  const items = 'score' in value ? value.reasons.length + value.spans.length : value.length;
  return RESULT_BYTES + ITEM_BYTES * items;
}

/**
 * Admission: a text is kept the second time it is seen. The earlier turns of a conversation come back
 * with every request, the newest turn is usually seen once: keeping each newest turn would fill the
 * cache with texts that never come back, and each kept entry outlives the request, so the garbage
 * collector copies and promotes it (measured: 6% more CPU a request at 1 connection, bench/gateway-ab.ts
 * --new-text). Seen texts are remembered as 32-bit hashes in a fixed table: nothing allocated; a
 * collision only admits a text one sighting early.
 */
const SEEN_SLOTS = 1 << 14;

// The injection and the PII of a text are different questions: different hashes. Never 0 (an empty slot).
const textHash = (text: string, salt: number): number => (fnv1a(text) ^ salt) | 1;
const INJECTION_SALT = 0;
const PII_SALT = 0x5bd1e995;

/**
 * Remembers what the detectors found per text. A chat client re-sends the whole conversation on every
 * turn, so without this each request would scan every earlier turn again: the work per request grows
 * with the conversation instead of with what is new. The detectors are pure functions of the text, so
 * a hit is exactly what a fresh scan would return.
 */
export function cachedInputDetectors(options: DetectionCacheOptions = {}, inner: InputDetectors = freshDetectors): InputDetectors {
  const maxTextChars = options.maxTextChars ?? 16_384;
  const cache = new LRUCache<string, Detection>({
    maxSize: options.maxBytes ?? 8_000_000,
    sizeCalculation: (value, key) => 2 * key.length + resultBytes(value),
  });
  const seen = new Int32Array(SEEN_SLOTS);
  function cached<T extends Detection>(prefix: string, salt: number, detect: (text: string) => T): (text: string) => T {
    return (text) => {
      if (text.length > maxTextChars) return detect(text);
      const key = prefix + text;
      const hit = cache.get(key) as T | undefined;
      if (hit !== undefined) return hit;
      const found = detect(text);
      const hash = textHash(text, salt);
      const slot = hash & (SEEN_SLOTS - 1);
      if (seen[slot] === hash) cache.set(key, found);
      else seen[slot] = hash;
      return found;
    };
  }
  return { injection: cached('i', INJECTION_SALT, (text) => inner.injection(text)), pii: cached('p', PII_SALT, (text) => inner.pii(text)) };
}
