export { TemplateSyntaxError } from './template-syntax-error.js';
export { MissingVariableError } from './missing-variable-error.js';
export { InvalidVariableError } from './invalid-variable-error.js';
export { PromptFileError } from './prompt-file-error.js';
export { PromptNotFoundError } from './prompt-not-found-error.js';
export { VersionNotFoundError } from './version-not-found-error.js';
export { InvalidPromptRefError } from './invalid-prompt-ref-error.js';
