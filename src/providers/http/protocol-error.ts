import { InvalidResponseError } from '../errors/index.js';
import type { CallContext } from './status-errors.js';

/** The upstream answered, but not in its protocol: retryable, with the start of the body for diagnosis. */
export function protocolError(ctx: CallContext, protocol: string, what: string, body?: string): InvalidResponseError {
  return new InvalidResponseError({
    message: `${ctx.provider} (${ctx.modelId}) broke the ${protocol} protocol: ${what}`,
    provider: ctx.provider,
    modelId: ctx.modelId,
    responseBody: body?.slice(0, 2048),
  });
}

/** One SSE event's data as a JSON object, or a protocol error saying why not. */
export function parseEventObject(data: string, ctx: CallContext, protocol: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    throw protocolError(ctx, protocol, 'a stream event is not JSON', data);
  }
  if (!value || typeof value !== 'object') throw protocolError(ctx, protocol, 'a stream event is not a JSON object', data);
  return value as Record<string, unknown>;
}
