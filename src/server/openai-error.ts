import { RuntimeError } from '../runtime/index.js';

/** OpenAI's error body: every gateway error takes this shape, whatever raised it. */
export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export interface HttpError {
  status: number;
  body: OpenAIErrorBody;
  retryAfterSeconds?: number;
}

/** Errors from lower layers known by name (they live in folders the server must not reach into by class). */
const BY_NAME: Record<string, { status: number; type: string; code: string }> = {
  PromptNotFoundError: { status: 404, type: 'not_found_error', code: 'prompt_not_found' },
  VersionNotFoundError: { status: 404, type: 'not_found_error', code: 'version_not_found' },
  MissingVariableError: { status: 400, type: 'invalid_request_error', code: 'missing_variable' },
  InvalidVariableError: { status: 422, type: 'invalid_request_error', code: 'invalid_variable' },
  InvalidPromptRefError: { status: 400, type: 'invalid_request_error', code: 'invalid_prompt_reference' },
  GuardBlockedError: { status: 400, type: 'invalid_request_error', code: 'input_blocked' },
  InputTooLongError: { status: 413, type: 'invalid_request_error', code: 'input_too_long' },
};

export function openAIError(status: number, message: string, type: string, code: string | null = null, param: string | null = null): HttpError {
  return { status, body: { error: { message, type, param, code } } };
}

/** Maps any thrown value to a status and OpenAI's error shape; internals never reach the client. */
export function toHttpError(error: unknown): HttpError {
  if (RuntimeError.isInstance(error)) {
    const mapped = openAIError(error.status, error.message, error.type, error.code, error.param ?? null);
    if (error.retryAfterMs !== undefined) mapped.retryAfterSeconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
    return mapped;
  }
  if (error instanceof Error) {
    const known = BY_NAME[error.name];
    const explicit = (error as { status?: unknown; httpStatus?: unknown }).httpStatus ?? (error as { status?: unknown }).status;
    if (known) return openAIError(typeof explicit === 'number' ? explicit : known.status, error.message, known.type, known.code, paramOf(error));
  }
  return openAIError(500, 'internal error; see the gateway log for the request id', 'server_error', 'internal_error');
}

function paramOf(error: Error): string | null {
  const variable = (error as { variable?: unknown }).variable;
  return typeof variable === 'string' ? `variables.${variable}` : null;
}
