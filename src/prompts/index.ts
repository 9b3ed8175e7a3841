export type {
  Changelog,
  ChangelogEntry,
  CompiledTemplate,
  GuardPolicy,
  InjectionPolicy,
  ModelParameters,
  PiiAction,
  PromptMeta,
  PromptSummary,
  PromptVersion,
  RenderResult,
  VariableSpec,
  VariableType,
} from './types.js';
export * from './errors/index.js';
export { compileTemplate } from './template/index.js';
export type { CompileOptions } from './template/index.js';
export { prepareVariables } from './variables/index.js';
export { parseSystemPrompt } from './front-matter/index.js';
export type { ParsedSystemPrompt } from './front-matter/index.js';
export { parseResponseTemplates } from './response-templates/index.js';
export { parseChangelog, updateChangelogSection } from './changelog/index.js';
export { contentHash, loadVersion, openRegistry, parsePromptRef } from './registry/index.js';
export type { PromptRef, PromptRegistry, VersionSelector } from './registry/index.js';
