import type { PromptopsConfig } from '../config/types.js';
import { createModelRouter, type ModelRouter } from '../providers/index.js';
import { completeChat, type CompleteRequest } from './complete.js';
import { ExecutionFailedError, RuntimeError } from './errors/index.js';
import { executePrompt } from './execute.js';
import { executePromptStream, streamChat, type PromptStreamResult } from './execute-stream.js';
import { createGuardStage, type GuardReport, type GuardStage } from './guard-stage.js';
import type { ModelChainResult } from './model-chain.js';
import { createModelPolicies, type ModelPolicies } from './policies.js';
import { createMemoryResponseCache, type ResponseCache } from './response-cache.js';
import { createRuntimeContext, type ExecutionEvent, type PromptSource } from './runtime-context.js';
import type { StreamChainResult } from './stream-chain.js';
import type { ExecuteRequest, ExecuteResult } from './types.js';

export interface RuntimeOptions {
  config: Pick<PromptopsConfig, 'providers' | 'models' | 'defaultProvider' | 'retry'> & Partial<Pick<PromptopsConfig, 'guards'>>;
  prompts: PromptSource;
  router?: ModelRouter;
  policies?: ModelPolicies;
  /** `false` turns caching off. */
  cache?: ResponseCache | false;
  /** `false` turns the input and output guards off; they also stay off when the config has no `guards`. */
  guards?: GuardStage | false;
  onExecution?: (event: ExecutionEvent) => void;
  random?: () => number;
}

export interface Runtime {
  readonly prompts: PromptSource;
  readonly router: ModelRouter;
  readonly policies: ModelPolicies;
  execute(request: ExecuteRequest): Promise<ExecuteResult>;
  /** Runs calls in parallel, at most `concurrency` at a time; results keep the input order. */
  executeMany(requests: ExecuteRequest[], options?: { concurrency?: number }): Promise<Array<ExecuteResult | RuntimeError>>;
  /** Streams a managed prompt (no output checks or re-asks: they need the whole answer). */
  executeStream(request: ExecuteRequest): Promise<PromptStreamResult>;
  /** A raw model call (no managed prompt) under the same guards, retry, breaker and fallback policies. */
  complete(request: CompleteRequest): Promise<ModelChainResult & { guard?: GuardReport }>;
  /** A raw streamed model call; retries and fallbacks apply until the first part arrives. */
  stream(request: CompleteRequest): Promise<StreamChainResult>;
  close(): Promise<void>;
}

/** Builds the executor once (router, policies, cache, guards) and hands out its operations. */
export function createRuntime(options: RuntimeOptions): Runtime {
  const router = options.router ?? createModelRouter(options.config);
  const policies = options.policies ?? createModelPolicies(options.config.retry, options.random);
  const guardsOn = options.guards !== false && options.config.guards !== undefined;
  const ctx = createRuntimeContext({
    prompts: options.prompts,
    router,
    policies,
    cache: options.cache === false ? undefined : (options.cache ?? createMemoryResponseCache()),
    guards: guardsOn ? (options.guards || createGuardStage()) : undefined,
    guardDefaults: options.config.guards,
    retry: options.config.retry,
    onExecution: options.onExecution,
  });
  const execute = (request: ExecuteRequest) => executePrompt(ctx, request);

  return {
    prompts: options.prompts,
    router,
    policies,
    execute,
    executeStream: (request) => executePromptStream(ctx, request),
    complete: (request) => completeChat(ctx, request),
    stream: (request) => streamChat(ctx, request),
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

export type { CompleteRequest, ExecutionEvent, PromptSource };
