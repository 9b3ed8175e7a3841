import type { UpstreamErrorDetails } from '../http/index.js';

const CONTEXT_LENGTH = /context_length_exceeded|exceed_context|context (length|size|window)|maximum context|too many tokens|prompt is too long/i;
const CONTENT_FILTER = /content_filter|content_policy|content management policy/i;

/**
 * Reads `{"error": {"message", "type", "code"}}` (OpenAI, vLLM), `{"error": "text"}` (Ollama) and
 * `{"error": {"code": 400, ...}}` (llama.cpp) alike.
 */
export function readOpenAIErrorDetails(body: unknown): UpstreamErrorDetails {
  const error = (body as { error?: unknown } | null)?.error ?? body;
  if (typeof error === 'string') return classify(undefined, error);
  if (!error || typeof error !== 'object') return {};
  const record = error as Record<string, unknown>;
  const code = typeof record.code === 'string' ? record.code : undefined;
  const type = typeof record.type === 'string' ? record.type : undefined;
  const message = typeof record.message === 'string' ? record.message : undefined;
  return classify(code ?? type, message, [code, type].filter(Boolean).join(' '));
}

function classify(type: string | undefined, message: string | undefined, codes = ''): UpstreamErrorDetails {
  const haystack = `${codes} ${message ?? ''}`;
  return {
    type,
    message,
    contextLength: CONTEXT_LENGTH.test(haystack),
    contentFilter: CONTENT_FILTER.test(codes),
    overloaded: /overloaded/i.test(codes),
    quotaExhausted: /insufficient_quota/.test(codes),
  };
}
