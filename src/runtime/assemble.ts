import type { ChatMessage } from '../providers/index.js';
import type { PromptVersion } from '../prompts/types.js';

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
