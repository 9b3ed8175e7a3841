import { ProviderError, type ProviderErrorOptions } from './provider-error.js';

/** 429: the provider asks us to slow down; honour retryAfterMs when given. */
export class RateLimitError extends ProviderError {
  override readonly kind = 'rate_limit';

  constructor(options: Omit<ProviderErrorOptions, 'isRetryable'> & { isRetryable?: boolean }) {
    super({ ...options, isRetryable: options.isRetryable ?? true });
    this.name = 'RateLimitError';
  }

  static override isInstance(error: unknown): error is RateLimitError {
    return ProviderError.isInstance(error) && error.kind === 'rate_limit';
  }
}
