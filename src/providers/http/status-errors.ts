import {
  AuthError,
  BadRequestError,
  ContentFilterError,
  ContextLengthError,
  InvalidResponseError,
  OverloadedError,
  type ProviderError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from '../errors/index.js';
import { type HeaderBag, parseRetryAfter } from './retry-after.js';

/** Who made the call; every error names it. */
export interface CallContext {
  provider: string;
  modelId: string;
}

/** What a vendor-specific reader found in an error body; the shared mapping below decides the class. */
export interface UpstreamErrorDetails {
  /** Vendor error type or code, e.g. `rate_limit_error`, `context_length_exceeded`. */
  type?: string;
  message?: string;
  contextLength?: boolean;
  contentFilter?: boolean;
  overloaded?: boolean;
  /** A 429 that waiting cannot fix (OpenAI's insufficient_quota: the account is out of credit). */
  quotaExhausted?: boolean;
}

const MAX_BODY_KEPT = 2048;

export function truncateBody(body: string): string {
  return body.length > MAX_BODY_KEPT ? `${body.slice(0, MAX_BODY_KEPT)}…` : body;
}

/** Maps an upstream HTTP error status (plus what the vendor's body says) to the error class the executor acts on. */
export function errorFromStatus(
  ctx: CallContext,
  status: number,
  headers: HeaderBag,
  bodyText: string,
  details: UpstreamErrorDetails,
): ProviderError {
  const what = [details.type, details.message].filter(Boolean).join(': ') || 'no error details';
  const options = {
    message: `${ctx.provider} (${ctx.modelId}) answered HTTP ${status}: ${what}`,
    provider: ctx.provider,
    modelId: ctx.modelId,
    statusCode: status,
    responseBody: truncateBody(bodyText),
    retryAfterMs: parseRetryAfter(headers),
  };
  if (details.contextLength) return new ContextLengthError(options);
  if (details.contentFilter) return new ContentFilterError(options);
  if (status === 401 || status === 403) return new AuthError(options);
  if (status === 429) return new RateLimitError({ ...options, isRetryable: !details.quotaExhausted });
  if (status === 503 || status === 529 || details.overloaded) return new OverloadedError(options);
  if (status === 408) return new TimeoutError(options);
  if (status >= 500) return new ServerError(options);
  if (status >= 400) return new BadRequestError(options);
  return new InvalidResponseError({ ...options, message: `${ctx.provider} (${ctx.modelId}) answered unexpected HTTP ${status}` });
}

/** An error the server reported inside a 200 stream; there is no status, so the vendor type decides. */
export function errorFromStreamEvent(ctx: CallContext, bodyText: string, details: UpstreamErrorDetails, status?: number): ProviderError {
  const type = details.type ?? '';
  const implied =
    status ??
    (/rate_limit/.test(type) ? 429 : /overloaded/.test(type) ? 529 : /auth|permission/.test(type) ? 401 : /invalid_request|bad_request/i.test(type) ? 400 : 500);
  return errorFromStatus(ctx, implied, {}, bodyText, details);
}
