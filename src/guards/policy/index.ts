export { applyInputPolicy } from './apply-input-policy.js';
export type { InputPolicy, InputPolicyResult } from './apply-input-policy.js';
export { cachedInputDetector, detectInput } from './input-detector.js';
export type { DetectionCacheOptions, InputDetection, InputDetector } from './input-detector.js';
export { GuardBlockedError } from './guard-blocked-error.js';
export { InputTooLongError } from './input-too-long-error.js';
