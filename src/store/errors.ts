export type StoreErrorKind = 'bad_url' | 'connect' | 'migrate' | 'query' | 'closed';

/**
 * Every failure of the store. `url` is the database URL with its password replaced, and the message
 * never carries the password either, so the error can be logged as is.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly kind: StoreErrorKind;
  readonly url: string;
  /** Driver error code when there is one (`ECONNREFUSED`, `28P01`, `SQLITE_BUSY`...). */
  readonly code?: string;

  constructor(kind: StoreErrorKind, url: string, message: string, options: { cause?: unknown; code?: string } = {}) {
    super(`${message} (database: ${url})`, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.url = url;
    this.code = options.code;
  }

  static isInstance(value: unknown): value is StoreError {
    return value instanceof Error && value.name === 'StoreError' && 'kind' in value && 'url' in value;
  }
}
