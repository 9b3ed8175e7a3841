import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SseEvent } from '../http/index.js';
import type { LanguageModelStreamPart } from '../spec/index.js';
import { openAIStreamParts, readOpenAIErrorDetails, toOpenAIRequest } from './index.js';

const ctx = { provider: 'local', modelId: 'llama3' };

test('builds a chat-completions body; streaming asks for usage; vendor options pass through', () => {
  const body = toOpenAIRequest(
    'llama3',
    {
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi', name: 'ada' },
      ],
      maxTokens: 50,
      temperature: 0,
      stop: ['\n\n'],
      responseFormat: { type: 'json' },
      providerOptions: { openai: { max_completion_tokens: 60 } },
    },
    true,
  );
  assert.deepEqual(body, {
    model: 'llama3',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi', name: 'ada' },
    ],
    max_tokens: 50,
    temperature: 0,
    stop: ['\n\n'],
    response_format: { type: 'json_object' },
    stream: true,
    stream_options: { include_usage: true },
    max_completion_tokens: 60,
  });
  assert.equal(toOpenAIRequest('m', { messages: [] }, false).stream, undefined);
});

test('reads the error shapes of OpenAI, Azure, vLLM, llama.cpp and Ollama', () => {
  const openai = readOpenAIErrorDetails({ error: { message: "This model's maximum context length is 128000 tokens.", type: 'invalid_request_error', code: 'context_length_exceeded' } });
  assert.equal(openai.contextLength, true);
  assert.equal(openai.type, 'context_length_exceeded');
  assert.equal(readOpenAIErrorDetails({ error: { code: 'content_filter', message: 'The response was filtered' } }).contentFilter, true);
  const vllm = readOpenAIErrorDetails({ object: 'error', message: "This model's maximum context length is 4096 tokens.", type: 'BadRequestError', code: 400 });
  assert.equal(vllm.contextLength, true);
  const llamaCpp = readOpenAIErrorDetails({ error: { code: 400, message: 'the request exceeds the available context size', type: 'exceed_context_size_error' } });
  assert.equal(llamaCpp.contextLength, true);
  assert.deepEqual(readOpenAIErrorDetails({ error: 'model "x" not found, try pulling it first' }).message, 'model "x" not found, try pulling it first');
  assert.equal(readOpenAIErrorDetails({ error: { message: 'You exceeded your current quota', type: 'insufficient_quota', code: 'insufficient_quota' } }).quotaExhausted, true);
  assert.deepEqual(readOpenAIErrorDetails(undefined), {});
});

async function collect(events: SseEvent[]): Promise<LanguageModelStreamPart[]> {
  async function* source() {
    yield* events;
  }
  const parts: LanguageModelStreamPart[] = [];
  for await (const part of openAIStreamParts(source(), ctx, [{ role: 'user', content: 'Hi' }])) parts.push(part);
  return parts;
}

const data = (value: unknown): SseEvent => ({ event: 'message', data: typeof value === 'string' ? value : JSON.stringify(value) });

test('a stream yields metadata, deltas, then one finish carrying the usage chunk that follows finish_reason', async () => {
  const parts = await collect([
    data({ id: 'c1', model: 'llama3-8b', choices: [{ delta: { role: 'assistant', content: '' }, finish_reason: null }] }),
    data({ id: 'c1', choices: [{ delta: { content: 'Hel' } }] }),
    data({ id: 'c1', choices: [{ delta: { content: 'lo' }, finish_reason: 'length' }] }),
    data({ id: 'c1', choices: [], usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } }),
    data('[DONE]'),
  ]);
  assert.deepEqual(parts, [
    { type: 'response-metadata', id: 'c1', modelId: 'llama3-8b' },
    { type: 'text-delta', delta: 'Hel' },
    { type: 'text-delta', delta: 'lo' },
    { type: 'finish', finishReason: 'length', usage: { inputTokens: 5, outputTokens: 2, totalTokens: 7 } },
  ]);
});

test('a server that never sends usage or [DONE] still finishes once finish_reason came, with estimated usage', async () => {
  const parts = await collect([data({ choices: [{ delta: { content: 'Hello there' }, finish_reason: 'stop' }] })]);
  const finish = parts.at(-1);
  assert.equal(finish?.type, 'finish');
  assert.ok(finish?.type === 'finish' && finish.usage.outputTokens > 0 && finish.usage.inputTokens > 0);
});

test('a stream cut before finish_reason and [DONE] is an InvalidResponseError', async () => {
  await assert.rejects(collect([data({ choices: [{ delta: { content: 'Hel' } }] })]), { name: 'InvalidResponseError', kind: 'invalid_response' });
});

test('an error object or error event mid-stream becomes the matching ProviderError', async () => {
  await assert.rejects(collect([data({ choices: [{ delta: { content: 'a' } }] }), data({ error: { message: 'boom', type: 'server_error' } })]), {
    name: 'ServerError',
  });
  await assert.rejects(collect([{ event: 'error', data: JSON.stringify({ error: { message: 'slow down', type: 'rate_limit_exceeded' } }) }]), {
    name: 'RateLimitError',
  });
  await assert.rejects(collect([data({ error: { message: "This model's maximum context length is 4096 tokens.", type: 'BadRequestError', code: 400 } })]), {
    name: 'ContextLengthError',
  });
  await assert.rejects(collect([data('{"choices": [')]), { name: 'InvalidResponseError' });
});
