import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { StreamChainResult } from '../../runtime/index.js';
import { toHttpError } from '../openai-error.js';

export const FINISH_REASONS: Record<string, string> = { stop: 'stop', length: 'length', 'content-filter': 'content_filter', 'tool-calls': 'tool_calls' };

/**
 * Relays an opened stream as OpenAI `chat.completion.chunk` events. A failure after the first byte is
 * sent as an `error` event (the SDKs raise it), then the stream ends without `[DONE]`.
 */
export function relayChatStream(c: Context, opened: StreamChainResult, options: { includeUsage: boolean; notice?: string }) {
  const id = `chatcmpl-${randomUUID().replaceAll('-', '')}`;
  const created = Math.floor(Date.now() / 1000);
  const model = opened.routed.modelId;
  if (options.notice) c.header('x-promptops-notice', options.notice);
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: null, choices, ...extra });

  return streamSSE(c, async (sse) => {
    const iterator = opened.stream[Symbol.asyncIterator]();
    sse.onAbort(() => void iterator.return?.());
    try {
      await sse.writeSSE({ data: chunk([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]) });
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (sse.aborted) return;
        const part = next.value;
        if (part.type === 'text-delta') {
          await sse.writeSSE({ data: chunk([{ index: 0, delta: { content: part.delta }, logprobs: null, finish_reason: null }]) });
        } else if (part.type === 'finish') {
          await sse.writeSSE({ data: chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: FINISH_REASONS[part.finishReason] ?? 'stop' }]) });
          if (options.includeUsage) {
            const usage = { prompt_tokens: part.usage.inputTokens, completion_tokens: part.usage.outputTokens, total_tokens: part.usage.totalTokens };
            await sse.writeSSE({ data: chunk([], { usage }) });
          }
        }
      }
      await sse.writeSSE({ data: '[DONE]' });
    } catch (error) {
      if (sse.aborted) return;
      const mapped = toHttpError(error);
      const message = (error as { kind?: string }).kind ? `upstream stream failed: ${(error as Error).message}` : mapped.body.error.message;
      await sse.writeSSE({ data: JSON.stringify({ error: { ...mapped.body.error, message, type: 'upstream_error' } }) });
    }
  });
}
