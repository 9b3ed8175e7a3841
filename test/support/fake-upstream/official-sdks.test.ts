// The official SDKs as clients of the fake: if they accept its answers, streams and errors, the fake
// speaks the real wire protocols, and tests built on it mean something.
import Anthropic from '@anthropic-ai/sdk';
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import OpenAI from 'openai';
import { type FakeUpstream, startFakeUpstream } from './index.js';

let upstream: FakeUpstream;
let openai: OpenAI;
let anthropic: Anthropic;

before(async () => {
  upstream = await startFakeUpstream({ apiKey: 'sdk-key' });
  openai = new OpenAI({ baseURL: `${upstream.url}/v1`, apiKey: 'sdk-key', maxRetries: 0 });
  anthropic = new Anthropic({ baseURL: upstream.url, apiKey: 'sdk-key', maxRetries: 0 });
});
after(() => upstream.close());
beforeEach(() => upstream.reset());

describe('openai SDK against the fake upstream', () => {
  test('chat.completions.create, non-streaming', async () => {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Where is my order 1234?' },
      ],
    });
    assert.equal(completion.choices[0]?.message.content, 'Echo: Where is my order 1234?');
    assert.equal(completion.choices[0]?.finish_reason, 'stop');
    assert.equal(completion.usage?.completion_tokens, 8);
    assert.equal(completion._request_id, 'req_fake_1');
  });

  test('chat.completions.create, streaming with include_usage', async () => {
    const stream = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello there' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    assert.equal(text, 'Echo: Hello there');
    assert.equal(usage?.completion_tokens, 4);
  });

  test('errors arrive as the SDK classes with status, code and headers', async () => {
    const limited = await openai.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] }, { headers: { 'x-fake-fault': '429;retry-after=7' } })
      .catch((error: unknown) => error);
    assert.ok(limited instanceof OpenAI.RateLimitError);
    assert.equal(limited.code, 'rate_limit_exceeded');
    assert.equal(limited.headers?.get('retry-after'), '7');
    const tooLong = await openai.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] }, { headers: { 'x-fake-fault': 'context-length' } })
      .catch((error: unknown) => error);
    assert.ok(tooLong instanceof OpenAI.BadRequestError);
    assert.equal(tooLong.code, 'context_length_exceeded');
    const wrongKey = new OpenAI({ baseURL: `${upstream.url}/v1`, apiKey: 'nope', maxRetries: 0 });
    await assert.rejects(wrongKey.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] }), OpenAI.AuthenticationError);
  });

  test('the SDK retries a 429 after retry-after-ms, then succeeds', async () => {
    upstream.enqueue('429;retry-after-ms=10');
    const patient = new OpenAI({ baseURL: `${upstream.url}/v1`, apiKey: 'sdk-key', maxRetries: 1 });
    const completion = await patient.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'again' }] });
    assert.equal(completion.choices[0]?.message.content, 'Echo: again');
    assert.deepEqual(upstream.requests.map((request) => request.fault), ['429', 'ok']);
  });

  test('an error object mid-stream makes the SDK iterator throw', async () => {
    const stream = await openai.chat.completions.create(
      { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x y z' }], stream: true },
      { headers: { 'x-fake-fault': 'error-mid-stream' } },
    );
    await assert.rejects(
      (async () => {
        for await (const chunk of stream) void chunk;
      })(),
      OpenAI.APIError,
    );
  });

  test('models.list', async () => {
    const models = await openai.models.list();
    assert.ok(models.data.some((model) => model.id === 'gpt-4o-mini'));
  });
});

describe('@anthropic-ai/sdk against the fake upstream', () => {
  test('messages.create, non-streaming, with a top-level system prompt', async () => {
    const message = await anthropic.messages.create({
      model: 'claude-haiku-4-5',
      max_tokens: 256,
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'Where is my order 1234?' }],
    });
    assert.deepEqual(message.content, [{ type: 'text', text: 'Echo: Where is my order 1234?' }]);
    assert.equal(message.stop_reason, 'end_turn');
    assert.equal(message.usage.output_tokens, 8);
    assert.equal(upstream.requests[0]?.headers['anthropic-version'], '2023-06-01');
  });

  test('messages.stream accumulates the events into the final message', async () => {
    const stream = anthropic.messages.stream({ model: 'claude-haiku-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'Hello there' }] });
    const deltas: string[] = [];
    stream.on('text', (delta) => deltas.push(delta));
    const message = await stream.finalMessage();
    assert.equal(deltas.join(''), 'Echo: Hello there');
    assert.deepEqual(message.content, [{ type: 'text', text: 'Echo: Hello there' }]);
    assert.equal(message.stop_reason, 'end_turn');
    assert.equal(message.usage.output_tokens, 4);
    assert.ok(message.usage.input_tokens > 0);
  });

  test('529 overloaded_error and a context-length 400 arrive as the SDK errors', async () => {
    const overloaded = await anthropic.messages
      .create({ model: 'claude-haiku-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }, { headers: { 'x-fake-fault': '529' } })
      .catch((error: unknown) => error);
    assert.ok(overloaded instanceof Anthropic.APIError);
    assert.equal(overloaded.status, 529);
    assert.deepEqual(overloaded.error, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
    const tooLong = await anthropic.messages
      .create({ model: 'claude-haiku-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }, { headers: { 'x-fake-fault': 'context-length' } })
      .catch((error: unknown) => error);
    assert.ok(tooLong instanceof Anthropic.BadRequestError);
    assert.match(tooLong.message, /prompt is too long/);
  });

  test('an error event mid-stream makes the SDK stream fail', async () => {
    const stream = anthropic.messages.stream(
      { model: 'claude-haiku-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'x y z' }] },
      { headers: { 'x-fake-fault': 'error-mid-stream' } },
    );
    await assert.rejects(stream.finalMessage(), (error: Error) => /overloaded_error/.test(error.message));
  });

  test('models.list', async () => {
    const page = await anthropic.models.list();
    assert.ok(page.data.some((model) => model.id === 'claude-haiku-4-5'));
  });
});
