export { scanText } from './scan-text.js';
export type { ScanOptions, ScanResult } from './scan-text.js';
export { detectInjection, FILTERED, INJECTION_RULES, sanitizeInjection } from './injection/index.js';
export type { DetectInjectionOptions, InjectionResult, Span } from './injection/index.js';
export { detectPii, maskValue, PseudonymVault, redactForLog, redactPii } from './pii/index.js';
export type { DetectPiiOptions, PiiEntity, PiiType, RedactAction } from './pii/index.js';
export {
  applyInputPolicy, cachedInputDetectors, checkInputLength, freshDetectors, GuardBlockedError, injectionChangesNothing, InputTooLongError, replacePii, screenInjection,
} from './policy/index.js';
export type { DetectionCacheOptions, InputDetectors, InputPolicy, InputPolicyResult } from './policy/index.js';
export { canaryLine, checkOutput, createCanary, DATAMARK, fenceData, fenceInstructions } from './structural/index.js';
export type { FenceOptions, OutputCheck, OutputCheckOptions } from './structural/index.js';
export { normalizeText, decodeEmbedded } from './normalize/index.js';
