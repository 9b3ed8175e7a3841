import type { LanguageModelCallOptions } from '../spec/index.js';

/** The chat-completions request body (OpenAI's wire format, which vLLM, Ollama and llama.cpp accept). */
export function toOpenAIRequest(modelId: string, options: LanguageModelCallOptions, stream: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    model: modelId,
    messages: options.messages.map((message) =>
      message.name ? { role: message.role, content: message.content, name: message.name } : { role: message.role, content: message.content },
    ),
  };
  if (options.maxTokens !== undefined) body.max_tokens = options.maxTokens;
  if (options.temperature !== undefined) body.temperature = options.temperature;
  if (options.topP !== undefined) body.top_p = options.topP;
  if (options.stop?.length) body.stop = options.stop;
  if (options.seed !== undefined) body.seed = options.seed;
  if (options.responseFormat?.type === 'json') {
    body.response_format = options.responseFormat.schema
      ? { type: 'json_schema', json_schema: { name: 'response', schema: options.responseFormat.schema } }
      : { type: 'json_object' };
  }
  if (stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  }
  // Vendor knobs (e.g. `max_completion_tokens` for reasoning models) pass through unchanged, last so they win.
  const extra = options.providerOptions?.openai;
  if (extra && typeof extra === 'object') Object.assign(body, extra);
  return body;
}
