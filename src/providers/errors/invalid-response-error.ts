import { ProviderError, type ProviderErrorOptions } from './provider-error.js';

/** The provider answered with something that is not its protocol (malformed JSON, truncated stream). */
export class InvalidResponseError extends ProviderError {
  override readonly kind = 'invalid_response';

  constructor(options: Omit<ProviderErrorOptions, 'isRetryable'> & { isRetryable?: boolean }) {
    super({ ...options, isRetryable: options.isRetryable ?? true });
    this.name = 'InvalidResponseError';
  }

  static override isInstance(error: unknown): error is InvalidResponseError {
    return ProviderError.isInstance(error) && error.kind === 'invalid_response';
  }
}
