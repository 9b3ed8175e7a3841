import pLimit, { type LimitFunction } from 'p-limit';
import { ProviderError } from '../../providers/errors/index.js';

export interface AdaptiveLimiterOptions {
  concurrency: number;
  /** Retries of one call after 429s before its error is recorded. */
  maxRateLimitRetries?: number;
  /** Backoff when the provider gives no Retry-After. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  onRateLimit?: (event: { concurrency: number; waitMs: number }) => void;
}

export function isRateLimit(error: unknown): error is ProviderError {
  return ProviderError.isInstance(error) && (error.kind === 'rate_limit' || error.statusCode === 429);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Concurrency that adapts to the provider's rate limit (AIMD): a 429 halves the number of calls in
 * flight and pauses every caller until Retry-After has passed; each run of successes as long as the
 * current limit adds one slot back, up to the configured maximum.
 */
export class AdaptiveLimiter {
  readonly max: number;
  private readonly limit: LimitFunction;
  private readonly options: Required<Omit<AdaptiveLimiterOptions, 'onRateLimit'>> & Pick<AdaptiveLimiterOptions, 'onRateLimit'>;
  private resumeAt = 0;
  private streak = 0;
  rateLimited = 0;

  constructor(options: AdaptiveLimiterOptions) {
    this.max = Math.max(1, Math.floor(options.concurrency));
    this.limit = pLimit(this.max);
    this.options = {
      concurrency: this.max,
      maxRateLimitRetries: options.maxRateLimitRetries ?? 8,
      baseDelayMs: options.baseDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 30_000,
      sleep: options.sleep ?? defaultSleep,
      now: options.now ?? Date.now,
      onRateLimit: options.onRateLimit,
    };
  }

  get concurrency(): number {
    return this.limit.concurrency;
  }

  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.limit(async () => {
      for (let attempt = 0; ; attempt++) {
        const wait = this.resumeAt - this.options.now();
        if (wait > 0) await this.options.sleep(wait);
        try {
          const result = await fn();
          this.succeeded();
          return result;
        } catch (error) {
          if (!isRateLimit(error) || attempt >= this.options.maxRateLimitRetries) throw error;
          this.throttled(error, attempt);
        }
      }
    });
  }

  private succeeded(): void {
    if (this.limit.concurrency >= this.max) return;
    this.streak++;
    if (this.streak >= this.limit.concurrency) {
      this.streak = 0;
      this.limit.concurrency = this.limit.concurrency + 1;
    }
  }

  private throttled(error: ProviderError, attempt: number): void {
    this.rateLimited++;
    this.streak = 0;
    this.limit.concurrency = Math.max(1, Math.floor(this.limit.concurrency / 2));
    const backoff = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** attempt);
    // Jitter spreads the callers that were paused together.
    const waitMs = error.retryAfterMs ?? Math.round(backoff * (0.5 + Math.random() / 2));
    this.resumeAt = Math.max(this.resumeAt, this.options.now() + waitMs);
    this.options.onRateLimit?.({ concurrency: this.limit.concurrency, waitMs });
  }
}
