import type { LanguageModelUsage } from '../providers/spec/index.js';
import { OutputBlockedError, RequestAbortedError, type RuntimeError } from './errors/index.js';
import type { GuardReport } from './guard-stage.js';
import { ModelChainExhaustedError, runModelChain } from './model-chain.js';
import { prepareCall, type PreparedCall } from './prepare-call.js';
import { responseCacheKey } from './response-cache.js';
import { reportBlocked, zeroUsage, type RuntimeContext } from './runtime-context.js';
import type { AttemptReport, ExecuteRequest, ExecuteResult } from './types.js';

export const FALLBACK_MODEL = 'fallback-response';

/**
 * Estimates quality without references: the share of the version's output checks an answer passed on
 * its first try, halved when the answer was cut off; a fallback answer scores 0.
 */
export function onlineQuality(attempts: AttemptReport[], finishReason: string | undefined, checkCount: number): number {
  const reasks = attempts.filter((attempt) => attempt.status === 'invalid').length;
  const passedShare = checkCount === 0 ? 1 : Math.max(0, 1 - reasks / checkCount);
  return finishReason === 'length' ? passedShare / 2 : passedShare;
}

/** Prepares a call, reporting an input the guards refused as a `blocked` execution before rethrowing. */
export function prepareOrReportBlocked(ctx: RuntimeContext, request: ExecuteRequest, started: number): PreparedCall {
  const version = ctx.prompts.resolve(request.prompt);
  try {
    return prepareCall(version, request, ctx.guardsFor(version));
  } catch (error) {
    reportBlocked(ctx, { prompt: version.id, version: version.version, model: request.model ?? version.meta.model }, error, started);
    throw error;
  }
}

/** Runs a managed prompt version: guards, cache, model chain with validation, output guard, fallback. */
export async function executePrompt(ctx: RuntimeContext, request: ExecuteRequest): Promise<ExecuteResult> {
  const started = performance.now();
  const call = prepareOrReportBlocked(ctx, request, started);
  const { version } = call;
  const base = { prompt: version.id, version: version.version };
  const cacheKey = ctx.cache && !request.noCache
    ? responseCacheKey({ versionHash: version.hash, model: call.models[0], messages: call.messages, parameters: call.parameters })
    : undefined;
  const hit = cacheKey ? ctx.cache!.get(cacheKey) : undefined;
  // Cached answers are stored before pseudonyms are restored: `<PERSON_1>` is a different person per conversation.
  if (hit) return { ...hit, output: restored(hit.output, call.restore), cached: true, attempts: [], latencyMs: performance.now() - started };

  const guards = ctx.guardsFor(version);
  const armed = guards ? guards.stage.armSystemMessage(call.messages) : undefined;
  const validator = ctx.validatorFor(version);
  const deadline = ctx.deadlineFor(request.deadlineMs, request.signal);

  const fallbackOrThrow = (failed: RuntimeError, attempts: AttemptReport[], usage: LanguageModelUsage, guard?: GuardReport): ExecuteResult => {
    const event = { ...base, model: call.models[0], provider: attempts[0]?.provider ?? 'none', latencyMs: performance.now() - started, usage, guard };
    const fallbackResponse = version.meta.fallbackResponse;
    if (fallbackResponse === undefined || failed instanceof RequestAbortedError) {
      ctx.emit({ ...event, status: 'error', errorKind: failed.code });
      throw failed;
    }
    const result: ExecuteResult = {
      output: fallbackResponse, ...base, model: FALLBACK_MODEL, provider: 'promptops', usage, attempts,
      fallback: true, latencyMs: event.latencyMs, cached: false, ...(guard ? { guard } : {}),
    };
    ctx.emit({ ...event, status: 'fallback', quality: 0, errorKind: failed.code, modelOutput: fallbackResponse, result });
    return result;
  };

  try {
    const chain = await runModelChain(ctx.router, ctx.policies, {
      models: call.models,
      messages: armed?.messages ?? call.messages,
      callOptions: call.callOptions,
      signal: deadline.signal,
      validator,
      variables: call.variables,
      maxReasks: version.meta.maxReasks,
    });
    const output = armed ? guards!.stage.checkOutput(chain.result.text, armed.canary, call.messages[0].content) : undefined;
    // No `{ ...x, field }` on this path: on Node 20's V8 it builds a new hidden class on every call.
    const report = call.guard?.();
    const guard = report && (output ? Object.assign({}, report, { output }) : report);
    if (output?.leaked) return fallbackOrThrow(new OutputBlockedError(output.reasons), chain.attempts, chain.usage, guard);
    const result: ExecuteResult = {
      output: restored(chain.result.text, call.restore),
      prompt: base.prompt,
      version: base.version,
      model: chain.result.response.modelId || chain.routed.modelId,
      provider: chain.routed.provider,
      usage: chain.usage,
      attempts: chain.attempts,
      fallback: false,
      notice: chain.routed.notice,
      latencyMs: performance.now() - started,
      cached: false,
    };
    if (call.warnings.length) result.warnings = call.warnings;
    if (guard) result.guard = guard;
    if (cacheKey) ctx.cache!.set(cacheKey, { ...result, output: chain.result.text });
    ctx.emit({
      prompt: base.prompt, version: base.version, model: result.model, provider: result.provider, status: 'ok', latencyMs: result.latencyMs, usage: result.usage, guard, modelOutput: chain.result.text,
      quality: onlineQuality(result.attempts, chain.result.finishReason, validator.checkCount), result,
    });
    return result;
  } catch (error) {
    const attempts = error instanceof ModelChainExhaustedError ? error.attempts : [];
    const usage = error instanceof ModelChainExhaustedError ? error.usage : zeroUsage();
    return fallbackOrThrow(ctx.failure(error, deadline, request.signal), attempts, usage, call.guard?.());
  } finally {
    deadline.dispose();
  }
}

export function restored(text: string, restore: ((text: string) => string) | undefined): string {
  return restore ? restore(text) : text;
}
