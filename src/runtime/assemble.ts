import type { ChatMessage } from '../providers/index.js';
import type { PromptVersion } from '../prompts/types.js';

export interface AssembledPrompt {
  messages: ChatMessage[];
  warnings: string[];
}

/**
 * System message from the version's template, then the earlier conversation, then the user turn.
 * The system template may get different (fenced) values than the user template.
 */
export function assembleMessages(
  version: PromptVersion,
  variables: { system: Record<string, unknown>; user: Record<string, unknown> },
  conversation: ChatMessage[] = [],
): AssembledPrompt {
  const system = version.system.render(variables.system);
  const messages: ChatMessage[] = [{ role: 'system', content: system.text }];
  const warnings = [...system.warnings];
  for (const turn of conversation) {
    if (turn.role !== 'system') messages.push(turn);
  }
  if (version.user) {
    const user = version.user.render(variables.user);
    warnings.push(...user.warnings);
    if (user.text.trim()) messages.push({ role: 'user', content: user.text });
  }
  return { messages, warnings: [...new Set(warnings)] };
}
