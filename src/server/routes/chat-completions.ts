import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { ChatMessage } from '../../providers/index.js';
import type { ExecuteResult } from '../../runtime/index.js';
import { observeExecution } from '../../observability/index.js';
import type { GatewayDeps, GatewayEnv } from '../deps.js';
import { openAIError } from '../openai-error.js';
import { BadRequestBody, readJson, requestDeadline } from '../request-body.js';
import { chatCompletionRequest, toChatMessages, type ChatCompletionRequest } from './chat-schema.js';

const PROMPT_PREFIX = 'prompt:';

export interface ChatAnswer {
  text: string;
  model: string;
  finishReason: string;
  usage: { inputTokens: number; outputTokens: number; totalTokens: number };
  extra: { provider: string; attempts: ExecuteResult['attempts']; fallback: boolean; notice?: string; prompt?: string; version?: string };
}

/** `model: "prompt:<id>[@version]"` runs a managed prompt: the last user turn is `message`, earlier turns the conversation. */
async function answerWithPrompt(deps: GatewayDeps, body: ChatCompletionRequest, messages: ChatMessage[], deadlineMs: number | undefined, signal: AbortSignal): Promise<ChatAnswer> {
  const lastUser = messages.findLastIndex((message) => message.role === 'user');
  const conversation = messages.filter((message, index) => message.role !== 'system' && index !== lastUser);
  const result = await deps.runtime.execute({
    prompt: body.model.slice(PROMPT_PREFIX.length),
    variables: { ...body.variables, ...(lastUser >= 0 ? { message: messages[lastUser].content } : {}) },
    conversation,
    parameters: {
      temperature: body.temperature ?? undefined,
      maxTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
      topP: body.top_p ?? undefined,
      seed: body.seed ?? undefined,
    },
    deadlineMs,
    signal,
  });
  return {
    text: result.output,
    model: result.model,
    finishReason: 'stop',
    usage: result.usage,
    extra: { provider: result.provider, attempts: result.attempts, fallback: result.fallback, notice: result.notice, prompt: result.prompt, version: result.version },
  };
}

async function answerWithModel(deps: GatewayDeps, body: ChatCompletionRequest, messages: ChatMessage[], deadlineMs: number | undefined, signal: AbortSignal): Promise<ChatAnswer> {
  const started = performance.now();
  const labels = { prompt: '', version: '' };
  try {
    const chain = await deps.runtime.complete({
      model: body.model,
      messages,
      callOptions: {
        temperature: body.temperature ?? undefined,
        maxTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
        topP: body.top_p ?? undefined,
        stop: typeof body.stop === 'string' ? [body.stop] : (body.stop ?? undefined),
        seed: body.seed ?? undefined,
        responseFormat: body.response_format && body.response_format.type !== 'text' ? { type: 'json' } : undefined,
      },
      deadlineMs,
      signal,
    });
    const model = chain.result.response.modelId || chain.routed.modelId;
    observeExecution(deps.metrics, { ...labels, model, status: 'ok', latencyMs: performance.now() - started, usage: chain.usage });
    return {
      text: chain.result.text,
      model,
      finishReason: chain.result.finishReason,
      usage: chain.usage,
      extra: { provider: chain.routed.provider, attempts: chain.attempts, fallback: false, notice: chain.routed.notice },
    };
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unknown';
    observeExecution(deps.metrics, { ...labels, model: body.model, status: 'error', latencyMs: performance.now() - started, usage: { inputTokens: 0, outputTokens: 0 }, errorKind: code });
    throw error;
  }
}

const FINISH: Record<string, string> = { stop: 'stop', length: 'length', 'content-filter': 'content_filter', 'tool-calls': 'tool_calls' };

/** `POST /v1/chat/completions` in OpenAI's request and response shape. */
export function chatCompletionsRoute(deps: GatewayDeps): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>();
  app.post('/v1/chat/completions', async (c) => {
    const body = await readJson(c, chatCompletionRequest);
    const messages = toChatMessages(body.messages);
    if ('error' in messages) throw new BadRequestBody(openAIError(400, messages.error, 'invalid_request_error', 'unsupported_message', messages.param));
    if (body.stream) throw new BadRequestBody(openAIError(400, 'streaming is not enabled on this gateway build', 'invalid_request_error', 'stream_unsupported', 'stream'));
    const deadlineMs = requestDeadline(c, deps.config.retry.deadlineMs);
    const signal = c.req.raw.signal;
    const answer = body.model.startsWith(PROMPT_PREFIX)
      ? await answerWithPrompt(deps, body, messages, deadlineMs, signal)
      : await answerWithModel(deps, body, messages, deadlineMs, signal);
    if (answer.extra.notice) c.header('x-promptops-notice', answer.extra.notice);
    return c.json({
      id: `chatcmpl-${randomUUID().replaceAll('-', '')}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: answer.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: answer.text, refusal: null },
          logprobs: null,
          finish_reason: FINISH[answer.finishReason] ?? 'stop',
        },
      ],
      usage: { prompt_tokens: answer.usage.inputTokens, completion_tokens: answer.usage.outputTokens, total_tokens: answer.usage.totalTokens },
      system_fingerprint: answer.model === 'demo' ? 'promptops-demo' : null,
      promptops: answer.extra,
    });
  });
  return app;
}
