import { type CallContext, estimateUsage, errorFromStreamEvent, parseEventObject, type SseEvent } from '../http/index.js';
import type { ChatMessage, FinishReason, LanguageModelStreamPart, LanguageModelUsage } from '../spec/index.js';
import { readOpenAIErrorDetails } from './openai-error-details.js';
import { mapOpenAIFinishReason } from './openai-finish-reason.js';
import { contentFiltered, invalid, readOpenAIUsage } from './openai-response.js';

interface Chunk {
  id?: unknown;
  model?: unknown;
  choices?: Array<{ delta?: { content?: unknown }; finish_reason?: unknown }>;
  usage?: unknown;
  error?: unknown;
}

/**
 * Turns chat-completion SSE events into stream parts. The finish part waits for `[DONE]` because the
 * usage chunk (stream_options.include_usage) comes after the finish_reason chunk. A stream that ends
 * with neither `[DONE]` nor a finish_reason was cut short: InvalidResponseError.
 */
export async function* openAIStreamParts(
  events: AsyncIterable<SseEvent>,
  ctx: CallContext,
  messages: ChatMessage[],
): AsyncGenerator<LanguageModelStreamPart> {
  let done = false;
  let metadataSent = false;
  let finishReason: FinishReason | undefined;
  let usage: LanguageModelUsage | undefined;
  let text = '';
  for await (const event of events) {
    // Keep reading past [DONE] so the body ends cleanly and the connection returns to the pool.
    if (done) continue;
    if (event.data === '[DONE]') {
      done = true;
      continue;
    }
    const chunk = parseChunk(event.data, ctx);
    if (event.event === 'error' || chunk.error) {
      throw errorFromStreamEvent(ctx, event.data, readOpenAIErrorDetails(chunk), statusOf(chunk));
    }
    if (!metadataSent) {
      metadataSent = true;
      yield {
        type: 'response-metadata',
        id: typeof chunk.id === 'string' ? chunk.id : undefined,
        modelId: typeof chunk.model === 'string' ? chunk.model : ctx.modelId,
      };
    }
    const choice = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
    const delta = choice?.delta?.content;
    if (typeof delta === 'string' && delta.length > 0) {
      text += delta;
      yield { type: 'text-delta', delta };
    }
    if (choice?.finish_reason != null) finishReason = mapOpenAIFinishReason(choice.finish_reason);
    usage = readOpenAIUsage(chunk.usage) ?? usage;
  }
  if (!done && finishReason === undefined) throw invalid(ctx, `the stream ended before [DONE] (after ${text.length} characters)`);
  const reason = finishReason ?? 'other';
  const filtered = contentFiltered(ctx, reason, text);
  if (filtered) throw filtered;
  yield { type: 'finish', finishReason: reason, usage: usage ?? estimateUsage(messages, text) };
}

function parseChunk(data: string, ctx: CallContext): Chunk {
  return parseEventObject(data, ctx, 'chat-completions') as Chunk;
}

/** vLLM and llama.cpp put the HTTP status they would have sent in `error.code`. */
function statusOf(chunk: Chunk): number | undefined {
  const code = (chunk.error as { code?: unknown } | undefined)?.code;
  return typeof code === 'number' && code >= 400 && code < 600 ? code : undefined;
}
