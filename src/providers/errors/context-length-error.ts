import { ProviderError, type ProviderErrorOptions } from './provider-error.js';

/** The prompt plus max tokens exceed the model's context window; retrying the same request cannot help. */
export class ContextLengthError extends ProviderError {
  override readonly kind = 'context_length';

  constructor(options: Omit<ProviderErrorOptions, 'isRetryable'> & { isRetryable?: boolean }) {
    super({ ...options, isRetryable: options.isRetryable ?? false });
    this.name = 'ContextLengthError';
  }

  static override isInstance(error: unknown): error is ContextLengthError {
    return ProviderError.isInstance(error) && error.kind === 'context_length';
  }
}
