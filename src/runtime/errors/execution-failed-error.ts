import type { AttemptReport } from '../types.js';
import { RuntimeError } from './runtime-error.js';

/** Every model in the chain failed and the version has no fallback response: 502 (or 503 when all circuits are open). */
export class ExecutionFailedError extends RuntimeError {
  readonly attempts: AttemptReport[];

  constructor(message: string, attempts: AttemptReport[], options: { status?: number; retryAfterMs?: number; cause?: unknown } = {}) {
    const status = options.status ?? 502;
    super({
      message,
      status,
      type: status === 503 ? 'service_unavailable' : 'upstream_error',
      code: status === 503 ? 'providers_unavailable' : 'upstream_failed',
      retryAfterMs: options.retryAfterMs,
      cause: options.cause,
    });
    this.name = 'ExecutionFailedError';
    this.attempts = attempts;
  }
}
