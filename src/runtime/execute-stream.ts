import type { LanguageModelStreamPart, LanguageModelUsage } from '../providers/spec/index.js';
import { guardMessages, type CompleteRequest } from './complete.js';
import type { Deadline } from './deadline.js';
import { RequestAbortedError } from './errors/index.js';
import { FALLBACK_MODEL, prepareOrReportBlocked } from './execute.js';
import { ModelChainExhaustedError } from './model-chain.js';
import { zeroUsage, type RuntimeContext } from './runtime-context.js';
import { openStreamChain, type StreamChainResult } from './stream-chain.js';
import type { ExecuteRequest } from './types.js';

export type PromptStreamResult = StreamChainResult & { prompt: string; version: string; fallback: boolean };

/**
 * Streams a managed prompt. Output checks and re-asks need the whole answer, so they do not apply to
 * streams; the fallback response does (as a one-part stream) when no model can be opened.
 */
export async function executePromptStream(ctx: RuntimeContext, request: ExecuteRequest): Promise<PromptStreamResult> {
  const started = performance.now();
  const call = prepareOrReportBlocked(ctx, request, started);
  const base = { prompt: call.version.id, version: call.version.version };
  const guards = ctx.guardsFor(call.version);
  const messages = guards ? guards.stage.armSystemMessage(call.messages).messages : call.messages;
  const deadline = ctx.deadlineFor(request.deadlineMs, request.signal);
  try {
    const opened = await openStreamChain(ctx.router, ctx.policies, { models: call.models, messages, callOptions: call.callOptions, signal: deadline.signal });
    const model = opened.routed.modelId;
    const stream = observed(restoring(opened.stream, call.restore), deadline, (usage, status) =>
      ctx.emit({ ...base, model, provider: opened.routed.provider, status, latencyMs: performance.now() - started, usage, guard: call.guard?.(), errorKind: status === 'error' ? 'stream_failed' : undefined }));
    return { ...opened, ...base, fallback: false, stream };
  } catch (error) {
    deadline.dispose();
    const failed = ctx.failure(error, deadline, request.signal);
    const attempts = error instanceof ModelChainExhaustedError ? error.attempts : [];
    const fallbackResponse = call.version.meta.fallbackResponse;
    const event = { ...base, model: call.models[0], provider: attempts[0]?.provider ?? 'none', latencyMs: performance.now() - started, usage: zeroUsage(), guard: call.guard?.() };
    if (fallbackResponse === undefined || failed instanceof RequestAbortedError) {
      ctx.emit({ ...event, status: 'error', errorKind: failed.code });
      throw failed;
    }
    ctx.emit({ ...event, status: 'fallback', quality: 0, errorKind: failed.code });
    return {
      ...base, fallback: true, attempts,
      routed: { model: undefined as never, provider: 'promptops', modelId: FALLBACK_MODEL },
      stream: single(fallbackResponse),
    };
  }
}

/** A raw streamed model call; guards, retries and fallbacks apply until the first part arrives. */
export async function streamChat(ctx: RuntimeContext, request: CompleteRequest): Promise<StreamChainResult> {
  const started = performance.now();
  const guarded = guardMessages(ctx, request, started);
  const deadline = ctx.deadlineFor(request.deadlineMs, request.signal);
  try {
    const opened = await openStreamChain(ctx.router, ctx.policies, {
      models: [request.model, ...(request.fallbackModels ?? [])],
      messages: guarded.messages,
      callOptions: request.callOptions ?? {},
      signal: deadline.signal,
    });
    const model = opened.routed.modelId;
    const stream = observed(restoring(opened.stream, guarded.restore), deadline, (usage, status) =>
      ctx.emit({ prompt: '', version: '', model, provider: opened.routed.provider, status, latencyMs: performance.now() - started, usage, guard: guarded.guard?.(), errorKind: status === 'error' ? 'stream_failed' : undefined }));
    return { ...opened, stream };
  } catch (error) {
    deadline.dispose();
    const failed = ctx.failure(error, deadline, request.signal);
    ctx.emit({ prompt: '', version: '', model: request.model, provider: 'none', status: 'error', latencyMs: performance.now() - started, usage: zeroUsage(), errorKind: failed.code, guard: guarded.guard?.() });
    throw failed;
  }
}

/** Reports a stream's usage and outcome once it ends, however it ends, and releases its deadline. */
async function* observed(
  parts: AsyncIterable<LanguageModelStreamPart>,
  deadline: Deadline,
  done: (usage: LanguageModelUsage, status: 'ok' | 'error') => void,
): AsyncGenerator<LanguageModelStreamPart> {
  let usage = zeroUsage();
  let status: 'ok' | 'error' = 'error';
  try {
    for await (const part of parts) {
      if (part.type === 'finish') {
        usage = part.usage;
        status = 'ok';
      }
      yield part;
    }
  } finally {
    deadline.dispose();
    done(usage, status);
  }
}

const OPEN_PLACEHOLDER = /<[A-Z_0-9]{0,24}$/;

/**
 * Restores pseudonyms in streamed text. A placeholder such as `<PERSON_1>` may arrive split over
 * deltas, so a trailing partial one is held back until the next delta completes it.
 */
export function restoring(parts: AsyncIterable<LanguageModelStreamPart>, restore: ((text: string) => string) | undefined): AsyncIterable<LanguageModelStreamPart> {
  return restore ? restoreDeltas(parts, restore) : parts;
}

async function* restoreDeltas(parts: AsyncIterable<LanguageModelStreamPart>, restore: (text: string) => string): AsyncGenerator<LanguageModelStreamPart> {
  let pending = '';
  for await (const part of parts) {
    if (part.type !== 'text-delta') {
      if (pending && part.type === 'finish') {
        yield { type: 'text-delta', delta: restore(pending) };
        pending = '';
      }
      yield part;
      continue;
    }
    const text = pending + part.delta;
    const open = OPEN_PLACEHOLDER.exec(text);
    const ready = open ? text.slice(0, open.index) : text;
    pending = open ? text.slice(open.index) : '';
    if (ready) yield { type: 'text-delta', delta: restore(ready) };
  }
  if (pending) yield { type: 'text-delta', delta: restore(pending) };
}

async function* single(text: string): AsyncGenerator<LanguageModelStreamPart> {
  yield { type: 'text-delta', delta: text };
  yield { type: 'finish', finishReason: 'stop', usage: zeroUsage() };
}
