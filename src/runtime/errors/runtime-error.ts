const marker = Symbol.for('promptops.error.runtime');

export interface RuntimeErrorOptions {
  message: string;
  /** HTTP status the gateway answers with. */
  status: number;
  /** OpenAI error `type`. */
  type: string;
  /** OpenAI error `code`. */
  code: string;
  /** The request field at fault, OpenAI's `param`. */
  param?: string;
  retryAfterMs?: number;
  cause?: unknown;
}

/** An error the caller of the runtime can act on; the gateway maps it straight to OpenAI's error shape. */
export class RuntimeError extends Error {
  private readonly [marker] = true;
  readonly status: number;
  readonly type: string;
  readonly code: string;
  readonly param?: string;
  readonly retryAfterMs?: number;

  constructor(options: RuntimeErrorOptions) {
    super(options.message, { cause: options.cause });
    this.name = 'RuntimeError';
    this.status = options.status;
    this.type = options.type;
    this.code = options.code;
    this.param = options.param;
    this.retryAfterMs = options.retryAfterMs;
  }

  static isInstance(error: unknown): error is RuntimeError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}
