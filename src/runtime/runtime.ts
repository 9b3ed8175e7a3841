import type { PromptopsConfig } from '../config/types.js';
import { createModelRouter, type ModelRouter } from '../providers/index.js';
import type { ChatMessage, LanguageModelCallOptions, LanguageModelStreamPart, LanguageModelUsage } from '../providers/spec/index.js';
import type { PromptSummary, PromptVersion } from '../prompts/types.js';
import { DeadlineExceededError, ExecutionFailedError, RequestAbortedError, RuntimeError } from './errors/index.js';
import { ModelChainExhaustedError, runModelChain, type ModelChainResult } from './model-chain.js';
import { createModelPolicies, type ModelPolicies } from './policies.js';
import { startDeadline, type Deadline } from './deadline.js';
import { prepareCall } from './prepare-call.js';
import { openStreamChain, type StreamChainResult } from './stream-chain.js';
import { createMemoryResponseCache, responseCacheKey, type ResponseCache } from './response-cache.js';
import type { ExecuteRequest, ExecuteResult } from './types.js';
import { compileOutputValidator, type OutputValidator } from './validate-output.js';

/** What the runtime needs of the prompt registry. */
export interface PromptSource {
  resolve(ref: string): PromptVersion;
  list(): PromptSummary[];
}

/** One finished call, for metrics, records and alerts. */
export interface ExecutionEvent {
  prompt: string;
  version: string;
  model: string;
  provider: string;
  status: 'ok' | 'fallback' | 'error';
  latencyMs: number;
  usage: LanguageModelUsage;
  /** Online quality estimate in [0,1]: see `onlineQuality`. */
  quality?: number;
  errorKind?: string;
  result?: ExecuteResult;
}

export interface RuntimeOptions {
  config: Pick<PromptopsConfig, 'providers' | 'models' | 'defaultProvider' | 'retry'>;
  prompts: PromptSource;
  router?: ModelRouter;
  policies?: ModelPolicies;
  /** `false` turns caching off. */
  cache?: ResponseCache | false;
  onExecution?: (event: ExecutionEvent) => void;
  random?: () => number;
}

export interface CompleteRequest {
  model: string;
  messages: ChatMessage[];
  callOptions?: Omit<LanguageModelCallOptions, 'messages' | 'abortSignal'>;
  fallbackModels?: string[];
  deadlineMs?: number;
  signal?: AbortSignal;
}

export interface Runtime {
  readonly prompts: PromptSource;
  readonly router: ModelRouter;
  readonly policies: ModelPolicies;
  execute(request: ExecuteRequest): Promise<ExecuteResult>;
  /** Runs calls in parallel, at most `concurrency` at a time; results keep the input order. */
  executeMany(requests: ExecuteRequest[], options?: { concurrency?: number }): Promise<Array<ExecuteResult | RuntimeError>>;
  /** Streams a managed prompt; see `executeStream` below for what differs from `execute`. */
  executeStream(request: ExecuteRequest): Promise<StreamChainResult & { prompt: string; version: string; fallback: boolean }>;
  /** A raw model call (no managed prompt) under the same retry, breaker and fallback policies. */
  complete(request: CompleteRequest): Promise<ModelChainResult>;
  /** A raw streamed model call; retries and fallbacks apply until the first part arrives. */
  stream(request: CompleteRequest): Promise<StreamChainResult>;
  close(): Promise<void>;
}

/**
 * Estimates quality without references: the share of the version's output checks an answer passed on
 * its first try, halved when the answer was cut off; a fallback answer scores 0.
 */
export function onlineQuality(attempts: ExecuteResult['attempts'], finishReason: string | undefined, checkCount: number): number {
  const reasks = attempts.filter((attempt) => attempt.status === 'invalid').length;
  const passedShare = checkCount === 0 ? 1 : Math.max(0, 1 - reasks / checkCount);
  return finishReason === 'length' ? passedShare / 2 : passedShare;
}

export function createRuntime(options: RuntimeOptions): Runtime {
  const router = options.router ?? createModelRouter(options.config);
  const policies = options.policies ?? createModelPolicies(options.config.retry, options.random);
  const cache = options.cache === false ? undefined : (options.cache ?? createMemoryResponseCache());
  const validators = new WeakMap<PromptVersion, OutputValidator>();
  const retry = options.config.retry;

  function validatorFor(version: PromptVersion): OutputValidator {
    let validator = validators.get(version);
    if (!validator) {
      validator = compileOutputValidator(version);
      validators.set(version, validator);
    }
    return validator;
  }

  function deadlineFor(deadlineMs: number | undefined, signal: AbortSignal | undefined): Deadline {
    return startDeadline(Math.min(deadlineMs ?? retry.deadlineMs, retry.deadlineMs), signal);
  }

  /** Caller gone, deadline passed, or every model failed: each is a different answer. */
  function failure(error: unknown, deadline: Deadline, callerSignal: AbortSignal | undefined): RuntimeError {
    if (callerSignal?.aborted) return new RequestAbortedError();
    const attempts = error instanceof ModelChainExhaustedError ? error.attempts : [];
    if (deadline.signal.aborted) return new DeadlineExceededError(deadline.ms, attempts);
    if (error instanceof ModelChainExhaustedError) {
      const status = error.allCircuitsOpen ? 503 : 502;
      const last = error.attempts[error.attempts.length - 1]?.error ?? String(error.lastError);
      return new ExecutionFailedError(`every model failed; last error: ${last}`, error.attempts, { status, retryAfterMs: status === 503 ? retry.breaker.halfOpenAfterMs : undefined, cause: error.lastError });
    }
    return RuntimeError.isInstance(error) ? error : new ExecutionFailedError(String(error), [], { cause: error });
  }

  async function complete(request: CompleteRequest): Promise<ModelChainResult> {
    const started = performance.now();
    const deadline = deadlineFor(request.deadlineMs, request.signal);
    const base = { prompt: '', version: '' };
    try {
      const chain = await runModelChain(router, policies, {
        models: [request.model, ...(request.fallbackModels ?? [])],
        messages: request.messages,
        callOptions: request.callOptions ?? {},
        signal: deadline.signal,
      });
      const model = chain.result.response.modelId || chain.routed.modelId;
      options.onExecution?.({ ...base, model, provider: chain.routed.provider, status: 'ok', latencyMs: performance.now() - started, usage: chain.usage });
      return chain;
    } catch (error) {
      const failed = failure(error, deadline, request.signal);
      const usage = error instanceof ModelChainExhaustedError ? error.usage : zeroUsage();
      options.onExecution?.({ ...base, model: request.model, provider: 'none', status: 'error', latencyMs: performance.now() - started, usage, errorKind: failed.code });
      throw failed;
    } finally {
      deadline.dispose();
    }
  }

  async function execute(request: ExecuteRequest): Promise<ExecuteResult> {
    const started = performance.now();
    const call = prepareCall(options.prompts.resolve(request.prompt), request);
    const { version } = call;
    const cacheKey = cache && !request.noCache
      ? responseCacheKey({ versionHash: version.hash, model: call.models[0], messages: call.messages, parameters: call.parameters })
      : undefined;
    const hit = cacheKey ? cache!.get(cacheKey) : undefined;
    if (hit) return { ...hit, cached: true, attempts: [], latencyMs: performance.now() - started };

    const validator = validatorFor(version);
    const deadline = deadlineFor(request.deadlineMs, request.signal);
    const base = { prompt: version.id, version: version.version };
    try {
      const chain = await runModelChain(router, policies, {
        models: call.models,
        messages: call.messages,
        callOptions: call.callOptions,
        signal: deadline.signal,
        validator,
        variables: call.variables,
        maxReasks: version.meta.maxReasks,
      });
      const result: ExecuteResult = {
        output: chain.result.text,
        ...base,
        model: chain.result.response.modelId || chain.routed.modelId,
        provider: chain.routed.provider,
        usage: chain.usage,
        attempts: chain.attempts,
        fallback: false,
        notice: chain.routed.notice,
        ...(call.warnings.length ? { warnings: call.warnings } : {}),
        latencyMs: performance.now() - started,
        cached: false,
      };
      if (cacheKey) cache!.set(cacheKey, result);
      options.onExecution?.({
        ...base, model: result.model, provider: result.provider, status: 'ok', latencyMs: result.latencyMs, usage: result.usage,
        quality: onlineQuality(result.attempts, chain.result.finishReason, validator.checkCount), result,
      });
      return result;
    } catch (error) {
      const failed = failure(error, deadline, request.signal);
      const attempts = error instanceof ModelChainExhaustedError ? error.attempts : [];
      const usage = error instanceof ModelChainExhaustedError ? error.usage : { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
      const event = { ...base, model: call.models[0], provider: attempts[0]?.provider ?? 'none', latencyMs: performance.now() - started, usage };
      const fallbackResponse = version.meta.fallbackResponse;
      if (fallbackResponse !== undefined && !(failed instanceof RequestAbortedError)) {
        const result: ExecuteResult = {
          output: fallbackResponse, ...base, model: FALLBACK_MODEL, provider: 'promptops', usage, attempts,
          fallback: true, latencyMs: event.latencyMs, cached: false,
        };
        options.onExecution?.({ ...event, status: 'fallback', quality: 0, errorKind: failed.code, result });
        return result;
      }
      options.onExecution?.({ ...event, status: 'error', errorKind: failed.code });
      throw failed;
    } finally {
      deadline.dispose();
    }
  }

  /**
   * Streams a managed prompt. Output checks and re-asks need the whole answer, so they do not apply to
   * streams; the fallback response does (as a one-part stream) when no model can be opened.
   */
  async function executeStream(request: ExecuteRequest): Promise<StreamChainResult & { prompt: string; version: string; fallback: boolean }> {
    const started = performance.now();
    const call = prepareCall(options.prompts.resolve(request.prompt), request);
    const base = { prompt: call.version.id, version: call.version.version };
    const deadline = deadlineFor(request.deadlineMs, request.signal);
    try {
      const opened = await openStreamChain(router, policies, { models: call.models, messages: call.messages, callOptions: call.callOptions, signal: deadline.signal });
      const model = opened.routed.modelId;
      return { ...opened, ...base, fallback: false, stream: observed(opened.stream, deadline, (usage, status) =>
        options.onExecution?.({ ...base, model, provider: opened.routed.provider, status, latencyMs: performance.now() - started, usage, errorKind: status === 'error' ? 'stream_failed' : undefined })) };
    } catch (error) {
      deadline.dispose();
      const failed = failure(error, deadline, request.signal);
      const attempts = error instanceof ModelChainExhaustedError ? error.attempts : [];
      const fallbackResponse = call.version.meta.fallbackResponse;
      const event = { ...base, model: call.models[0], provider: attempts[0]?.provider ?? 'none', latencyMs: performance.now() - started, usage: zeroUsage() };
      if (fallbackResponse === undefined || failed instanceof RequestAbortedError) {
        options.onExecution?.({ ...event, status: 'error', errorKind: failed.code });
        throw failed;
      }
      options.onExecution?.({ ...event, status: 'fallback', quality: 0, errorKind: failed.code });
      return {
        ...base, fallback: true, attempts,
        routed: { model: undefined as never, provider: 'promptops', modelId: FALLBACK_MODEL },
        stream: single(fallbackResponse),
      };
    }
  }

  async function stream(request: CompleteRequest): Promise<StreamChainResult> {
    const started = performance.now();
    const deadline = deadlineFor(request.deadlineMs, request.signal);
    try {
      const opened = await openStreamChain(router, policies, {
        models: [request.model, ...(request.fallbackModels ?? [])],
        messages: request.messages,
        callOptions: request.callOptions ?? {},
        signal: deadline.signal,
      });
      const model = opened.routed.modelId;
      return { ...opened, stream: observed(opened.stream, deadline, (usage, status) =>
        options.onExecution?.({ prompt: '', version: '', model, provider: opened.routed.provider, status, latencyMs: performance.now() - started, usage, errorKind: status === 'error' ? 'stream_failed' : undefined })) };
    } catch (error) {
      deadline.dispose();
      throw failure(error, deadline, request.signal);
    }
  }

  return {
    prompts: options.prompts,
    router,
    policies,
    execute,
    executeStream,
    complete,
    stream,
    async executeMany(requests, { concurrency = 8 } = {}) {
      const { default: pLimit } = await import('p-limit');
      const limit = pLimit(concurrency);
      return Promise.all(
        requests.map((request) =>
          limit(() => execute(request).catch((error: unknown) => (RuntimeError.isInstance(error) ? error : new ExecutionFailedError(String(error), [], { cause: error })))),
        ),
      );
    },
    close: () => router.close(),
  };
}

const FALLBACK_MODEL = 'fallback-response';

function zeroUsage(): LanguageModelUsage {
  return { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
}

/** Reports a stream's usage and outcome once it ends, however it ends. */
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

async function* single(text: string): AsyncGenerator<LanguageModelStreamPart> {
  yield { type: 'text-delta', delta: text };
  yield { type: 'finish', finishReason: 'stop', usage: zeroUsage() };
}
