import type { AbortSignalLike } from '../spec/index.js';
import type { HttpResponse } from './http-client.js';
import { readSseEvents, type SseEvent } from './sse-parser.js';
import type { CallContext } from './status-errors.js';
import { abortReason, mapTransportError } from './transport-errors.js';

/**
 * The SSE events of a streaming response. A reset or idle timeout mid-stream surfaces as
 * Connection/TimeoutError (or the caller's abort reason, with no event after the abort); stopping early
 * releases the socket.
 */
export async function* sseEventsOf(response: HttpResponse, ctx: CallContext, signal?: AbortSignalLike): AsyncGenerator<SseEvent> {
  try {
    for await (const event of readSseEvents(response.body)) {
      // Events already buffered when the caller aborted must not reach it.
      if (signal?.aborted) throw abortReason(signal);
      yield event;
    }
  } catch (error) {
    throw mapTransportError(error, ctx, signal);
  }
}
