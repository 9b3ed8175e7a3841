import { LRUCache } from 'lru-cache';
import { detectInjection } from '../injection/index.js';
import type { InjectionResult } from '../injection/index.js';
import { detectPii } from '../pii/index.js';
import type { PiiEntity } from '../pii/index.js';
import { fnv1a } from '../word-lists/index.js';

/** What the input guards found in one text. Shared between callers: treat it as read-only. */
export interface InputDetection {
  injection: InjectionResult;
  /** empty when PII detection was not asked for */
  pii: readonly PiiEntity[];
}

export type InputDetector = (text: string, withPii: boolean) => InputDetection;

export const detectInput: InputDetector = (text, withPii) => ({ injection: detectInjection(text), pii: withPii ? detectPii(text) : [] });

export interface DetectionCacheOptions {
  /** Heap the cache may hold, estimated as the text (2 bytes a character) plus the result (default 8 MB). */
  maxBytes?: number;
  /** Texts longer than this are always scanned afresh (default 16 K). */
  maxTextChars?: number;
}

/**
 * Remembers what the detectors found per text. A chat client re-sends the whole conversation on every
 * turn, so without this each request would scan every earlier turn again: the work per request grows
 * with the conversation instead of with what is new. The detectors are pure functions of the text, so
 * a hit is exactly what a fresh scan would return.
 */
// Measured with heap snapshots: a clean result (no reasons, spans or PII) holds about 280 bytes.
const RESULT_BYTES = 280;
const ITEM_BYTES = 64;

function resultBytes(value: InputDetection): number {
  return RESULT_BYTES + ITEM_BYTES * (value.injection.reasons.length + value.injection.spans.length + value.pii.length);
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

// The same text asked with and without PII is a different question: a different hash. Never 0 (an empty slot).
const textHash = (text: string, withPii: boolean): number => (fnv1a(text) ^ (withPii ? 0x5bd1e995 : 0)) | 1;

export function cachedInputDetector(options: DetectionCacheOptions = {}, detect: InputDetector = detectInput): InputDetector {
  const maxTextChars = options.maxTextChars ?? 16_384;
  const cache = new LRUCache<string, InputDetection>({
    maxSize: options.maxBytes ?? 8_000_000,
    sizeCalculation: (value, key) => 2 * key.length + resultBytes(value),
  });
  const seen = new Int32Array(SEEN_SLOTS);
  return (text, withPii) => {
    if (text.length > maxTextChars) return detect(text, withPii);
    const key = (withPii ? 'p' : 'i') + text;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const found = detect(text, withPii);
    const hash = textHash(text, withPii);
    const slot = hash & (SEEN_SLOTS - 1);
    if (seen[slot] === hash) cache.set(key, found);
    else seen[slot] = hash;
    return found;
  };
}
