import type { AbortSignalLike, ChatMessage, LanguageModelCallOptions } from '../providers/spec/index.js';
import { restored } from './execute.js';
import { ModelChainExhaustedError, runModelChain, type ModelChainResult } from './model-chain.js';
import type { GuardReport } from './guard-stage.js';
import { reportBlocked, zeroUsage, type RuntimeContext } from './runtime-context.js';

export interface CompleteRequest {
  model: string;
  messages: ChatMessage[];
  callOptions?: Omit<LanguageModelCallOptions, 'messages' | 'abortSignal'>;
  fallbackModels?: string[];
  deadlineMs?: number;
  signal?: AbortSignalLike;
  conversationId?: string;
}

export interface GuardedMessages {
  messages: ChatMessage[];
  /** The guards' report, complete once called (see `GuardedInput.report`). */
  guard?: () => GuardReport;
  restore?: (text: string) => string;
}

/**
 * Applies the configured input policy to the user turns of a raw chat. The caller's system message is
 * theirs: it is neither fenced nor given a canary.
 */
export function guardMessages(ctx: RuntimeContext, request: CompleteRequest, started: number): GuardedMessages {
  const guards = ctx.guardsFor();
  if (!guards) return { messages: request.messages };
  try {
    const guarded = guards.stage.checkInput({}, request.messages, guards.policy, request.conversationId);
    return { messages: guarded.conversation, guard: guarded.report, restore: guarded.restore };
  } catch (error) {
    reportBlocked(ctx, { prompt: '', version: '', model: request.model }, error, started);
    throw error;
  }
}

/** A raw model call (no managed prompt) under the same guards, retry, breaker and fallback policies. */
export async function completeChat(ctx: RuntimeContext, request: CompleteRequest): Promise<ModelChainResult & { guard?: GuardReport }> {
  const started = performance.now();
  const guarded = guardMessages(ctx, request, started);
  const deadline = ctx.deadlineFor(request.deadlineMs, request.signal);
  try {
    const chain = await runModelChain(ctx.router, ctx.policies, {
      models: [request.model, ...(request.fallbackModels ?? [])],
      messages: guarded.messages,
      callOptions: request.callOptions ?? {},
      signal: deadline.signal,
    });
    const model = chain.result.response.modelId || chain.routed.modelId;
    const guard = guarded.guard?.();
    ctx.emit({ prompt: '', version: '', model, provider: chain.routed.provider, status: 'ok', latencyMs: performance.now() - started, usage: chain.usage, guard, modelOutput: chain.result.text });
    // Copied, then overwritten: `{ ...result, text }` would build a new hidden class on every call (Node 20's V8).
    const result = { ...chain.result };
    result.text = restored(chain.result.text, guarded.restore);
    return { result, routed: chain.routed, attempts: chain.attempts, usage: chain.usage, guard };
  } catch (error) {
    const failed = ctx.failure(error, deadline, request.signal);
    const usage = error instanceof ModelChainExhaustedError ? error.usage : zeroUsage();
    ctx.emit({ prompt: '', version: '', model: request.model, provider: 'none', status: 'error', latencyMs: performance.now() - started, usage, errorKind: failed.code, guard: guarded.guard?.() });
    throw failed;
  } finally {
    deadline.dispose();
  }
}
