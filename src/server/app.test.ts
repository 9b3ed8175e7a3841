import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { loadConfig } from '../config/index.js';
import { createLogger } from '../observability/index.js';
import { writePromptsDir } from '../../test/support/prompt-fixture.js';
import { openStore } from '../store/index.js';
import { createGateway } from './index.js';

const prompts = writePromptsDir([
  {
    id: 'helpdesk',
    version: '1.0.0',
    meta: {
      model: 'gpt-4o-mini',
      variables: { message: { type: 'string', max_length: 200 }, customer_name: { type: 'string', default: 'there' } },
      user_template: '{{message}}',
    },
    body: 'You are the helpdesk of Acme.',
    responseTemplates: '## Order status\nkeywords: order, tracking\n\nHi {{customer_name}}, your order is on its way.\n\n## General\n\nHi {{customer_name}}, how can I help?\n',
  },
]);
after(() => prompts.remove());

async function gateway(overrides: { apiKeys?: string[]; maxConcurrent?: number; bodyLimitBytes?: number } = {}) {
  const config = loadConfig({ cwd: prompts.dir, env: { PROMPTOPS_PROMPTS_DIR: prompts.dir } });
  config.server = { ...config.server, ...overrides };
  return createGateway({ config, store: false, logger: createLogger({ level: 'silent' }) });
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('gateway routes', () => {
  test('GET /health answers 200', async () => {
    const { app, close } = await gateway();
    const response = await app.request('/health');
    assert.equal(response.status, 200);
    assert.ok(response.headers.get('x-request-id'));
    await close();
  });

  test('POST /v1/prompts/:id/execute answers from the demo model when no provider is configured', async () => {
    const { app, close } = await gateway();
    const response = await app.request('/v1/prompts/helpdesk/execute', json({ variables: { customer_name: 'Ada', message: 'Where is my order 1234?' } }));
    assert.equal(response.status, 200);
    const body = (await response.json()) as any;
    assert.equal(body.output, 'Hi Ada, your order is on its way.');
    assert.equal(body.prompt, 'helpdesk');
    assert.equal(body.version, '1.0.0');
    assert.equal(body.model, 'demo');
    assert.equal(body.fallback, false);
    assert.match(body.notice, /demo model/);
    assert.equal(body.attempts[0].status, 'ok');
    assert.ok(body.usage.total_tokens > 0);
    await close();
  });

  test('POST /v1/chat/completions answers in OpenAI\'s shape', async () => {
    const { app, close } = await gateway();
    const response = await app.request('/v1/chat/completions', json({ model: 'demo', messages: [{ role: 'user', content: 'hello' }] }, { 'x-request-id': 'abc-123' }));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-request-id'), 'abc-123');
    const body = (await response.json()) as any;
    assert.equal(body.object, 'chat.completion');
    assert.equal(body.model, 'demo');
    assert.equal(body.choices[0].message.role, 'assistant');
    assert.match(body.choices[0].message.content, /promptops demo model/);
    assert.equal(body.choices[0].finish_reason, 'stop');
    assert.ok(body.usage.prompt_tokens > 0);
    await close();
  });

  test('model "prompt:<id>" runs a managed prompt with the chat\'s last user message', async () => {
    const { app, close } = await gateway();
    const response = await app.request('/v1/chat/completions', json({ model: 'prompt:helpdesk', messages: [{ role: 'user', content: 'tracking number please' }] }));
    const body = (await response.json()) as any;
    assert.equal(body.choices[0].message.content, 'Hi there, your order is on its way.');
    assert.equal(body.promptops.prompt, 'helpdesk');
    await close();
  });

  test('streams chat completions as server-sent events ending in [DONE]', async () => {
    const { app, close } = await gateway();
    const response = await app.request('/v1/chat/completions', json({ model: 'prompt:helpdesk', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'order?' }] }));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/event-stream/);
    const events = (await response.text()).split('\n\n').filter(Boolean).map((event) => event.replace(/^data: /, ''));
    assert.equal(events.at(-1), '[DONE]');
    const chunks = events.slice(0, -1).map((event) => JSON.parse(event));
    const text = chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('');
    assert.equal(text, 'Hi there, your order is on its way.');
    assert.ok(chunks.at(-1).usage.completion_tokens > 0);
    // OpenAI's chunk shape, field for field: one id, object, created and model for the whole stream.
    const [first] = chunks;
    assert.match(first.id, /^chatcmpl-[0-9a-f]{32}$/);
    for (const chunk of chunks) {
      assert.deepEqual(Object.keys(chunk), ['id', 'object', 'created', 'model', 'system_fingerprint', 'choices', ...(chunk.usage ? ['usage'] : [])]);
      assert.deepEqual([chunk.id, chunk.object, chunk.created, chunk.model, chunk.system_fingerprint], [first.id, 'chat.completion.chunk', first.created, 'demo', null]);
    }
    assert.deepEqual(first.choices, [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]);
    assert.deepEqual(chunks[1].choices, [{ index: 0, delta: { content: chunks[1].choices[0].delta.content }, logprobs: null, finish_reason: null }]);
    assert.deepEqual(chunks.at(-2).choices, [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]);
    assert.deepEqual(chunks.at(-1).choices, []);
    assert.deepEqual(Object.keys(chunks.at(-1).usage), ['prompt_tokens', 'completion_tokens', 'total_tokens']);
    await close();
  });

  test('GET /metrics exposes the guide\'s four metrics after a call', async () => {
    const { app, close } = await gateway();
    await app.request('/v1/prompts/helpdesk/execute', json({ variables: { message: 'order' } }));
    const text = await (await app.request('/metrics')).text();
    for (const name of ['prompt_response_time_seconds_bucket', 'prompt_quality_score', 'prompt_tokens_used_total']) {
      assert.match(text, new RegExp(`${name}\\{[^}]*prompt="helpdesk",version="1.0.0",model="demo",status="ok"`));
    }
    assert.match(text, /# TYPE prompt_errors_total counter/);
    await close();
  });

  test('conversation_id keeps the turns in the store and sends them back as context', async () => {
    const store = await openStore({ url: ':memory:' });
    const config = loadConfig({ cwd: prompts.dir, env: { PROMPTOPS_PROMPTS_DIR: prompts.dir } });
    const { app, close } = await createGateway({ config, store, logger: createLogger({ level: 'silent' }) });
    for (const message of ['Where is my order?', 'It has the tracking number 1Z999']) {
      const response = await app.request('/v1/prompts/helpdesk/execute', json({ conversation_id: 'conv-1', variables: { message } }));
      assert.equal(response.status, 200);
    }
    const turns = await store.getConversation('conv-1');
    assert.deepEqual(turns.map((turn) => turn.role), ['user', 'assistant', 'user', 'assistant']);
    assert.equal(turns[2].content, 'It has the tracking number 1Z999');
    await close();
  });

  test('GET /v1/models and /v1/prompts list what can be run', async () => {
    const { app, close } = await gateway();
    const models = (await (await app.request('/v1/models')).json()) as any;
    assert.ok(models.data.some((model: { id: string }) => model.id === 'demo'));
    assert.ok(models.data.some((model: { id: string }) => model.id === 'prompt:helpdesk'));
    const prompt = (await (await app.request('/v1/prompts/helpdesk')).json()) as any;
    assert.equal(prompt.versions[0].version, '1.0.0');
    assert.match(prompt.versions[0].hash, /^[0-9a-f]{64}$/);
    await close();
  });
});

describe('gateway errors, always in OpenAI\'s shape', () => {
  const cases: Array<[string, string, RequestInit, number, string]> = [
    ['malformed JSON', '/v1/chat/completions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"model":' }, 400, 'invalid_json'],
    ['a missing field', '/v1/chat/completions', json({ messages: [{ role: 'user', content: 'x' }] }), 400, 'invalid_request'],
    ['an unknown prompt', '/v1/prompts/nope/execute', json({ variables: {} }), 404, 'prompt_not_found'],
    ['an unknown version', '/v1/prompts/helpdesk/execute?version=9.9.9', json({ variables: { message: 'x' } }), 404, 'version_not_found'],
    ['a missing variable', '/v1/prompts/helpdesk/execute', json({ variables: {} }), 400, 'missing_variable'],
    ['a too-long variable', '/v1/prompts/helpdesk/execute', json({ variables: { message: 'x'.repeat(201) } }), 422, 'invalid_variable'],
    ['an unknown route', '/v1/nothing', { method: 'GET' }, 404, 'unknown_route'],
  ];
  for (const [what, path, init, status, code] of cases) {
    test(`${what} -> ${status}`, async () => {
      const { app, close } = await gateway();
      const response = await app.request(path, init);
      assert.equal(response.status, status);
      const body = (await response.json()) as any;
      assert.equal(body.error.code, code);
      assert.equal(typeof body.error.message, 'string');
      assert.ok('param' in body.error && 'type' in body.error);
      await close();
    });
  }

  test('a body over the limit -> 413', async () => {
    const { app, close } = await gateway({ bodyLimitBytes: 1024 });
    const response = await app.request('/v1/chat/completions', json({ model: 'demo', messages: [{ role: 'user', content: 'x'.repeat(2048) }] }));
    assert.equal(response.status, 413);
    assert.equal(((await response.json()) as any).error.code, 'body_too_large');
    await close();
  });

  test('API keys, when configured, are required -> 401', async () => {
    const { app, close } = await gateway({ apiKeys: ['sk-gateway-test'] });
    const denied = await app.request('/v1/models');
    assert.equal(denied.status, 401);
    const allowed = await app.request('/v1/models', { headers: { authorization: 'Bearer sk-gateway-test' } });
    assert.equal(allowed.status, 200);
    await close();
  });
});
