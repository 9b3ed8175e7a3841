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
