import type { ChatMessage, LanguageModelCallOptions } from '../providers/spec/index.js';
import type { PromptVersion } from '../prompts/types.js';
import { prepareVariables } from '../prompts/index.js';
import { assembleMessages } from './assemble.js';
import type { ExecuteRequest } from './types.js';

export interface PreparedCall {
  version: PromptVersion;
  variables: Record<string, unknown>;
  messages: ChatMessage[];
  /** Template warnings, e.g. a variable the front matter does not declare. */
  warnings: string[];
  /** Primary model first, then the version's fallbacks. */
  models: string[];
  parameters: NonNullable<ExecuteRequest['parameters']> & { stop?: string[] };
  callOptions: Omit<LanguageModelCallOptions, 'messages' | 'abortSignal'>;
}

/** Everything about a managed-prompt call that does not depend on which model answers. */
export function prepareCall(version: PromptVersion, request: ExecuteRequest): PreparedCall {
  const variables = prepareVariables(version.meta.variables, request.variables ?? {});
  const { messages, warnings } = assembleMessages(version, variables, request.conversation);
  const meta = version.meta;
  const primary = request.model ?? meta.model;
  const parameters = { ...meta.parameters, ...definedOnly(request.parameters ?? {}) };
  return {
    version,
    variables,
    messages,
    warnings,
    models: [primary, ...meta.fallbackModels.filter((model) => model !== primary)],
    parameters,
    callOptions: {
      temperature: parameters.temperature,
      maxTokens: parameters.maxTokens,
      topP: parameters.topP,
      stop: parameters.stop,
      seed: parameters.seed,
      responseFormat: meta.outputSchema ? { type: 'json', schema: meta.outputSchema } : undefined,
      promptContext: { promptId: version.id, version: version.version, responseTemplates: version.responseTemplates, variables },
    },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
