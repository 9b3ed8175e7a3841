import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { declaredBodyLimit } from './index.js';

function app() {
  const hono = new Hono();
  hono.use(declaredBodyLimit({ maxSize: 10, onError: (c) => c.json({ error: 'too large' }, 413) }));
  hono.post('/', async (c) => c.text(await c.req.text()));
  return hono;
}

describe('declaredBodyLimit', () => {
  test('a declared length within the limit passes, the body untouched', async () => {
    const response = await app().request('/', { method: 'POST', body: 'hello', headers: { 'content-length': '5' } });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), 'hello');
  });

  test('a declared length over the limit is refused before the body is read', async () => {
    const response = await app().request('/', { method: 'POST', body: 'x'.repeat(11), headers: { 'content-length': '11' } });
    assert.equal(response.status, 413);
  });

  test('a chunked body (no content-length) is counted as it streams', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('x'.repeat(8)));
        controller.enqueue(new TextEncoder().encode('x'.repeat(8)));
        controller.close();
      },
    });
    const response = await app().request('/', { method: 'POST', body, duplex: 'half' } as RequestInit);
    assert.equal(response.status, 413);
  });
});
