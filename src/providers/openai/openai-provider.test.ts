import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type FakeUpstream, startFakeUpstream } from '../../../test/support/fake-upstream/index.js';
import type { ProviderConfig } from '../../config/types.js';
import type { AbortSignalLike, LanguageModelCallOptions, LanguageModelStreamPart, Provider } from '../spec/index.js';
import { createOpenAIProvider } from './index.js';

const KEY = 'sk-test-123';
let upstream: FakeUpstream;
let provider: Provider;

function config(overrides: Partial<ProviderConfig> = {}): ProviderConfig {
  return { type: 'openai', baseUrl: `${upstream.url}/v1`, apiKey: KEY, models: [], headers: {}, connections: 4, ...overrides };
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
  provider = createOpenAIProvider('openai', config(), { headersTimeoutMs: 2000, idleTimeoutMs: 2000 });
});
after(async () => {
  await provider.close?.();
  await upstream.close();
});
beforeEach(() => upstream.reset());

describe('OpenAI adapter against the fake upstream', () => {
  test('doGenerate sends a chat-completions request and reads text, usage and ids', async () => {
    const model = provider.languageModel('gpt-4o-mini');
    const result = await model.doGenerate(ask('Where is my order 1234?', { maxTokens: 100, temperature: 0.2 }));
    assert.equal(result.text, 'Echo: Where is my order 1234?');
    assert.equal(result.finishReason, 'stop');
    assert.deepEqual(result.response, { id: 'chatcmpl-fake1', modelId: 'gpt-4o-mini' });
    assert.ok(result.usage.inputTokens > 10 && result.usage.outputTokens === 8, JSON.stringify(result.usage));
    assert.equal(result.usage.totalTokens, result.usage.inputTokens + result.usage.outputTokens);

    const [sent] = upstream.requests;
    assert.equal(sent?.path, '/v1/chat/completions');
    assert.equal(sent?.headers.authorization, `Bearer ${KEY}`);
    assert.deepEqual(sent?.body, {
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: 'Where is my order 1234?' },
      ],
      max_tokens: 100,
      temperature: 0.2,
    });
  });

  test('max tokens cut the answer: finish reason "length"', async () => {
    const result = await provider.languageModel('gpt-4o-mini').doGenerate(ask('one two three four five', { maxTokens: 3 }));
    assert.equal(result.text, 'Echo: one');
    assert.equal(result.finishReason, 'length');
  });

  test('doStream yields metadata, the deltas in order and one finish with the reported usage', async () => {
    const { stream } = await provider.languageModel('gpt-4o-mini').doStream(ask('Hello there'));
    const parts = await collect(stream);
    assert.deepEqual(parts[0], { type: 'response-metadata', id: 'chatcmpl-fake1', modelId: 'gpt-4o-mini' });
    const text = parts.map((part) => (part.type === 'text-delta' ? part.delta : '')).join('');
    assert.equal(text, 'Echo: Hello there');
    const finish = parts.at(-1);
    assert.ok(finish?.type === 'finish');
    assert.equal(finish.finishReason, 'stop');
    assert.equal(finish.usage.outputTokens, 4);
    const body = upstream.requests[0]?.body as Record<string, unknown>;
    assert.equal(body.stream, true);
    assert.deepEqual(body.stream_options, { include_usage: true });
    assert.equal(upstream.requests[0]?.headers.accept, 'text/event-stream');
  });

  test('calls reuse pooled keep-alive connections, streams included', async () => {
    const single = createOpenAIProvider('openai', config({ connections: 1 }));
    const model = single.languageModel('gpt-4o-mini');
    for (let i = 0; i < 5; i++) await model.doGenerate(ask(`call ${i}`));
    const { stream } = await model.doStream(ask('and a stream'));
    await collect(stream);
    await model.doGenerate(ask('after the stream'));
    const ports = new Set(upstream.requests.map((request) => request.remotePort));
    assert.equal(ports.size, 1, `ports used: ${[...ports].join(', ')}`);
    await single.close?.();
  });

  describe('HTTP errors map to typed errors (non-streaming)', () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['429;retry-after=2', { name: 'RateLimitError', statusCode: 429, isRetryable: true, retryAfterMs: 2000 }],
      ['429;retry-after-ms=150', { name: 'RateLimitError', retryAfterMs: 150 }],
      ['500', { name: 'ServerError', statusCode: 500, isRetryable: true }],
      ['502', { name: 'ServerError', statusCode: 502 }],
      ['503;retry-after=1', { name: 'OverloadedError', statusCode: 503, isRetryable: true, retryAfterMs: 1000 }],
      ['529', { name: 'OverloadedError', statusCode: 529 }],
      ['401', { name: 'AuthError', statusCode: 401, isRetryable: false }],
      ['403', { name: 'AuthError', statusCode: 403 }],
      ['context-length', { name: 'ContextLengthError', statusCode: 400, isRetryable: false }],
      ['content-filter', { name: 'ContentFilterError', isRetryable: false }],
      ['malformed-json', { name: 'InvalidResponseError', statusCode: 200, isRetryable: true }],
      ['truncated', { name: 'InvalidResponseError' }],
      ['reset', { name: 'ConnectionError', isRetryable: true }],
      ['reset-mid-stream', { name: 'ConnectionError' }],
    ];
    for (const [fault, expected] of cases) {
      test(fault, async () => {
        await assert.rejects(provider.languageModel('gpt-4o-mini').doGenerate(withFault(fault)), expected);
      });
    }
  });

  test('Retry-After as an HTTP date becomes a wait in ms', async () => {
    const date = new Date(Date.now() + 5000).toUTCString();
    const error = await provider.languageModel('gpt-4o-mini').doGenerate(withFault(`429;retry-after=${date}`)).catch((e: unknown) => e);
    const wait = (error as { retryAfterMs?: number }).retryAfterMs ?? -1;
    assert.ok(wait > 0 && wait <= 5000, `retryAfterMs ${wait}`);
  });

  test('a bad request and a wrong key are not retryable', async () => {
    await assert.rejects(provider.languageModel('gpt-4o-mini').doGenerate({ messages: [] }), { name: 'BadRequestError', statusCode: 400, isRetryable: false });
    const wrongKey = createOpenAIProvider('openai', config({ apiKey: 'sk-wrong' }));
    await assert.rejects(wrongKey.languageModel('gpt-4o-mini').doGenerate(ask('hi')), (error: Error) => {
      assert.equal(error.name, 'AuthError');
      assert.ok(!error.message.includes('sk-wrong'), 'the key never appears in messages');
      return true;
    });
    await wrongKey.close?.();
  });

  test('a delayed answer still arrives', async () => {
    const result = await provider.languageModel('gpt-4o-mini').doGenerate(withFault('delay;ms=20'));
    assert.equal(result.text, 'Echo: Where is my order?');
  });

  describe('stream faults', () => {
    const cases: Array<[string, string]> = [
      ['truncated', 'InvalidResponseError'],
      ['malformed-json', 'InvalidResponseError'],
      ['reset-mid-stream', 'ConnectionError'],
      ['error-mid-stream', 'ServerError'],
      ['content-filter', 'ContentFilterError'],
    ];
    for (const [fault, name] of cases) {
      test(`${fault} surfaces from the iterator as ${name}`, async () => {
        const { stream } = await provider.languageModel('gpt-4o-mini').doStream(withFault(fault));
        await assert.rejects(collect(stream), { name });
      });
    }

    test('an HTTP error rejects doStream itself, before any part', async () => {
      await assert.rejects(provider.languageModel('gpt-4o-mini').doStream(withFault('429;retry-after=3')), { name: 'RateLimitError', retryAfterMs: 3000 });
      await assert.rejects(provider.languageModel('gpt-4o-mini').doStream(withFault('context-length')), { name: 'ContextLengthError' });
    });
  });

  describe('stalls and cancellation', () => {
    test('a stall before headers and a stall mid-stream end in TimeoutError with timeouts set', async () => {
      const impatient = createOpenAIProvider('openai', config(), { headersTimeoutMs: 100, idleTimeoutMs: 100 });
      const model = impatient.languageModel('gpt-4o-mini');
      await assert.rejects(model.doGenerate(withFault('stall')), { name: 'TimeoutError', isRetryable: true });
      await assert.rejects(model.doGenerate(withFault('stall-mid-stream')), { name: 'TimeoutError' });
      const { stream } = await model.doStream(withFault('stall-mid-stream'));
      await assert.rejects(collect(stream), { name: 'TimeoutError' });
      await impatient.close?.();
    });

    test('aborting while the upstream stalls rejects with the abort reason', async () => {
      const controller = new AbortController();
      const pending = provider.languageModel('gpt-4o-mini').doGenerate(withFault('stall', { abortSignal: controller.signal }));
      setImmediate(() => controller.abort());
      await assert.rejects(pending, { name: 'AbortError' });
    });

    test('aborting mid-stream ends the iterator with the abort reason and closes the upstream request', async () => {
      const controller = new AbortController();
      const { stream } = await provider.languageModel('gpt-4o-mini').doStream(withFault('stall-mid-stream', { abortSignal: controller.signal }));
      const seen: string[] = [];
      const reason = new Error('user went away');
      await assert.rejects(
        (async () => {
          for await (const part of stream) {
            if (part.type === 'text-delta') {
              seen.push(part.delta);
              controller.abort(reason);
            }
          }
        })(),
        (error) => error === reason,
      );
      assert.deepEqual(seen, ['Echo']);
      await upstream.waitForIdle();
    });

    test('any AbortSignalLike cancels, not only an AbortSignal: a bare object ends a stalled call and a stalled stream', async () => {
      const bareSignal = (): AbortSignalLike & { abort(reason: Error): void } => {
        const listeners = new Set<() => void>();
        const signal = {
          aborted: false,
          reason: undefined as unknown,
          addEventListener: (_type: 'abort', listener: () => void) => void listeners.add(listener),
          removeEventListener: (_type: 'abort', listener: () => void) => void listeners.delete(listener),
          abort(reason: Error) {
            Object.assign(signal, { aborted: true, reason });
            for (const listener of listeners) listener();
          },
        };
        return signal;
      };
      const whole = bareSignal();
      const pending = provider.languageModel('gpt-4o-mini').doGenerate(withFault('stall', { abortSignal: whole }));
      setImmediate(() => whole.abort(new Error('deadline')));
      await assert.rejects(pending, { message: 'deadline' });

      const streamed = bareSignal();
      const { stream } = await provider.languageModel('gpt-4o-mini').doStream(withFault('stall-mid-stream', { abortSignal: streamed }));
      setImmediate(() => streamed.abort(new Error('client gone')));
      await assert.rejects(collect(stream), { message: 'client gone' });
      await upstream.waitForIdle();
    });

    test('close() does not wait forever for a stalled request: it cuts it after the grace period', async () => {
      const closing = createOpenAIProvider('openai', config(), { closeGraceMs: 50 });
      const pending = closing.languageModel('gpt-4o-mini').doGenerate(withFault('stall'));
      while (upstream.inFlight === 0) await new Promise((resolve) => setImmediate(resolve));
      await closing.close?.();
      await assert.rejects(pending, { name: 'ConnectionError' });
      await upstream.waitForIdle();
    });

    test('an already aborted signal sends nothing', async () => {
      await assert.rejects(provider.languageModel('gpt-4o-mini').doGenerate(ask('hi', { abortSignal: AbortSignal.abort() })), { name: 'AbortError' });
      assert.equal(upstream.requests.length, 0);
    });
  });

  test('a refused connection is a retryable ConnectionError', async () => {
    const closed = await startFakeUpstream();
    await closed.close();
    const nowhere = createOpenAIProvider('openai', config({ baseUrl: `${closed.url}/v1` }));
    await assert.rejects(nowhere.languageModel('gpt-4o-mini').doGenerate(ask('hi')), { name: 'ConnectionError', isRetryable: true, message: /ECONNREFUSED/ });
    await nowhere.close?.();
  });

  test('rejects a base URL that is not http(s) when the provider is created', () => {
    assert.throws(() => createOpenAIProvider('x', config({ baseUrl: 'ftp://example.com/v1' })), /must be http\(s\)/);
  });
});
