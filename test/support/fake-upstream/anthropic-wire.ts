import type { Answer, ParsedRequest } from './answer.js';
import { contentText, frame, type Wire, type WireError } from './wire.js';

function error(status: number, type: string, message: string): WireError {
  return { status, body: { type: 'error', error: { type, message } } };
}

const BY_STATUS: Record<number, [string, string]> = {
  400: ['invalid_request_error', 'Invalid request.'],
  401: ['authentication_error', 'invalid x-api-key'],
  403: ['permission_error', 'Your API key does not have permission to use the specified resource.'],
  404: ['not_found_error', 'The requested resource could not be found.'],
  413: ['request_too_large', 'Request exceeds the maximum allowed number of bytes.'],
  429: ['rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit.'],
  500: ['api_error', 'Internal server error'],
  503: ['overloaded_error', 'Overloaded'],
  529: ['overloaded_error', 'Overloaded'],
};

const STOP = { stop: 'end_turn', length: 'max_tokens', filtered: 'refusal' } as const;

/** Anthropic Messages (anthropic-version 2023-06-01), as api.anthropic.com speaks it. */
export const anthropicWire: Wire = {
  name: 'anthropic',
  requestIdHeader: 'request-id',

  checkAuth(headers, apiKey) {
    if (apiKey === undefined) return undefined;
    if (headers['x-api-key'] === apiKey) return undefined;
    return error(401, 'authentication_error', 'invalid x-api-key');
  },

  parse(body, headers) {
    if (!headers['anthropic-version']) return error(400, 'invalid_request_error', 'anthropic-version: header is required');
    if (!body || typeof body !== 'object') return error(400, 'invalid_request_error', 'The request body is not valid JSON.');
    const request = body as Record<string, unknown>;
    if (typeof request.model !== 'string') return error(400, 'invalid_request_error', 'model: Field required');
    if (typeof request.max_tokens !== 'number') return error(400, 'invalid_request_error', 'max_tokens: Field required');
    if (!Array.isArray(request.messages)) return error(400, 'invalid_request_error', 'messages: Field required');
    const system = request.system === undefined ? '' : contentText(request.system);
    if (system === undefined) return error(400, 'invalid_request_error', 'system: Input should be a valid string or list of text blocks');
    const messages: ParsedRequest['messages'] = [];
    for (const [index, message] of request.messages.entries()) {
      const role = (message as { role?: unknown })?.role;
      const text = contentText((message as { content?: unknown })?.content);
      if ((role !== 'user' && role !== 'assistant') || text === undefined) {
        return error(400, 'invalid_request_error', `messages.${index}: role must be "user" or "assistant" and content a string or a list of blocks`);
      }
      messages.push({ role, text });
    }
    return { model: request.model, system, messages, maxTokens: request.max_tokens, stream: request.stream === true, includeUsage: true };
  },

  error(status, message) {
    const [type, text] = BY_STATUS[status] ?? [status >= 500 ? 'api_error' : 'invalid_request_error', 'Error'];
    return error(status, type, message ?? text);
  },

  contextLength(request, inputTokens) {
    return error(400, 'invalid_request_error', `prompt is too long: ${inputTokens} tokens > 200000 maximum`);
  },

  completion(request, answer, id) {
    return {
      id,
      type: 'message',
      role: 'assistant',
      model: request.model,
      content: answer.text ? [{ type: 'text', text: answer.text }] : [],
      stop_reason: STOP[answer.finish],
      stop_sequence: null,
      usage: usage(answer.inputTokens, answer.outputTokens),
    };
  },

  streamFrames(request, answer, id) {
    const frames = [
      frame(
        {
          type: 'message_start',
          message: {
            id, type: 'message', role: 'assistant', model: request.model, content: [],
            stop_reason: null, stop_sequence: null, usage: usage(answer.inputTokens, 1),
          },
        },
        'message_start',
      ),
      frame({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }, 'content_block_start'),
      frame({ type: 'ping' }, 'ping'),
    ];
    for (const token of answer.tokens) {
      frames.push(frame({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: token } }, 'content_block_delta'));
    }
    frames.push(
      frame({ type: 'content_block_stop', index: 0 }, 'content_block_stop'),
      frame(
        { type: 'message_delta', delta: { stop_reason: STOP[answer.finish], stop_sequence: null }, usage: { output_tokens: answer.outputTokens } },
        'message_delta',
      ),
      frame({ type: 'message_stop' }, 'message_stop'),
    );
    return frames;
  },

  errorFrame() {
    return frame({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, 'error');
  },
};

function usage(input: number, output: number) {
  return {
    input_tokens: input,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    output_tokens: output,
    service_tier: 'standard',
  };
}
