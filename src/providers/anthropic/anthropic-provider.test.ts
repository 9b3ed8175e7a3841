import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type FakeUpstream, startFakeUpstream } from '../../../test/support/fake-upstream/index.js';
import type { ProviderConfig } from '../../config/types.js';
import type { LanguageModelCallOptions, LanguageModelStreamPart, Provider } from '../spec/index.js';
import { createAnthropicProvider } from './index.js';

const KEY = 'sk-ant-test';
let upstream: FakeUpstream;
let provider: Provider;

function config(overrides: Partial<ProviderConfig> = {}): ProviderConfig {
  return { type: 'anthropic', baseUrl: upstream.url, apiKey: KEY, models: [], headers: {}, connections: 4, ...overrides };
}

const ask = (content: string, extra: Partial<LanguageModelCallOptions> = {}): LanguageModelCallOptions => ({
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content },
  ],
  ...extra,
});
const withFault = (fault: string, extra: Partial<LanguageModelCallOptions> = {}) => ask('Where is my order?', { headers: { 'x-fake-fault': fault }, ...extra });

async function collect(stream: AsyncIterable<LanguageModelStreamPart>): Promise<LanguageModelStreamPart[]> {
  const parts: LanguageModelStreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

before(async () => {
  upstream = await startFakeUpstream({ apiKey: KEY });
  provider = createAnthropicProvider('anthropic', config(), { headersTimeoutMs: 2000, idleTimeoutMs: 2000 });
});
after(async () => {
  await provider.close?.();
  await upstream.close();
});
beforeEach(() => upstream.reset());

describe('Anthropic adapter against the fake upstream', () => {
  test('doGenerate sends a Messages request (headers, top-level system, default max_tokens) and reads the blocks', async () => {
    const result = await provider.languageModel('claude-haiku-4-5').doGenerate(ask('Where is my order 1234?', { stop: ['END'] }));
    assert.equal(result.text, 'Echo: Where is my order 1234?');
    assert.equal(result.finishReason, 'stop');
    assert.deepEqual(result.response, { id: 'msg_fake1', modelId: 'claude-haiku-4-5' });
    assert.equal(result.usage.outputTokens, 8);
    assert.equal(result.usage.totalTokens, result.usage.inputTokens + 8);

    const [sent] = upstream.requests;
    assert.equal(sent?.path, '/v1/messages');
    assert.equal(sent?.headers['x-api-key'], KEY);
    assert.equal(sent?.headers['anthropic-version'], '2023-06-01');
    assert.equal(sent?.headers.authorization, undefined);
    assert.deepEqual(sent?.body, {
      model: 'claude-haiku-4-5',
      max_tokens: 4096,
      system: 'You are terse.',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Where is my order 1234?' }] }],
      stop_sequences: ['END'],
    });
  });

  test('a base URL ending in /v1 works too, and max_tokens maps stop_reason max_tokens to "length"', async () => {
    const v1 = createAnthropicProvider('anthropic', config({ baseUrl: `${upstream.url}/v1` }), { defaultMaxTokens: 3 });
    const result = await v1.languageModel('claude-haiku-4-5').doGenerate(ask('one two three four'));
    assert.equal(result.text, 'Echo: one');
    assert.equal(result.finishReason, 'length');
    assert.equal(upstream.requests[0]?.path, '/v1/messages');
    await v1.close?.();
  });

  test('doStream reads message_start, text deltas, message_delta usage and message_stop (pings skipped)', async () => {
    const { stream } = await provider.languageModel('claude-haiku-4-5').doStream(ask('Hello there'));
    const parts = await collect(stream);
    assert.deepEqual(parts[0], { type: 'response-metadata', id: 'msg_fake1', modelId: 'claude-haiku-4-5' });
    assert.equal(parts.map((part) => (part.type === 'text-delta' ? part.delta : '')).join(''), 'Echo: Hello there');
    const finish = parts.at(-1);
    assert.ok(finish?.type === 'finish');
    assert.equal(finish.finishReason, 'stop');
    assert.equal(finish.usage.outputTokens, 4);
    assert.ok(finish.usage.inputTokens > 0);
    assert.equal((upstream.requests[0]?.body as Record<string, unknown>).stream, true);
  });

  describe('HTTP errors in the Messages error shape map to typed errors', () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['429;retry-after=2', { name: 'RateLimitError', statusCode: 429, retryAfterMs: 2000 }],
      ['500', { name: 'ServerError', statusCode: 500 }],
      ['503', { name: 'OverloadedError', statusCode: 503 }],
      ['529', { name: 'OverloadedError', statusCode: 529, isRetryable: true }],
      ['401', { name: 'AuthError', statusCode: 401 }],
      ['context-length', { name: 'ContextLengthError', statusCode: 400, isRetryable: false }],
      ['content-filter', { name: 'ContentFilterError' }],
      ['malformed-json', { name: 'InvalidResponseError' }],
      ['truncated', { name: 'InvalidResponseError' }],
      ['reset', { name: 'ConnectionError' }],
      ['reset-mid-stream', { name: 'ConnectionError' }],
    ];
    for (const [fault, expected] of cases) {
      test(fault, async () => {
        await assert.rejects(provider.languageModel('claude-haiku-4-5').doGenerate(withFault(fault)), expected);
      });
    }
  });

  test('529 overloaded_error carries the vendor type in its message', async () => {
    await assert.rejects(provider.languageModel('claude-haiku-4-5').doGenerate(withFault('529')), {
      message: /HTTP 529: overloaded_error: Overloaded/,
    });
  });

  describe('stream faults', () => {
    const cases: Array<[string, string]> = [
      ['truncated', 'InvalidResponseError'],
      ['malformed-json', 'InvalidResponseError'],
      ['reset-mid-stream', 'ConnectionError'],
      ['error-mid-stream', 'OverloadedError'],
      ['content-filter', 'ContentFilterError'],
    ];
    for (const [fault, name] of cases) {
      test(`${fault} surfaces from the iterator as ${name}`, async () => {
        const { stream } = await provider.languageModel('claude-haiku-4-5').doStream(withFault(fault));
        await assert.rejects(collect(stream), { name });
      });
    }

    test('a 529 rejects doStream before any part', async () => {
      await assert.rejects(provider.languageModel('claude-haiku-4-5').doStream(withFault('529')), { name: 'OverloadedError' });
    });
  });

  test('stalls end in TimeoutError when timeouts are set', async () => {
    const impatient = createAnthropicProvider('anthropic', config(), { headersTimeoutMs: 100, idleTimeoutMs: 100 });
    const model = impatient.languageModel('claude-haiku-4-5');
    await assert.rejects(model.doGenerate(withFault('stall')), { name: 'TimeoutError' });
    const { stream } = await model.doStream(withFault('stall-mid-stream'));
    await assert.rejects(collect(stream), { name: 'TimeoutError' });
    await impatient.close?.();
  });

  test('aborting mid-stream stops the parts and closes the upstream request', async () => {
    const controller = new AbortController();
    const { stream } = await provider.languageModel('claude-haiku-4-5').doStream(withFault('stall-mid-stream;after=5', { abortSignal: controller.signal }));
    const deltas: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const part of stream) {
          if (part.type !== 'text-delta') continue;
          deltas.push(part.delta);
          controller.abort();
        }
      })(),
      { name: 'AbortError' },
    );
    assert.deepEqual(deltas, ['Echo']);
    await upstream.waitForIdle();
  });
});
