import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, beforeEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type FakeUpstream, startFakeUpstream } from './index.js';

let upstream: FakeUpstream;

before(async () => {
  upstream = await startFakeUpstream({ apiKey: 'k' });
});
after(() => upstream.close());
beforeEach(() => upstream.reset());

const openai = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${upstream.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: 'Bearer k', 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const anthropic = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${upstream.url}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': 'k', 'anthropic-version': '2023-06-01', 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const chat = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi there' }] };
const message = { model: 'claude-haiku-4-5', max_tokens: 100, messages: [{ role: 'user', content: 'Hi there' }] };

describe('fake upstream', () => {
  test('answers deterministically with usage, and records what it received', async () => {
    const response = await openai({ ...chat, temperature: 0 });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-request-id'), 'req_fake_1');
    const body = (await response.json()) as { choices: Array<{ message: { content: string } }>; usage: Record<string, number> };
    assert.equal(body.choices[0]?.message.content, 'Echo: Hi there');
    assert.equal(body.usage.completion_tokens, 4);
    assert.equal(body.usage.total_tokens, body.usage.prompt_tokens + 4);
    assert.equal(upstream.requests.length, 1);
    assert.deepEqual(upstream.requests[0]?.body, { ...chat, temperature: 0 });
    assert.equal(upstream.requests[0]?.headers.authorization, 'Bearer k');
    assert.deepEqual(upstream.counts, { ok: 1 });
  });

  test('lists models in the shape of whichever vendor asks', async () => {
    const oa = (await (await fetch(`${upstream.url}/v1/models`)).json()) as { object: string; data: Array<{ id: string }> };
    assert.equal(oa.object, 'list');
    assert.ok(oa.data.some((model) => model.id === 'gpt-4o-mini'));
    const an = (await (await fetch(`${upstream.url}/v1/models`, { headers: { 'anthropic-version': '2023-06-01' } })).json()) as { data: Array<{ type: string }>; has_more: boolean };
    assert.equal(an.has_more, false);
    assert.equal(an.data[0]?.type, 'model');
  });

  test('checks keys and required fields the way each API does', async () => {
    const noKey = await openai(chat, { authorization: 'Bearer wrong' });
    assert.equal(noKey.status, 401);
    assert.equal(((await noKey.json()) as { error: { code: string } }).error.code, 'invalid_api_key');
    const anthropicNoKey = await anthropic(message, { 'x-api-key': 'wrong' });
    assert.deepEqual(await anthropicNoKey.json(), { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } });
    const noMaxTokens = await anthropic({ ...message, max_tokens: undefined });
    assert.equal(noMaxTokens.status, 400);
    assert.match(JSON.stringify(await noMaxTokens.json()), /max_tokens: Field required/);
    const notJson = await openai('{"model":');
    assert.equal(notJson.status, 400);
    assert.match(JSON.stringify(await notJson.json()), /could not parse the JSON body/);
    const unknown = await fetch(`${upstream.url}/v1/nothing`);
    assert.equal(unknown.status, 404);
  });

  test('faults come from the header first, then the queue, and are counted', async () => {
    upstream.enqueue('503', 2);
    assert.equal((await openai(chat, { 'x-fake-fault': '429;retry-after-ms=20' })).status, 429);
    assert.equal((await openai(chat)).status, 503);
    assert.equal((await anthropic(message)).status, 503);
    assert.equal((await anthropic(message)).status, 200);
    assert.deepEqual(upstream.counts, { 429: 1, 503: 2, ok: 1 });
    assert.deepEqual(upstream.requests.map((request) => request.fault), ['429', '503', '503', 'ok']);
  });

  test('429 carries Retry-After; each vendor gets its own error shape and status', async () => {
    const limited = await openai(chat, { 'x-fake-fault': '429' });
    assert.equal(limited.headers.get('retry-after'), '1');
    assert.equal(((await limited.json()) as { error: { code: string } }).error.code, 'rate_limit_exceeded');
    const overloaded = await anthropic(message, { 'x-fake-fault': '529' });
    assert.equal(overloaded.status, 529);
    assert.deepEqual(await overloaded.json(), { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
    const tooLong = await openai(chat, { 'x-fake-fault': 'context-length' });
    assert.equal(((await tooLong.json()) as { error: { code: string } }).error.code, 'context_length_exceeded');
    const tooLongAnthropic = await anthropic(message, { 'x-fake-fault': 'context-length' });
    assert.match(((await tooLongAnthropic.json()) as { error: { message: string } }).error.message, /^prompt is too long: \d+ tokens > 200000 maximum$/);
  });

  test('a bad x-fake-fault header is a 400 saying what was expected', async () => {
    const response = await openai(chat, { 'x-fake-fault': 'sometimes' });
    assert.equal(response.status, 400);
    assert.match(JSON.stringify(await response.json()), /unknown kind \\"sometimes\\"/);
  });

  test('streams cut by truncated / malformed-json end early; reset drops the connection', async () => {
    const truncated = await (await openai({ ...chat, stream: true }, { 'x-fake-fault': 'truncated' })).text();
    assert.ok(truncated.startsWith('data: {'));
    assert.ok(!truncated.includes('[DONE]') && !truncated.includes('"finish_reason":"stop"'));
    const malformed = await (await anthropic({ ...message, stream: true }, { 'x-fake-fault': 'malformed-json' })).text();
    assert.ok(malformed.includes('event: message_start') && !malformed.includes('message_stop'));
    await assert.rejects(openai(chat, { 'x-fake-fault': 'reset' }), TypeError);
  });

  test('latency applies before each reply; close() ends stalled requests', async () => {
    const slow = await startFakeUpstream({ latencyMs: 30 });
    const started = performance.now();
    const response = await fetch(`${slow.url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify(chat) });
    assert.equal(response.status, 200);
    assert.ok(performance.now() - started >= 25);
    const stalled = fetch(`${slow.url}/v1/chat/completions`, { method: 'POST', headers: { 'x-fake-fault': 'stall' }, body: JSON.stringify(chat) });
    while (slow.inFlight === 0) await new Promise((resolve) => setImmediate(resolve));
    await slow.close();
    await assert.rejects(stalled);
  });

  test('runs standalone from the command line', async () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--fault-rate', '1', '--faults', '503'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const [line] = (await once(child.stdout, 'data')) as [Buffer];
      const url = /listening on (http:\/\/\S+)/.exec(line.toString())?.[1];
      assert.ok(url, line.toString());
      const response = await fetch(`${url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify(chat) });
      assert.equal(response.status, 503);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  });
});
