import { ProviderError, type ProviderErrorOptions } from './provider-error.js';

/** 400/404/422 from the provider for a reason other than context length: the request itself is wrong. */
export class BadRequestError extends ProviderError {
  override readonly kind = 'bad_request';

  constructor(options: Omit<ProviderErrorOptions, 'isRetryable'> & { isRetryable?: boolean }) {
    super({ ...options, isRetryable: options.isRetryable ?? false });
    this.name = 'BadRequestError';
  }

  static override isInstance(error: unknown): error is BadRequestError {
    return ProviderError.isInstance(error) && error.kind === 'bad_request';
  }
}
