import { ConnectionError, ProviderError, TimeoutError } from '../errors/index.js';
import type { AbortSignalLike } from '../spec/index.js';
import type { CallContext } from './status-errors.js';

/** What fetch rejects with when a signal aborts without a reason of its own. */
export function abortReason(signal: AbortSignalLike): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT']);

/**
 * Turns whatever the transport threw into what callers expect: the caller's abort reason when it was
 * their signal, our own ProviderErrors untouched, and undici/socket failures as Timeout/ConnectionError.
 */
export function mapTransportError(error: unknown, ctx: CallContext, signal?: AbortSignalLike): unknown {
  if (signal?.aborted) return abortReason(signal);
  if (ProviderError.isInstance(error)) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  const base = { provider: ctx.provider, modelId: ctx.modelId, cause: error };
  if (TIMEOUT_CODES.has(code)) {
    return new TimeoutError({ ...base, message: `${ctx.provider} (${ctx.modelId}) timed out: ${detail} (${code})` });
  }
  return new ConnectionError({
    ...base,
    message: `${ctx.provider} (${ctx.modelId}) connection failed: ${detail}${code ? ` (${code})` : ''}`,
  });
}
