import type { InputPolicy } from '../guards/index.js';
import type { ChatMessage, LanguageModelCallOptions } from '../providers/spec/index.js';
import { prepareVariables } from '../prompts/index.js';
import type { PromptVersion } from '../prompts/types.js';
import { assembleMessages } from './assemble.js';
import type { GuardReport, GuardStage } from './guard-stage.js';
import type { ExecuteRequest } from './types.js';

export interface PreparedCall {
  version: PromptVersion;
  /** Variables after validation, defaults and input guards: what the model sees. */
  variables: Record<string, unknown>;
  messages: ChatMessage[];
  /** Template warnings, e.g. a variable the front matter does not declare. */
  warnings: string[];
  /** Primary model first, then the version's fallbacks. */
  models: string[];
  parameters: NonNullable<ExecuteRequest['parameters']> & { stop?: string[] };
  callOptions: Omit<LanguageModelCallOptions, 'messages' | 'abortSignal'>;
  /** The guards' report, complete once called (see `GuardedInput.report`). */
  guard?: () => GuardReport;
  /** Puts pseudonymised values back into an answer; absent when nothing was pseudonymised. */
  restore?: (text: string) => string;
}

export interface CallGuards {
  stage: GuardStage;
  policy: InputPolicy;
}

/**
 * Everything about a managed-prompt call that does not depend on which model answers: variables
 * checked, input guards applied (they may throw GuardBlockedError or InputTooLongError), multi-word
 * values fenced as data in the system message, user text kept in user turns.
 */
export function prepareCall(version: PromptVersion, request: ExecuteRequest, guards?: CallGuards): PreparedCall {
  const declared = prepareVariables(version.meta.variables, request.variables ?? {});
  const guarded = guards?.stage.checkInput(declared, request.conversation ?? [], guards.policy, request.conversationId);
  const variables = guarded?.variables ?? declared;
  const systemVariables = guards ? guards.stage.fenceSystemVariables(variables) : variables;
  const { messages, warnings } = assembleMessages(version, { system: systemVariables, user: variables }, guarded?.conversation ?? request.conversation);
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
    guard: guarded?.report,
    restore: guarded?.restore,
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
