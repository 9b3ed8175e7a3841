import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import OpenAI from 'openai';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/observability/index.js';
import { createGateway, listen, type RunningServer } from '../../src/server/index.js';
import { startFakeUpstream, type FakeUpstream } from '../support/fake-upstream/index.js';

let upstream: FakeUpstream;
let server: RunningServer;
let client: OpenAI;

before(async () => {
  upstream = await startFakeUpstream();
  const config = loadConfig({ cwd: process.cwd(), env: { OPENAI_BASE_URL: `${upstream.url}/v1`, OPENAI_API_KEY: 'sk-upstream' } });
  config.retry = { ...config.retry, baseDelayMs: 1 };
  const gateway = await createGateway({ config, store: false, logger: createLogger({ level: 'silent' }) });
  server = await listen(gateway, { port: 0, host: '127.0.0.1' });
  client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'sk-client', maxRetries: 0 });
});
after(async () => {
  await server.close();
  await upstream.close();
});

describe('the official openai SDK as a client of the gateway', () => {
  test('chat.completions.create routes gpt-4o-mini to OPENAI_BASE_URL', async () => {
    const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Where is my order?' }] });
    assert.equal(completion.object, 'chat.completion');
    assert.equal(completion.choices[0].message.content, 'Echo: Where is my order?');
    assert.equal(completion.model, 'gpt-4o-mini');
    assert.ok(completion.usage!.total_tokens > 0);
    const forwarded = upstream.requests.at(-1)!;
    assert.equal(forwarded.headers.authorization, 'Bearer sk-upstream', 'the upstream key, not the client\'s');
  });

  test('streams with stream: true, usage included', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'stream this please' }],
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | undefined | null;
    let finish: string | null = null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      usage = chunk.usage ?? usage;
    }
    assert.equal(text, 'Echo: stream this please');
    assert.equal(finish, 'stop');
    assert.ok(usage && usage.completion_tokens > 0);
  });

  test('runs managed prompts as model "prompt:<id>"', async () => {
    const completion = await client.chat.completions.create({
      model: 'prompt:customer-service@1.1.0',
      messages: [{ role: 'user', content: 'I want a refund' }],
    });
    const sent = upstream.requests.at(-2)!.body as { messages: Array<{ role: string; content: string }> };
    assert.equal(sent.messages[0].role, 'system', 'the version\'s system prompt went upstream');
    assert.equal(sent.messages.at(-1)!.content, 'I want a refund');
    // The echo lacks the version's required keyword, so the executor re-asked once with the reason.
    const { attempts } = (completion as unknown as { promptops: { attempts: Array<{ status: string }> } }).promptops;
    assert.deepEqual(attempts.map((attempt) => attempt.status), ['invalid', 'ok']);
    assert.match(completion.choices[0].message.content!, /Acme Outfitters/);
  });

  test('retries an upstream 429 for the client', async () => {
    upstream.enqueue('429;retry-after-ms=5');
    const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'again' }] });
    assert.equal(completion.choices[0].message.content, 'Echo: again');
  });

  test('raises the SDK\'s own error classes with OpenAI\'s error body', async () => {
    await assert.rejects(
      client.chat.completions.create({ model: 'prompt:no-such-prompt', messages: [{ role: 'user', content: 'x' }] }),
      (error) => error instanceof OpenAI.NotFoundError && error.status === 404 && (error.error as { code?: string }).code === 'prompt_not_found',
    );
    await assert.rejects(
      client.chat.completions.create({ model: 'gpt-4o-mini', messages: [] }),
      (error) => error instanceof OpenAI.BadRequestError && error.status === 400 && error.param === 'messages',
    );
    upstream.enqueue('401', 1);
    await assert.rejects(
      client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] }),
      (error) => error instanceof OpenAI.APIError && error.status === 502,
    );
  });

  test('echoes x-request-id', async () => {
    const { response } = await client.chat.completions
      .create({ model: 'demo', messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'x-request-id': 'trace-42' } })
      .withResponse();
    assert.equal(response.headers.get('x-request-id'), 'trace-42');
  });

  test('aborting mid-stream cancels the upstream call', async () => {
    upstream.enqueue('stall-mid-stream;after=3');
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'a long answer that stalls' }] },
      { signal: controller.signal },
    );
    const seen: string[] = [];
    try {
      for await (const chunk of stream) {
        seen.push(chunk.choices[0]?.delta?.content ?? '');
        if (seen.length === 2) controller.abort();
      }
    } catch (error) {
      assert.ok(error instanceof OpenAI.APIUserAbortError || (error as Error).name === 'AbortError', String(error));
    }
    assert.ok(seen.length >= 2 && seen.length <= 4, 'stopped at the abort, not at the end');
    await upstream.waitForIdle(3_000);
    const health = await fetch(`${server.url}/health`);
    assert.equal(health.status, 200);
  });
});
