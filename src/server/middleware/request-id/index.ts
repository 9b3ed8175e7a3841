import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { requestHeader, setResponseHeader } from '../../node-headers.js';

const SAFE = /^[\w.:-]{1,128}$/;

/** Echoes the caller's `x-request-id` (when it is a sane token) or makes one, on every response. */
export function requestId(): MiddlewareHandler<{ Variables: { requestId: string } }> {
  // Not async: hono awaits what a middleware returns, and a wrapper promise per layer is measurable per request.
  return (c, next) => {
    const given = requestHeader(c, 'x-request-id');
    const id = given && SAFE.test(given) ? given : `req_${randomUUID().replaceAll('-', '')}`;
    c.set('requestId', id);
    setResponseHeader(c, 'x-request-id', id);
    return next();
  };
}
