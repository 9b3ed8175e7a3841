import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { ExecuteResult } from './types.js';

export interface ResponseCache {
  get(key: string): ExecuteResult | undefined;
  set(key: string, value: ExecuteResult): void;
}

/** An in-process LRU with a TTL; only successful model answers are stored (never errors or fallbacks). */
export function createMemoryResponseCache(options: { maxEntries?: number; ttlMs?: number } = {}): ResponseCache {
  const cache = new LRUCache<string, ExecuteResult>({ max: options.maxEntries ?? 5000, ttl: options.ttlMs ?? 5 * 60_000 });
  return { get: (key) => cache.get(key), set: (key, value) => void cache.set(key, value) };
}

/** A stable key over everything that determines the answer. */
export function responseCacheKey(parts: { versionHash: string; model: string; messages: unknown; parameters: unknown }): string {
  return createHash('sha256').update(JSON.stringify([parts.versionHash, parts.model, parts.messages, parts.parameters])).digest('base64url');
}
