const marker = Symbol.for('promptops.error.provider');

export interface ProviderErrorOptions {
  message: string;
  provider: string;
  modelId?: string;
  /** Upstream HTTP status, when there was one. */
  statusCode?: number;
  isRetryable?: boolean;
  retryAfterMs?: number;
  responseBody?: string;
  cause?: unknown;
}

/**
 * Base of every error a provider adapter throws. Subclasses fix `kind` and the default retryability;
 * the executor reads `isRetryable` and `retryAfterMs` and never parses messages.
 */
export class ProviderError extends Error {
  private readonly [marker] = true;
  readonly kind: string = 'provider_error';
  readonly provider: string;
  readonly modelId?: string;
  readonly statusCode?: number;
  readonly isRetryable: boolean;
  readonly retryAfterMs?: number;
  readonly responseBody?: string;

  constructor(options: ProviderErrorOptions) {
    super(options.message, { cause: options.cause });
    this.name = 'ProviderError';
    this.provider = options.provider;
    this.modelId = options.modelId;
    this.statusCode = options.statusCode;
    this.isRetryable = options.isRetryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
    this.responseBody = options.responseBody;
  }

  /** Works across copies of the package, where `instanceof` would not. */
  static isInstance(error: unknown): error is ProviderError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
