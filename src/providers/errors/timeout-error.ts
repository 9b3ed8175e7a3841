import { ProviderError, type ProviderErrorOptions } from './provider-error.js';

/** No response (or no next stream chunk) within the attempt's time limit. */
export class TimeoutError extends ProviderError {
  override readonly kind = 'timeout';

  constructor(options: Omit<ProviderErrorOptions, 'isRetryable'> & { isRetryable?: boolean }) {
    super({ ...options, isRetryable: options.isRetryable ?? true });
    this.name = 'TimeoutError';
  }

  static override isInstance(error: unknown): error is TimeoutError {
    return ProviderError.isInstance(error) && error.kind === 'timeout';
  }
}
