import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConnectionError, TimeoutError } from '../errors/index.js';
import { errorFromStatus, errorFromStreamEvent, mapTransportError } from './index.js';

const ctx = { provider: 'openai', modelId: 'gpt-4o-mini' };

test('maps statuses to the error classes the executor acts on', () => {
  const cases: Array<[number, string, boolean]> = [
    [400, 'bad_request', false],
    [401, 'auth', false],
    [403, 'auth', false],
    [404, 'bad_request', false],
    [408, 'timeout', true],
    [429, 'rate_limit', true],
    [500, 'server_error', true],
    [502, 'server_error', true],
    [503, 'overloaded', true],
    [529, 'overloaded', true],
  ];
  for (const [status, kind, retryable] of cases) {
    const error = errorFromStatus(ctx, status, {}, '', {});
    assert.equal(error.kind, kind, `HTTP ${status}`);
    assert.equal(error.isRetryable, retryable, `HTTP ${status}`);
    assert.equal(error.statusCode, status);
  }
});

test('vendor details win over the bare status, and Retry-After is carried', () => {
  assert.equal(errorFromStatus(ctx, 400, {}, '', { contextLength: true }).kind, 'context_length');
  assert.equal(errorFromStatus(ctx, 400, {}, '', { contentFilter: true }).kind, 'content_filter');
  assert.equal(errorFromStatus(ctx, 500, {}, '', { overloaded: true }).kind, 'overloaded');
  const broke = errorFromStatus(ctx, 429, {}, '', { quotaExhausted: true });
  assert.equal(broke.kind, 'rate_limit');
  assert.equal(broke.isRetryable, false, 'waiting does not refill a quota');
  const limited = errorFromStatus(ctx, 429, { 'retry-after': '3' }, '{"error":{}}', { type: 'rate_limit_exceeded', message: 'slow down' });
  assert.equal(limited.retryAfterMs, 3000);
  assert.equal(limited.responseBody, '{"error":{}}');
  assert.match(limited.message, /openai \(gpt-4o-mini\) answered HTTP 429: rate_limit_exceeded: slow down/);
});

test('an error event inside a stream is classified by its vendor type', () => {
  assert.equal(errorFromStreamEvent(ctx, '', { type: 'overloaded_error' }).kind, 'overloaded');
  assert.equal(errorFromStreamEvent(ctx, '', { type: 'rate_limit_error' }).kind, 'rate_limit');
  assert.equal(errorFromStreamEvent(ctx, '', { type: 'server_error' }).kind, 'server_error');
  assert.equal(errorFromStreamEvent(ctx, '', { type: 'BadRequestError' }, 400).kind, 'bad_request');
});

test('transport failures become Timeout/ConnectionError, and an abort stays the caller’s reason', () => {
  const reset = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
  assert.ok(ConnectionError.isInstance(mapTransportError(reset, ctx)));
  const idle = Object.assign(new Error('Body Timeout Error'), { code: 'UND_ERR_BODY_TIMEOUT' });
  assert.ok(TimeoutError.isInstance(mapTransportError(idle, ctx)));
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  controller.abort(reason);
  assert.equal(mapTransportError(reset, ctx, controller.signal), reason);
});
