import type { LanguageModelCallOptions } from '../spec/index.js';

/** The Messages API requires max_tokens; this is used when the caller sets none. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 4096;

/** The Messages request body: system prompts move to the top-level `system`, the rest stay in order. */
export function toAnthropicRequest(
  modelId: string,
  options: LanguageModelCallOptions,
  stream: boolean,
  defaultMaxTokens = ANTHROPIC_DEFAULT_MAX_TOKENS,
): Record<string, unknown> {
  const system = options.messages.filter((message) => message.role === 'system').map((message) => message.content);
  const body: Record<string, unknown> = {
    model: modelId,
    max_tokens: options.maxTokens ?? defaultMaxTokens,
    messages: options.messages
      .filter((message) => message.role !== 'system')
      .map((message) => ({ role: message.role, content: [{ type: 'text', text: message.content }] })),
  };
  if (system.length > 0) body.system = system.join('\n\n');
  if (options.temperature !== undefined) body.temperature = options.temperature;
  if (options.topP !== undefined) body.top_p = options.topP;
  if (options.stop?.length) body.stop_sequences = options.stop;
  if (stream) body.stream = true;
  const extra = options.providerOptions?.anthropic;
  if (extra && typeof extra === 'object') Object.assign(body, extra);
  return body;
}
