import type { UpstreamErrorDetails } from '../http/index.js';

const CONTEXT_LENGTH = /prompt is too long|context limit|context window|exceeds? .*context|too many (input )?tokens/i;

/** Reads `{"type": "error", "error": {"type": "overloaded_error", "message": "..."}}`. */
export function readAnthropicErrorDetails(body: unknown): UpstreamErrorDetails {
  const error = (body as { error?: unknown } | null)?.error;
  if (!error || typeof error !== 'object') return {};
  const { type, message } = error as Record<string, unknown>;
  const details: UpstreamErrorDetails = {
    type: typeof type === 'string' ? type : undefined,
    message: typeof message === 'string' ? message : undefined,
  };
  details.overloaded = details.type === 'overloaded_error';
  details.contextLength = details.type === 'invalid_request_error' && CONTEXT_LENGTH.test(details.message ?? '');
  return details;
}
