import type { Answer, ParsedRequest } from './answer.js';
import { contentText, frame, type Wire, type WireError } from './wire.js';

function error(status: number, message: string, type: string, code: string | null, param: string | null = null): WireError {
  return { status, body: { error: { message, type, param, code } } };
}

const BY_STATUS: Record<number, [string, string, string | null]> = {
  400: ['Invalid request.', 'invalid_request_error', null],
  401: ['Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key'],
  403: ['You are not allowed to sample from this model.', 'invalid_request_error', 'model_not_allowed'],
  404: ['The model does not exist or you do not have access to it.', 'invalid_request_error', 'model_not_found'],
  429: ['Rate limit reached for requests. Please try again later.', 'requests', 'rate_limit_exceeded'],
  500: ['The server had an error while processing your request. Sorry about that!', 'server_error', null],
  502: ['Bad gateway.', 'server_error', null],
  503: ['The engine is currently overloaded, please try again later.', 'server_error', null],
};

const FINISH = { stop: 'stop', length: 'length', filtered: 'content_filter' } as const;

/** OpenAI chat completions, as api.openai.com speaks it (shapes as of the v1 API, 2025). */
export const openaiWire: Wire = {
  name: 'openai',
  requestIdHeader: 'x-request-id',

  checkAuth(headers, apiKey) {
    if (apiKey === undefined) return undefined;
    if (headers.authorization === `Bearer ${apiKey}`) return undefined;
    return error(401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key');
  },

  parse(body) {
    if (!body || typeof body !== 'object') return error(400, 'We could not parse the JSON body of your request.', 'invalid_request_error', null);
    const request = body as Record<string, unknown>;
    if (typeof request.model !== 'string') return error(400, "you must provide a model parameter", 'invalid_request_error', null, 'model');
    if (!Array.isArray(request.messages) || request.messages.length === 0) {
      return error(400, "Missing required parameter: 'messages'.", 'invalid_request_error', 'missing_required_parameter', 'messages');
    }
    const system: string[] = [];
    const messages: ParsedRequest['messages'] = [];
    for (const [index, message] of request.messages.entries()) {
      const role = (message as { role?: unknown })?.role;
      const text = contentText((message as { content?: unknown })?.content);
      if (typeof role !== 'string' || text === undefined) {
        return error(400, `Invalid value for 'messages[${index}]'.`, 'invalid_request_error', 'invalid_value', `messages[${index}]`);
      }
      if (role === 'system' || role === 'developer') system.push(text);
      else messages.push({ role, text });
    }
    const maxTokens = request.max_completion_tokens ?? request.max_tokens;
    const options = request.stream_options as { include_usage?: unknown } | undefined;
    return {
      model: request.model,
      system: system.join('\n'),
      messages,
      maxTokens: typeof maxTokens === 'number' ? maxTokens : undefined,
      stream: request.stream === true,
      includeUsage: options?.include_usage === true,
    };
  },

  error(status, message) {
    const [text, type, code] = BY_STATUS[status] ?? ['The server had an error.', status >= 500 ? 'server_error' : 'invalid_request_error', null];
    return error(status, message ?? text, type, code);
  },

  contextLength(request, inputTokens) {
    return error(
      400,
      `This model's maximum context length is 128000 tokens. However, your messages resulted in ${inputTokens} tokens. Please reduce the length of the messages.`,
      'invalid_request_error',
      'context_length_exceeded',
      'messages',
    );
  },

  completion(request, answer, id) {
    return {
      id,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: request.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: answer.text, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: FINISH[answer.finish],
        },
      ],
      usage: usage(answer),
      service_tier: 'default',
      system_fingerprint: 'fp_fake_upstream',
    };
  },

  streamFrames(request, answer, id) {
    const created = Math.floor(Date.now() / 1000);
    const extra = request.includeUsage ? { usage: null } : {};
    const chunk = (delta: Record<string, unknown>, finish: string | null) =>
      frame({
        id,
        object: 'chat.completion.chunk',
        created,
        model: request.model,
        service_tier: 'default',
        system_fingerprint: 'fp_fake_upstream',
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
        ...extra,
      });
    const frames = [chunk({ role: 'assistant', content: '', refusal: null }, null)];
    for (const token of answer.tokens) frames.push(chunk({ content: token }, null));
    frames.push(chunk({}, FINISH[answer.finish]));
    if (request.includeUsage) {
      frames.push(
        frame({ id, object: 'chat.completion.chunk', created, model: request.model, system_fingerprint: 'fp_fake_upstream', choices: [], usage: usage(answer) }),
      );
    }
    frames.push('data: [DONE]\n\n');
    return frames;
  },

  errorFrame() {
    return frame({ error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } });
  },
};

function usage(answer: Answer) {
  return {
    prompt_tokens: answer.inputTokens,
    completion_tokens: answer.outputTokens,
    total_tokens: answer.inputTokens + answer.outputTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}
