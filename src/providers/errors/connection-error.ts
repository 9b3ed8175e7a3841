import { ProviderError, type ProviderErrorOptions } from './provider-error.js';

/** The connection failed or was reset before a complete response arrived. */
export class ConnectionError extends ProviderError {
  override readonly kind = 'connection';

  constructor(options: Omit<ProviderErrorOptions, 'isRetryable'> & { isRetryable?: boolean }) {
    super({ ...options, isRetryable: options.isRetryable ?? true });
    this.name = 'ConnectionError';
  }

  static override isInstance(error: unknown): error is ConnectionError {
    return ProviderError.isInstance(error) && error.kind === 'connection';
  }
}
