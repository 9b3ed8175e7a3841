import type { HttpResponse } from './http-client.js';
import { readSseEvents, type SseEvent } from './sse-parser.js';
import type { CallContext } from './status-errors.js';
import { mapTransportError } from './transport-errors.js';

/**
 * The SSE events of a streaming response. A reset or idle timeout mid-stream surfaces as
 * Connection/TimeoutError (or the caller's abort reason); stopping early releases the socket.
 */
export async function* sseEventsOf(response: HttpResponse, ctx: CallContext, signal?: AbortSignal): AsyncGenerator<SseEvent> {
  try {
    yield* readSseEvents(response.body);
  } catch (error) {
    throw mapTransportError(error, ctx, signal);
  }
}
