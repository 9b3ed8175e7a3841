import { type CallContext, errorFromStreamEvent, parseEventObject, type SseEvent } from '../http/index.js';
import type { FinishReason, LanguageModelStreamPart } from '../spec/index.js';
import { readAnthropicErrorDetails } from './anthropic-error-details.js';
import { invalid, mapAnthropicStopReason, readAnthropicUsage, refused } from './anthropic-response.js';

/**
 * Turns Messages SSE events (message_start, content_block_*, message_delta, message_stop, ping, error)
 * into stream parts. Only `message_stop` completes a stream; an end before it is a truncation.
 * Unknown event types are skipped: Anthropic documents that new ones may appear.
 */
export async function* anthropicStreamParts(events: AsyncIterable<SseEvent>, ctx: CallContext): AsyncGenerator<LanguageModelStreamPart> {
  let done = false;
  let finishReason: FinishReason = 'other';
  let inputTokens = 0;
  let outputTokens = 0;
  let text = '';
  for await (const event of events) {
    // Keep reading past message_stop so the body ends cleanly and the connection returns to the pool.
    if (done) continue;
    const data = parse(event.data, ctx);
    const type = typeof data.type === 'string' ? data.type : event.event;
    switch (type) {
      case 'message_start': {
        const message = (data.message ?? {}) as Record<string, unknown>;
        const usage = readAnthropicUsage(message.usage);
        inputTokens = usage.inputTokens ?? 0;
        outputTokens = usage.outputTokens ?? 0;
        yield {
          type: 'response-metadata',
          id: typeof message.id === 'string' ? message.id : undefined,
          modelId: typeof message.model === 'string' ? message.model : ctx.modelId,
        };
        break;
      }
      case 'content_block_delta': {
        const delta = data.delta as Record<string, unknown> | undefined;
        if (delta?.type === 'text_delta' && typeof delta.text === 'string' && delta.text.length > 0) {
          text += delta.text;
          yield { type: 'text-delta', delta: delta.text };
        }
        break;
      }
      case 'message_delta': {
        const stop = (data.delta as Record<string, unknown> | undefined)?.stop_reason;
        if (stop != null) finishReason = mapAnthropicStopReason(stop);
        // message_delta usage is cumulative, and may restate the input side.
        const usage = readAnthropicUsage(data.usage);
        if (usage.outputTokens !== undefined) outputTokens = usage.outputTokens;
        if (usage.inputTokens !== undefined && usage.inputTokens > 0) inputTokens = usage.inputTokens;
        break;
      }
      case 'message_stop':
        done = true;
        break;
      case 'error':
        throw errorFromStreamEvent(ctx, event.data, readAnthropicErrorDetails(data));
      default:
        break;
    }
  }
  if (!done) throw invalid(ctx, `the stream ended before message_stop (after ${text.length} characters)`);
  const filtered = refused(ctx, finishReason, text);
  if (filtered) throw filtered;
  yield { type: 'finish', finishReason, usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens } };
}

function parse(data: string, ctx: CallContext): Record<string, unknown> {
  return parseEventObject(data, ctx, 'Messages');
}
