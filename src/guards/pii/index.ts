export { detectPii } from './detect-pii.js';
export type { DetectPiiOptions, PiiEntity, PiiType } from './types.js';
export { cardBrandValid, ibanValid, luhnValid, ssnValid } from './validators.js';
