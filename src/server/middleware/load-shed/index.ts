import type { MiddlewareHandler } from 'hono';
import { nodeOf } from '../../node-headers.js';
import { openAIError } from '../../openai-error.js';

export interface LoadShedOptions {
  /** Requests served at once; the next one is refused rather than queued. */
  maxConcurrent: number;
  retryAfterSeconds?: number;
  onShed?: () => void;
}

/** The middleware, and how many requests it is serving now (read by the metrics at scrape time). */
export type LoadShedHandler = MiddlewareHandler & { inFlight(): number };

/**
 * A concurrency cap that sheds load (503 + Retry-After) instead of queueing without bound: a gateway
 * that queues turns an upstream slowdown into memory growth and timeouts for everyone.
 */
export function loadShed(options: LoadShedOptions): LoadShedHandler {
  let inFlight = 0;
  const release = () => {
    inFlight--;
  };
  // Not async: hono awaits what a middleware returns, and a wrapper promise per layer is measurable per request.
  const handler: MiddlewareHandler = (c, next) => {
    if (inFlight >= options.maxConcurrent) {
      options.onShed?.();
      const error = openAIError(503, `the gateway is at its concurrency limit (${options.maxConcurrent}); retry shortly`, 'service_unavailable', 'overloaded');
      c.header('retry-after', String(options.retryAfterSeconds ?? 1));
      return Promise.resolve(c.json(error.body, 503));
    }
    inFlight++;
    // A stream is still being written when the handler returns: under Node the slot is held until the
    // response is done or the client has gone ('close' comes after either).
    const outgoing = nodeOf(c)?.outgoing;
    if (!outgoing) return next().finally(release);
    if (outgoing.closed) release();
    else outgoing.once('close', release);
    return next();
  };
  return Object.assign(handler, { inFlight: () => inFlight });
}
