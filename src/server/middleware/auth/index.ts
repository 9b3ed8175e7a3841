import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { requestHeader } from '../../node-headers.js';
import { openAIError } from '../../openai-error.js';

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Bearer-key auth (OpenAI's `Authorization: Bearer` or `x-api-key`); no keys configured means open. */
export function apiKeyAuth(keys: string[]): MiddlewareHandler {
  return (c, next) => {
    if (keys.length === 0) return next();
    const header = requestHeader(c, 'authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : requestHeader(c, 'x-api-key');
    if (token && keys.some((key) => same(key, token))) return next();
    const error = openAIError(401, 'missing or invalid API key; send "Authorization: Bearer <key>"', 'invalid_request_error', 'invalid_api_key');
    return Promise.resolve(c.json(error.body, 401));
  };
}
