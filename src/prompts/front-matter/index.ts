export { parseSystemPrompt } from './parse-system-prompt.js';
export type { ParsedSystemPrompt } from './parse-system-prompt.js';
export { splitFrontMatter } from './split-front-matter.js';
export type { FrontMatterParts } from './split-front-matter.js';
