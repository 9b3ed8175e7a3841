import assert from 'node:assert/strict';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { AbortSignalLike } from '../../providers/index.js';
import { clientSignal } from './node-request.js';

function get(port: number, agent: Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    request({ port, host: '127.0.0.1', path: '/', agent }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk));
      res.on('end', () => resolve(text));
    }).on('error', reject).end();
  });
}

test('requests on one keep-alive connection share its signal, which aborts when the client closes it', async () => {
  const seen: AbortSignalLike[] = [];
  let finishedRequestsCalled = 0;
  const app = new Hono();
  app.get('/', (c) => {
    const signal = clientSignal(c);
    seen.push(signal);
    // What a request does with it: listen while it runs, stop listening when done.
    const onAbort = () => (finishedRequestsCalled += 1);
    signal.addEventListener('abort', onAbort, { once: true });
    signal.removeEventListener('abort', onAbort);
    return c.text('ok');
  });
  const server = createAdaptorServer({ fetch: app.fetch });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });

  assert.deepEqual([await get(port, agent), await get(port, agent), await get(port, agent)], ['ok', 'ok', 'ok']);
  assert.equal(seen.length, 3);
  assert.ok(seen.every((signal) => signal === seen[0]), 'one signal for the connection');
  assert.equal(seen[0].aborted, false);

  agent.destroy();
  await new Promise<void>((resolve) => (seen[0].aborted ? resolve() : seen[0].addEventListener('abort', () => resolve())));
  assert.equal((seen[0].reason as DOMException).name, 'AbortError');
  assert.equal(finishedRequestsCalled, 0, 'listeners of finished requests are gone');

  await get(port, new Agent({ keepAlive: false }));
  assert.notEqual(seen[3], seen[0], 'a new connection gets a new signal');
  server.close();
});
