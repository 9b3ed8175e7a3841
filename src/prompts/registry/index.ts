export { openRegistry } from './open-registry.js';
export type { PromptRegistry } from './open-registry.js';
export { parsePromptRef } from './parse-ref.js';
export type { PromptRef, VersionSelector } from './parse-ref.js';
export { loadVersion } from './load-version.js';
export { contentHash } from './content-hash.js';
