export { applyInputPolicy, checkInputLength, injectionChangesNothing, replacePii, screenInjection } from './apply-input-policy.js';
export type { InputPolicy, InputPolicyResult } from './apply-input-policy.js';
export { cachedInputDetectors, freshDetectors } from './input-detector.js';
export type { DetectionCacheOptions, InputDetectors } from './input-detector.js';
export { GuardBlockedError } from './guard-blocked-error.js';
export { InputTooLongError } from './input-too-long-error.js';
