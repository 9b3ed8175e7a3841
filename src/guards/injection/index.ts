export { detectInjection } from './detect-injection.js';
export type { DetectInjectionOptions, InjectionResult } from './detect-injection.js';
export type { Span } from './analyse.js';
export { INJECTION_RULES } from './rules.js';
export { FILTERED, sanitizeInjection } from './sanitize.js';
