import { ProviderError, type ProviderErrorOptions } from './provider-error.js';

/** 503/529: the provider is over capacity (Anthropic's overloaded_error). */
export class OverloadedError extends ProviderError {
  override readonly kind = 'overloaded';

  constructor(options: Omit<ProviderErrorOptions, 'isRetryable'> & { isRetryable?: boolean }) {
    super({ ...options, isRetryable: options.isRetryable ?? true });
    this.name = 'OverloadedError';
  }

  static override isInstance(error: unknown): error is OverloadedError {
    return ProviderError.isInstance(error) && error.kind === 'overloaded';
  }
}
