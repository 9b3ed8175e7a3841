import type { ChatMessage } from '../providers/index.js';
import type { PromptVersion, VariableSpec } from '../prompts/types.js';
import { InvalidVariablesError } from './errors/index.js';

function typeOf(value: unknown): VariableSpec['type'] {
  if (Array.isArray(value)) return 'array';
  if (value !== null && typeof value === 'object') return 'object';
  return typeof value as VariableSpec['type'];
}

/**
 * Checks request variables against the version's declarations (required, type, maxLength) and applies
 * defaults. Undeclared variables pass through; the template compiler warns about them.
 */
export function resolveVariables(version: PromptVersion, given: Record<string, unknown>): Record<string, unknown> {
  const variables: Record<string, unknown> = { ...given };
  for (const [name, spec] of Object.entries(version.meta.variables)) {
    const value = variables[name];
    if (value === undefined || value === null) {
      if (spec.default !== undefined) variables[name] = spec.default;
      else if (spec.required) {
        throw new InvalidVariablesError(`missing required variable "${name}" for prompt ${version.id}@${version.version}`, name);
      }
      continue;
    }
    const actual = typeOf(value);
    if (actual !== spec.type) {
      throw new InvalidVariablesError(`variable "${name}" must be a ${spec.type}, got ${actual}`, name);
    }
    if (spec.maxLength !== undefined && typeof value === 'string' && value.length > spec.maxLength) {
      throw new InvalidVariablesError(
        `variable "${name}" is ${value.length} characters long; the limit for this prompt is ${spec.maxLength}`,
        name,
        413,
      );
    }
  }
  return variables;
}

export interface AssembledPrompt {
  messages: ChatMessage[];
  warnings: string[];
}

/**
 * System message from the version's template, then the earlier conversation, then the user turn.
 * User text only ever goes into user turns, never into the system message.
 */
export function assembleMessages(
  version: PromptVersion,
  variables: Record<string, unknown>,
  conversation: ChatMessage[] = [],
): AssembledPrompt {
  const system = version.system.render(variables);
  const messages: ChatMessage[] = [{ role: 'system', content: system.text }];
  const warnings = [...system.warnings];
  for (const turn of conversation) {
    if (turn.role !== 'system') messages.push(turn);
  }
  if (version.user) {
    const user = version.user.render(variables);
    warnings.push(...user.warnings);
    if (user.text.trim()) messages.push({ role: 'user', content: user.text });
  }
  return { messages, warnings: [...new Set(warnings)] };
}
