import { ContentFilterError, InvalidResponseError } from '../errors/index.js';
import { type CallContext, errorFromStreamEvent, protocolError } from '../http/index.js';
import type { FinishReason, LanguageModelGenerateResult, LanguageModelUsage } from '../spec/index.js';
import { readAnthropicErrorDetails } from './anthropic-error-details.js';

export function invalid(ctx: CallContext, what: string, body?: string): InvalidResponseError {
  return protocolError(ctx, 'Messages', what, body);
}

export function mapAnthropicStopReason(reason: unknown): FinishReason {
  switch (reason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool-calls';
    case 'refusal':
      return 'content-filter';
    default:
      return 'other';
  }
}

/** Input tokens include prompt-cache reads and writes: they all count against the context and the bill. */
export function readAnthropicUsage(usage: unknown): Partial<LanguageModelUsage> {
  if (!usage || typeof usage !== 'object') return {};
  const record = usage as Record<string, unknown>;
  const num = (key: string) => (typeof record[key] === 'number' ? (record[key] as number) : undefined);
  const input = num('input_tokens');
  const cached = (num('cache_creation_input_tokens') ?? 0) + (num('cache_read_input_tokens') ?? 0);
  return { inputTokens: input === undefined ? undefined : input + cached, outputTokens: num('output_tokens') };
}

export function refused(ctx: CallContext, finishReason: FinishReason, text: string): ContentFilterError | undefined {
  if (finishReason !== 'content-filter' || text.length > 0) return undefined;
  return new ContentFilterError({
    message: `${ctx.provider} (${ctx.modelId}) refused to answer (stop_reason refusal)`,
    provider: ctx.provider,
    modelId: ctx.modelId,
  });
}

/** Reads a non-streaming Messages response: the text of its text blocks, in order. */
export function parseAnthropicMessage(json: unknown, ctx: CallContext): LanguageModelGenerateResult {
  if (!json || typeof json !== 'object') throw invalid(ctx, 'the body is not a JSON object', JSON.stringify(json));
  const body = json as Record<string, unknown>;
  if (body.type === 'error') throw errorFromStreamEvent(ctx, JSON.stringify(json), readAnthropicErrorDetails(json));
  if (!Array.isArray(body.content)) throw invalid(ctx, 'no content array', JSON.stringify(json));
  let text = '';
  for (const block of body.content as Array<Record<string, unknown>>) {
    if (block?.type === 'text' && typeof block.text === 'string') text += block.text;
  }
  const finishReason = mapAnthropicStopReason(body.stop_reason);
  const filtered = refused(ctx, finishReason, text);
  if (filtered) throw filtered;
  const usage = readAnthropicUsage(body.usage);
  if (usage.inputTokens === undefined || usage.outputTokens === undefined) throw invalid(ctx, 'no usage', JSON.stringify(json));
  return {
    text,
    finishReason,
    usage: { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, totalTokens: usage.inputTokens + usage.outputTokens },
    response: { id: typeof body.id === 'string' ? body.id : undefined, modelId: typeof body.model === 'string' ? body.model : ctx.modelId },
  };
}
