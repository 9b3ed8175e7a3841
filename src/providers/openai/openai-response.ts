import { ContentFilterError, InvalidResponseError } from '../errors/index.js';
import { type CallContext, estimateUsage, errorFromStreamEvent, protocolError } from '../http/index.js';
import type { ChatMessage, FinishReason, LanguageModelGenerateResult, LanguageModelUsage } from '../spec/index.js';
import { readOpenAIErrorDetails } from './openai-error-details.js';
import { mapOpenAIFinishReason } from './openai-finish-reason.js';

export function invalid(ctx: CallContext, what: string, body?: string): InvalidResponseError {
  return protocolError(ctx, 'chat-completions', what, body);
}

/** Usage as the server reported it, or undefined when it sent none (or nonsense). */
export function readOpenAIUsage(usage: unknown): LanguageModelUsage | undefined {
  if (!usage || typeof usage !== 'object') return undefined;
  const { prompt_tokens: input, completion_tokens: output, total_tokens: total } = usage as Record<string, unknown>;
  if (typeof input !== 'number' || typeof output !== 'number') return undefined;
  return { inputTokens: input, outputTokens: output, totalTokens: typeof total === 'number' ? total : input + output };
}

/** A filtered answer with no text has nothing to hand back: that is the ContentFilterError case. */
export function contentFiltered(ctx: CallContext, finishReason: FinishReason, text: string): ContentFilterError | undefined {
  if (finishReason !== 'content-filter' || text.length > 0) return undefined;
  return new ContentFilterError({
    message: `${ctx.provider} (${ctx.modelId}) withheld the answer (finish_reason content_filter)`,
    provider: ctx.provider,
    modelId: ctx.modelId,
  });
}

/** Reads a non-streaming chat completion; anything outside the protocol is an InvalidResponseError. */
export function parseOpenAICompletion(json: unknown, ctx: CallContext, messages: ChatMessage[]): LanguageModelGenerateResult {
  if (!json || typeof json !== 'object') throw invalid(ctx, 'the body is not a JSON object', JSON.stringify(json));
  const body = json as Record<string, unknown>;
  if (body.error) throw errorFromStreamEvent(ctx, JSON.stringify(json), readOpenAIErrorDetails(json));
  const choice = Array.isArray(body.choices) ? (body.choices[0] as Record<string, unknown> | undefined) : undefined;
  const message = choice?.message as Record<string, unknown> | undefined;
  if (!message || typeof message !== 'object') throw invalid(ctx, 'no choices[0].message', JSON.stringify(json));
  const content = message.content ?? '';
  if (typeof content !== 'string') throw invalid(ctx, 'choices[0].message.content is not a string', JSON.stringify(json));
  const finishReason = mapOpenAIFinishReason(choice?.finish_reason);
  const filtered = contentFiltered(ctx, finishReason, content);
  if (filtered) throw filtered;
  return {
    text: content,
    finishReason,
    usage: readOpenAIUsage(body.usage) ?? estimateUsage(messages, content),
    response: {
      id: typeof body.id === 'string' ? body.id : undefined,
      modelId: typeof body.model === 'string' ? body.model : ctx.modelId,
    },
  };
}
