import type { ResponseTemplate } from '../providers/spec/index.js';

export type VariableType = 'string' | 'number' | 'boolean' | 'array' | 'object';

export interface VariableSpec {
  type: VariableType;
  required: boolean;
  default?: unknown;
  description?: string;
  /** Input validation before guards run (the guide's example uses 1,000 characters). */
  maxLength?: number;
}

export type InjectionPolicy = 'allow' | 'flag' | 'sanitize' | 'block';
export type PiiAction = 'off' | 'redact' | 'mask' | 'pseudonymize';

export interface GuardPolicy {
  injection?: InjectionPolicy;
  pii?: PiiAction;
  maxInputLength?: number;
}

export interface ModelParameters {
  temperature?: number;
  maxTokens?: number;
  topP?: number;
  stop?: string[];
  seed?: number;
}

/** The YAML front matter of system-prompt.md, validated and normalised (camelCase). */
export interface PromptMeta {
  description?: string;
  /** Primary model: a provider model id, a config alias, or `demo`. */
  model: string;
  /** Tried in order when the primary model fails for good. */
  fallbackModels: string[];
  parameters: ModelParameters;
  variables: Record<string, VariableSpec>;
  /**
   * Template of the user turn, e.g. `{{message}}`. User text goes here, never into the system message.
   * Defaults to `{{message}}` when a `message` variable is declared.
   */
  userTemplate?: string;
  /** JSON Schema the output must satisfy (the output is then parsed as JSON). */
  outputSchema?: Record<string, unknown>;
  requiredKeywords: string[];
  forbiddenKeywords: string[];
  /** Path, relative to the version folder, of an ES module whose default export validates the output. */
  validator?: string;
  /** Re-asks after a validation failure, feeding the error back (bounded). */
  maxReasks: number;
  /** Served (with `fallback: true`) when every model fails. */
  fallbackResponse?: string;
  guards?: GuardPolicy;
}

export interface RenderResult {
  text: string;
  /** e.g. `unknown variable "foo" (not declared in front matter)`. */
  warnings: string[];
}

/** A template compiled once per version; rendering is a walk over precomputed parts. */
export interface CompiledTemplate {
  readonly source: string;
  /** Every variable name the template references. */
  readonly variables: readonly string[];
  /** Throws MissingVariableError naming the variable when a required one is absent. */
  render(variables: Record<string, unknown>): RenderResult;
}

export interface ChangelogEntry {
  version: string;
  date?: string;
  /** Section title -> bullet lines, for the guide's sections (Changes, Performance Impact, Rollback Plan, Test Results) and any other. */
  sections: Record<string, string[]>;
}

export interface Changelog {
  path: string;
  entries: ChangelogEntry[];
}

export interface PromptVersion {
  id: string;
  version: string;
  /** Absolute path of the version folder. */
  dir: string;
  /** sha256 over the version's files (names and contents), hex. */
  hash: string;
  meta: PromptMeta;
  system: CompiledTemplate;
  user?: CompiledTemplate;
  responseTemplates: ResponseTemplate[];
  /** Absolute path of test-cases.json, when present. */
  testCasesPath?: string;
  changelog?: Changelog;
}

export interface PromptSummary {
  id: string;
  versions: string[];
  current?: string;
  latest: string;
}
