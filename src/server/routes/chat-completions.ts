import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { AbortSignalLike, ChatMessage } from '../../providers/index.js';
import type { ExecuteResult } from '../../runtime/index.js';
import type { GatewayDeps, GatewayEnv } from '../deps.js';
import { sendJson, setResponseHeader } from '../node-headers.js';
import { openAIError } from '../openai-error.js';
import { BadRequestBody, readJson, requestDeadline } from '../request-body.js';
import { FINISH_REASONS, relayChatStream } from './chat-stream.js';
import { chatCompletionRequest, toChatMessages, type ChatCompletionRequest } from './chat-schema.js';
import { clientSignal, preloadJsonBody } from './node-request.js';

const PROMPT_PREFIX = 'prompt:';

export interface ChatAnswer {
  text: string;
  model: string;
  finishReason: string;
  usage: { inputTokens: number; outputTokens: number; totalTokens: number };
  extra: { provider: string; attempts: ExecuteResult['attempts']; fallback: boolean; notice?: string; prompt?: string; version?: string; guard?: ExecuteResult['guard'] };
}

function parametersOf(body: ChatCompletionRequest) {
  return {
    temperature: body.temperature ?? undefined,
    maxTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
    topP: body.top_p ?? undefined,
    seed: body.seed ?? undefined,
  };
}

function callOptionsOf(body: ChatCompletionRequest) {
  const { temperature, maxTokens, topP, seed } = parametersOf(body);
  return {
    temperature,
    maxTokens,
    topP,
    seed,
    stop: typeof body.stop === 'string' ? [body.stop] : (body.stop ?? undefined),
    responseFormat: body.response_format && body.response_format.type !== 'text' ? { type: 'json' as const } : undefined,
  };
}

function promptCall(body: ChatCompletionRequest, messages: ChatMessage[]) {
  const lastUser = messages.findLastIndex((message) => message.role === 'user');
  return {
    prompt: body.model.slice(PROMPT_PREFIX.length),
    variables: { ...body.variables, ...(lastUser >= 0 ? { message: messages[lastUser].content } : {}) },
    conversation: messages.filter((message, index) => message.role !== 'system' && index !== lastUser),
  };
}

/** `model: "prompt:<id>[@version]"` runs a managed prompt: the last user turn is `message`, earlier turns the conversation. */
async function answerWithPrompt(deps: GatewayDeps, body: ChatCompletionRequest, messages: ChatMessage[], deadlineMs: number | undefined, signal: AbortSignalLike): Promise<ChatAnswer> {
  const result = await deps.runtime.execute({ ...promptCall(body, messages), parameters: parametersOf(body), deadlineMs, signal });
  return {
    text: result.output,
    model: result.model,
    finishReason: 'stop',
    usage: result.usage,
    extra: { provider: result.provider, attempts: result.attempts, fallback: result.fallback, notice: result.notice, prompt: result.prompt, version: result.version, guard: result.guard },
  };
}

async function answerWithModel(deps: GatewayDeps, body: ChatCompletionRequest, messages: ChatMessage[], deadlineMs: number | undefined, signal: AbortSignalLike): Promise<ChatAnswer> {
  const chain = await deps.runtime.complete({ model: body.model, messages, callOptions: callOptionsOf(body), deadlineMs, signal });
  return {
    text: chain.result.text,
    model: chain.result.response.modelId || chain.routed.modelId,
    finishReason: chain.result.finishReason,
    usage: chain.usage,
    extra: { provider: chain.routed.provider, attempts: chain.attempts, fallback: false, notice: chain.routed.notice, guard: chain.guard },
  };
}

/** `POST /v1/chat/completions` in OpenAI's request and response shape. */
export function chatCompletionsRoute(deps: GatewayDeps): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>();
  app.post('/v1/chat/completions', async (c) => {
    await preloadJsonBody(c, deps.config.server.bodyLimitBytes);
    const body = await readJson(c, chatCompletionRequest);
    const messages = toChatMessages(body.messages);
    if ('error' in messages) throw new BadRequestBody(openAIError(400, messages.error, 'invalid_request_error', 'unsupported_message', messages.param));
    const deadlineMs = requestDeadline(c, deps.config.retry.deadlineMs);
    const signal = clientSignal(c);
    if (body.stream) {
      const includeUsage = body.stream_options?.include_usage === true;
      if (body.model.startsWith(PROMPT_PREFIX)) {
        const { prompt, variables, conversation } = promptCall(body, messages);
        const opened = await deps.runtime.executeStream({ prompt, variables, conversation, parameters: parametersOf(body), deadlineMs, signal });
        return relayChatStream(c, opened, { includeUsage, notice: opened.routed.notice });
      }
      const opened = await deps.runtime.stream({ model: body.model, messages, callOptions: callOptionsOf(body), deadlineMs, signal });
      return relayChatStream(c, opened, { includeUsage, notice: opened.routed.notice });
    }
    const answer = body.model.startsWith(PROMPT_PREFIX)
      ? await answerWithPrompt(deps, body, messages, deadlineMs, signal)
      : await answerWithModel(deps, body, messages, deadlineMs, signal);
    if (answer.extra.notice) setResponseHeader(c, 'x-promptops-notice', answer.extra.notice);
    return sendJson(c, {
      id: `chatcmpl-${randomUUID().replaceAll('-', '')}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: answer.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: answer.text, refusal: null },
          logprobs: null,
          finish_reason: FINISH_REASONS[answer.finishReason] ?? 'stop',
        },
      ],
      usage: { prompt_tokens: answer.usage.inputTokens, completion_tokens: answer.usage.outputTokens, total_tokens: answer.usage.totalTokens },
      system_fingerprint: answer.model === 'demo' ? 'promptops-demo' : null,
      promptops: answer.extra,
    });
  });
  return app;
}
