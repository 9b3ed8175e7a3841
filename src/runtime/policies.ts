import {
  BrokenCircuitError,
  ConsecutiveBreaker,
  TaskCancelledError,
  circuitBreaker,
  handleWhen,
  retry,
  wrap,
  type CircuitBreakerPolicy,
  type IBackoff,
  type IBackoffFactory,
  type IRetryBackoffContext,
} from 'cockatiel';
import type { RetryConfig } from '../config/types.js';
import { ProviderError, type AbortSignalLike } from '../providers/index.js';
import { runWithAttemptTimeout } from './attempt-timeout.js';

type RetryContext = IRetryBackoffContext<unknown>;

/** Exponential backoff with full jitter that waits at least as long as the provider's Retry-After asks. */
export function retryAfterBackoff(options: { baseDelayMs: number; maxDelayMs: number; random: () => number }): IBackoffFactory<RetryContext> {
  const step = (attempt: number, context: RetryContext): IBackoff<RetryContext> => {
    const error = 'error' in context.result ? context.result.error : undefined;
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
    const hinted = ProviderError.isInstance(error) ? (error.retryAfterMs ?? 0) : 0;
    return { duration: Math.max(options.random() * ceiling, hinted), next: (next) => step(attempt + 1, next) };
  };
  return { next: (context) => step(0, context) };
}

/** Transient failures count against a circuit and are worth another try; a request the provider rejects is not. */
export function isTransientFailure(error: unknown): boolean {
  if (ProviderError.isInstance(error)) return error.isRetryable;
  return error instanceof TaskCancelledError;
}

/** retry(breaker(timeout(call))) for one provider+model; `signal` is the caller's (deadline, disconnect). */
export interface ModelPolicy {
  execute<T>(fn: (context: { signal: AbortSignalLike }) => Promise<T>, signal?: AbortSignalLike): Promise<T>;
}

export interface ModelPolicies {
  forModel(key: string): ModelPolicy;
  breakerStates(): Array<{ key: string; state: string }>;
}

/**
 * Builds policies once per provider+model and reuses them, so breaker state is shared by all requests.
 * A Retry-After longer than `maxDelayMs` is not waited for: the next model in the chain is tried instead.
 */
export function createModelPolicies(config: RetryConfig, random: () => number = Math.random): ModelPolicies {
  const policies = new Map<string, { policy: ModelPolicy; breaker: CircuitBreakerPolicy }>();
  const backoff = retryAfterBackoff({ baseDelayMs: config.baseDelayMs, maxDelayMs: config.maxDelayMs, random });
  const worthRetrying = (error: Error) =>
    isTransientFailure(error) && !(ProviderError.isInstance(error) && (error.retryAfterMs ?? 0) > config.maxDelayMs);

  return {
    forModel(key) {
      let entry = policies.get(key);
      if (!entry) {
        const breaker = circuitBreaker(handleWhen(isTransientFailure), {
          halfOpenAfter: config.breaker.halfOpenAfterMs,
          breaker: new ConsecutiveBreaker(config.breaker.consecutiveFailures),
        });
        const retryPolicy = retry(handleWhen(worthRetrying), { maxAttempts: Math.max(0, config.maxAttempts - 1), backoff });
        const guarded = wrap(retryPolicy, breaker);
        entry = {
          breaker,
          policy: {
            // The caller's signal goes to the attempt, not through cockatiel: its breaker (3.2.1) drops it for
            // calls queued behind a half-open test (`return this.execute(fn)`), which would leave those attempts
            // deaf to the deadline and the client leaving. Its retry loop needs none: the caller's abort ends the
            // attempt at once with the caller's reason, which is never retried.
            execute: (fn, signal) => {
              const running = guarded.execute(({ signal: passed }) => runWithAttemptTimeout(fn, signal ?? passed, config.attemptTimeoutMs));
              return signal ? untilCallerAborts(running, signal) : running;
            },
          },
        };
        policies.set(key, entry);
      }
      return entry.policy;
    },
    breakerStates() {
      return [...policies].map(([key, entry]) => ({ key, state: stateName(entry.breaker.state) }));
    },
  };
}

/**
 * cockatiel waits out a retry's backoff (up to `maxDelayMs`, or a provider's Retry-After) whatever
 * happens meanwhile: a deadline that passes during the wait must answer then, not when the wait ends.
 * The attempt cockatiel starts afterwards sees the aborted caller and ends at once, with no upstream call.
 */
function untilCallerAborts<T>(running: Promise<T>, caller: AbortSignalLike): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(caller.reason);
    if (caller.aborted) onAbort();
    else caller.addEventListener('abort', onAbort, { once: true });
    running.then(
      (value) => {
        caller.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        caller.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function stateName(state: number): string {
  return ['closed', 'open', 'half-open', 'isolated'][state] ?? String(state);
}

export { BrokenCircuitError, TaskCancelledError };
