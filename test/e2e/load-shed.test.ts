import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/observability/index.js';
import { createGateway, listen } from '../../src/server/index.js';
import { startFakeUpstream } from '../support/fake-upstream/index.js';

test('at the concurrency cap the gateway sheds load with 503 + Retry-After instead of queueing', async () => {
  const upstream = await startFakeUpstream();
  const config = loadConfig({ cwd: process.cwd(), env: { OPENAI_BASE_URL: `${upstream.url}/v1`, OPENAI_API_KEY: 'sk-upstream' } });
  config.server = { ...config.server, maxConcurrent: 1 };
  const gateway = await createGateway({ config, store: false, logger: createLogger({ level: 'silent' }) });
  upstream.enqueue('stall');
  const controller = new AbortController();
  const chat = async (signal?: AbortSignal) =>
    gateway.app.request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }] }),
      signal,
    });
  const stalled = Promise.resolve(chat(controller.signal)).catch(() => undefined);
  while (upstream.inFlight === 0) await new Promise((resolve) => setTimeout(resolve, 5));

  const shed = await chat();
  assert.equal(shed.status, 503);
  assert.equal(shed.headers.get('retry-after'), '1');
  assert.equal(((await shed.json()) as { error: { code: string } }).error.code, 'overloaded');
  const metrics = await (await gateway.app.request('/metrics')).text();
  assert.match(metrics, /promptops_load_shed_total 1/);
  assert.match(metrics, /promptops_http_in_flight 1/, 'the stalled request is being served');

  controller.abort();
  await stalled;
  await upstream.waitForIdle(3_000);
  const after = await chat();
  assert.equal(after.status, 200, 'capacity comes back when the request ends');
  assert.match(await (await gateway.app.request('/metrics')).text(), /promptops_http_in_flight 0/);
  await gateway.close();
  await upstream.close();
});

test('x-promptops-timeout-ms bounds the request: 504 in OpenAI\'s shape when the upstream stalls', async () => {
  const upstream = await startFakeUpstream();
  const config = loadConfig({ cwd: process.cwd(), env: { OPENAI_BASE_URL: `${upstream.url}/v1`, OPENAI_API_KEY: 'sk-upstream' } });
  const gateway = await createGateway({ config, store: false, logger: createLogger({ level: 'silent' }) });
  upstream.enqueue('stall', 5);
  const response = await gateway.app.request('/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-promptops-timeout-ms': '150' },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }] }),
  });
  assert.equal(response.status, 504);
  assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'deadline_exceeded');
  await upstream.waitForIdle(3_000);
  await gateway.close();
  await upstream.close();
});

test('a stream holds its slot until it ends: the cap covers streams, not just their first byte', async () => {
  const upstream = await startFakeUpstream();
  const config = loadConfig({ cwd: process.cwd(), env: { OPENAI_BASE_URL: `${upstream.url}/v1`, OPENAI_API_KEY: 'sk-upstream' } });
  config.server = { ...config.server, maxConcurrent: 1 };
  const gateway = await createGateway({ config, store: false, logger: createLogger({ level: 'silent' }) });
  const server = await listen(gateway, { port: 0, host: '127.0.0.1' });
  const controller = new AbortController();
  const chat = (stream: boolean, signal?: AbortSignal) =>
    fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', stream, messages: [{ role: 'user', content: 'hello' }] }),
      signal,
    });
  try {
    upstream.enqueue('stall-mid-stream');
    const streaming = await chat(true, controller.signal);
    assert.equal(streaming.status, 200);
    await streaming.body!.getReader().read(); // the first event is out: the handler has returned, the stream goes on

    const shed = await chat(false);
    await shed.body?.cancel();
    assert.equal(shed.status, 503);

    controller.abort();
    await upstream.waitForIdle(3_000);
    const after = await chat(false);
    await after.body?.cancel();
    assert.equal(after.status, 200, 'the slot comes back when the stream ends');
  } finally {
    controller.abort();
    await server.close(100);
    await upstream.close();
  }
});
