import { setFlagsFromString } from 'node:v8';
import { createGuardStage, createRuntime, type PromptSource, type Runtime, type RuntimeOptions } from '../../runtime/index.js';

/**
 * Heap a test run's guard stage may spend remembering detections. The gateway's default (8 MB) pays off
 * on chat traffic, which re-sends whole conversations; a suite's inputs are nearly all distinct, so there
 * it would only fill up, and V8's heap limit grows with that live set. This still covers the turns a
 * workflow's conversation re-sends.
 */
export const TEST_DETECTION_CACHE_BYTES = 256_000;

/** The runtime `promptops test` calls: the gateway's executor (guards, retries, fallbacks), uncached. */
export function createTestRuntime(config: RuntimeOptions['config'], prompts: PromptSource): Runtime {
  return createRuntime({ config, prompts, cache: false, guards: createGuardStage({ detectionCache: { maxBytes: TEST_DETECTION_CACHE_BYTES } }) });
}

/**
 * A test run keeps about 30 MB live, but each case in flight is garbage that outlives two young
 * collections, so it is promoted, and V8 lets the old space reach up to 4x the live set before a full
 * collection. Growing the heap by at most 2x after each one keeps a 100,000-case run flat (bench:evals:
 * peak RSS ~225 -> ~170 MB at the same throughput). V8 reads this flag at every collection, so setting it
 * once the process runs takes effect.
 */
export function keepTestRunHeapFlat(): void {
  setFlagsFromString('--heap-growing-percent=100');
}
