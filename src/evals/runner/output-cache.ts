import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LanguageModelUsage } from '../../providers/spec/index.js';
import { stableJson } from './stable-json.js';

/** What identifies one model answer: who answered, to which prompt version, with what input. */
export interface CacheKeyParts {
  provider: string;
  model: string;
  promptHash: string;
  variables: Record<string, unknown>;
  conversation?: unknown;
  parameters?: unknown;
  /** Repeat index, so `--repeat` samples are cached separately. */
  sample: number;
}

export interface CachedOutput {
  output: string;
  model: string;
  provider: string;
  version: string;
  usage: LanguageModelUsage;
  latencyMs: number;
  costUsd?: number;
}

export interface OutputCache {
  get(key: string): Promise<CachedOutput | undefined>;
  set(key: string, value: CachedOutput): Promise<void>;
}

export function cacheKey(parts: CacheKeyParts): string {
  return createHash('sha256').update(stableJson(parts)).digest('hex');
}

/**
 * One small JSON file per answer under `dir/ab/abcdef...json`: nothing is held in memory, concurrent
 * runs never corrupt each other (write to a temporary name, then rename), and deleting the folder clears it.
 */
export function openDiskCache(dir: string): OutputCache {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(pathOf(key), 'utf8')) as CachedOutput;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      const path = pathOf(key);
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      await writeFile(temporary, JSON.stringify(value));
      await rename(temporary, path);
    },
  };
}
