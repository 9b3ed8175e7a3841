import type { PromptopsConfig } from '../config/types.js';
import type { InputPolicy } from '../guards/index.js';
import type { AbortSignalLike, ModelRouter } from '../providers/index.js';
import type { LanguageModelUsage } from '../providers/spec/index.js';
import type { PromptSummary, PromptVersion } from '../prompts/types.js';
import { startDeadline, type Deadline } from './deadline.js';
import { DeadlineExceededError, ExecutionFailedError, RequestAbortedError, RuntimeError } from './errors/index.js';
import type { GuardReport, GuardStage } from './guard-stage.js';
import { ModelChainExhaustedError } from './model-chain.js';
import type { ModelPolicies } from './policies.js';
import type { CallGuards } from './prepare-call.js';
import type { ResponseCache } from './response-cache.js';
import type { ExecuteResult } from './types.js';
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
  status: 'ok' | 'fallback' | 'error' | 'blocked';
  latencyMs: number;
  usage: LanguageModelUsage;
  /** Online quality estimate in [0,1]: see `onlineQuality`. */
  quality?: number;
  errorKind?: string;
  guard?: GuardReport;
  /** The answer as the model wrote it: pseudonyms still in place, so records need no costly redaction. */
  modelOutput?: string;
  result?: ExecuteResult;
}

/** The shared parts every runtime operation uses, built once by `createRuntime`. */
export interface RuntimeContext {
  prompts: PromptSource;
  router: ModelRouter;
  policies: ModelPolicies;
  cache?: ResponseCache;
  guards?: GuardStage;
  emit(event: ExecutionEvent): void;
  validatorFor(version: PromptVersion): OutputValidator;
  /** The version's guard policy over the configured default; undefined when guards are off. */
  guardsFor(version?: PromptVersion): CallGuards | undefined;
  deadlineFor(deadlineMs: number | undefined, signal: AbortSignalLike | undefined): Deadline;
  /** Caller gone, deadline passed, or every model failed: each is a different answer. */
  failure(error: unknown, deadline: Deadline, callerSignal: AbortSignalLike | undefined): RuntimeError;
}

export function createRuntimeContext(parts: {
  prompts: PromptSource;
  router: ModelRouter;
  policies: ModelPolicies;
  cache?: ResponseCache;
  guards?: GuardStage;
  guardDefaults?: PromptopsConfig['guards'];
  retry: PromptopsConfig['retry'];
  onExecution?: (event: ExecutionEvent) => void;
}): RuntimeContext {
  const validators = new WeakMap<PromptVersion, OutputValidator>();
  const { retry } = parts;
  return {
    prompts: parts.prompts,
    router: parts.router,
    policies: parts.policies,
    cache: parts.cache,
    guards: parts.guards,
    emit: (event) => parts.onExecution?.(event),
    validatorFor(version) {
      let validator = validators.get(version);
      if (!validator) {
        validator = compileOutputValidator(version);
        validators.set(version, validator);
      }
      return validator;
    },
    guardsFor(version) {
      if (!parts.guards || !parts.guardDefaults) return undefined;
      const policy: InputPolicy = { ...parts.guardDefaults, ...version?.meta.guards };
      return { stage: parts.guards, policy };
    },
    deadlineFor(deadlineMs, signal) {
      return startDeadline(Math.min(deadlineMs ?? retry.deadlineMs, retry.deadlineMs), signal);
    },
    failure(error, deadline, callerSignal) {
      if (callerSignal?.aborted) return new RequestAbortedError();
      const attempts = error instanceof ModelChainExhaustedError ? error.attempts : [];
      if (deadline.signal.aborted) return new DeadlineExceededError(deadline.ms, attempts);
      if (error instanceof ModelChainExhaustedError) {
        const status = error.allCircuitsOpen ? 503 : 502;
        const last = error.attempts[error.attempts.length - 1]?.error ?? String(error.lastError);
        return new ExecutionFailedError(`every model failed; last error: ${last}`, error.attempts, {
          status,
          retryAfterMs: status === 503 ? retry.breaker.halfOpenAfterMs : undefined,
          cause: error.lastError,
        });
      }
      return RuntimeError.isInstance(error) ? error : new ExecutionFailedError(String(error), [], { cause: error });
    },
  };
}

export function zeroUsage(): LanguageModelUsage {
  return { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
}

/** An input the guards refused is still an execution: it is counted and recorded as `blocked`. */
export function reportBlocked(ctx: RuntimeContext, labels: { prompt: string; version: string; model: string }, error: unknown, started: number): void {
  const code = (error as { code?: string }).code;
  if (code !== 'prompt_injection_blocked' && code !== 'input_too_long') return;
  const blocked = error as { score?: number; reasons?: readonly string[] };
  ctx.emit({
    ...labels, provider: 'none', status: 'blocked', latencyMs: performance.now() - started, usage: zeroUsage(), errorKind: code,
    guard: { action: 'block', injection: { score: blocked.score ?? 0, flagged: code === 'prompt_injection_blocked', reasons: [...(blocked.reasons ?? [])] }, pii: [], piiAction: 'off' },
  });
}
