import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestHeader } from '../../node-headers.js';

export interface DeclaredBodyLimitOptions {
  maxSize: number;
  onError: (c: Context) => Response | Promise<Response>;
}

/**
 * hono's `bodyLimit` reads `c.req.raw.body` first, which under @hono/node-server builds a whole fetch
 * `Request` (headers copy, AbortController, body web stream) on every POST: ~150 µs per request in
 * bench/gateway.ts's profile. A body with a declared length is checked from the header alone; only a
 * chunked body (no content-length) goes through hono's counting stream.
 */
export function declaredBodyLimit(options: DeclaredBodyLimitOptions): MiddlewareHandler {
  const counting = bodyLimit(options);
  return (c, next) => {
    const length = requestHeader(c, 'content-length');
    if (length === undefined || requestHeader(c, 'transfer-encoding') !== undefined) return counting(c, next);
    return Number(length) > options.maxSize ? Promise.resolve(options.onError(c)) : next();
  };
}
