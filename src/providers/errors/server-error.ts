import { ProviderError, type ProviderErrorOptions } from './provider-error.js';

/** 5xx other than overload: usually transient. */
export class ServerError extends ProviderError {
  override readonly kind = 'server_error';

  constructor(options: Omit<ProviderErrorOptions, 'isRetryable'> & { isRetryable?: boolean }) {
    super({ ...options, isRetryable: options.isRetryable ?? true });
    this.name = 'ServerError';
  }

  static override isInstance(error: unknown): error is ServerError {
    return ProviderError.isInstance(error) && error.kind === 'server_error';
  }
}
