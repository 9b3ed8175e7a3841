import { ProviderError, type ProviderErrorOptions } from './provider-error.js';

/** The provider refused the content (policy filter). */
export class ContentFilterError extends ProviderError {
  override readonly kind = 'content_filter';

  constructor(options: Omit<ProviderErrorOptions, 'isRetryable'> & { isRetryable?: boolean }) {
    super({ ...options, isRetryable: options.isRetryable ?? false });
    this.name = 'ContentFilterError';
  }

  static override isInstance(error: unknown): error is ContentFilterError {
    return ProviderError.isInstance(error) && error.kind === 'content_filter';
  }
}
