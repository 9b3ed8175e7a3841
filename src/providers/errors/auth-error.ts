import { ProviderError, type ProviderErrorOptions } from './provider-error.js';

/** 401/403: the key is missing, wrong or lacks permission. */
export class AuthError extends ProviderError {
  override readonly kind = 'auth';

  constructor(options: Omit<ProviderErrorOptions, 'isRetryable'> & { isRetryable?: boolean }) {
    super({ ...options, isRetryable: options.isRetryable ?? false });
    this.name = 'AuthError';
  }

  static override isInstance(error: unknown): error is AuthError {
    return ProviderError.isInstance(error) && error.kind === 'auth';
  }
}
