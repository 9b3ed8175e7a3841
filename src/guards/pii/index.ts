export { detectPii } from './detect-pii.js';
export type { DetectPiiOptions, PiiEntity, PiiType } from './types.js';
export { PseudonymVault } from './pseudonym-vault.js';
export { maskValue, redactPii } from './redact.js';
export type { RedactAction } from './redact.js';
export { redactForLog } from './redact-for-log.js';
export { cardBrandValid, ibanValid, luhnValid, ssnValid } from './validators.js';
