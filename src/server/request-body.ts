import type { Context } from 'hono';
import { z } from 'zod';
import { requestHeader } from './node-headers.js';
import { openAIError, type HttpError } from './openai-error.js';

/** Thrown by `readJson` with a ready OpenAI-shaped answer. */
export class BadRequestBody extends Error {
  constructor(readonly httpError: HttpError) {
    super(httpError.body.error.message);
    this.name = 'BadRequestBody';
  }
}

/** Parses and validates a JSON body; the error names the first offending field, as OpenAI's `param`. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new BadRequestBody(openAIError(400, 'the request body must be valid JSON', 'invalid_request_error', 'invalid_json'));
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const param = issue.path.map(String).join('.') || null;
  const message = param ? `${param}: ${issue.message}` : issue.message;
  throw new BadRequestBody(openAIError(400, message, 'invalid_request_error', 'invalid_request', param));
}

/** The caller's per-request deadline, bounded by the gateway's own. */
export function requestDeadline(c: Context, maxMs: number): number | undefined {
  const header = requestHeader(c, 'x-promptops-timeout-ms');
  if (!header) return undefined;
  const ms = Number(header);
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new BadRequestBody(openAIError(400, 'x-promptops-timeout-ms must be a positive number of milliseconds', 'invalid_request_error', 'invalid_timeout', 'x-promptops-timeout-ms'));
  }
  return Math.min(ms, maxMs);
}
