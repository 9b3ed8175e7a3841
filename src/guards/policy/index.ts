export { applyInputPolicy } from './apply-input-policy.js';
export type { InputPolicy, InputPolicyResult } from './apply-input-policy.js';
export { GuardBlockedError } from './guard-blocked-error.js';
export { InputTooLongError } from './input-too-long-error.js';
