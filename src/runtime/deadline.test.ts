import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { test } from 'node:test';
import { startDeadline } from './deadline.js';

test('a deadline aborts when its time passes, with a TimeoutError, and runs each listener once', async () => {
  const deadline = startDeadline(10);
  let calls = 0;
  deadline.signal.addEventListener('abort', () => calls++);
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(deadline.signal.aborted, true);
  assert.equal((deadline.signal.reason as DOMException).name, 'TimeoutError');
  assert.equal(calls, 1);
  deadline.dispose();
});

test("the caller's abort aborts the deadline with the caller's reason; dispose lets go of the caller", () => {
  const caller = new AbortController();
  const deadline = startDeadline(60_000, caller.signal);
  const seen: unknown[] = [];
  deadline.signal.addEventListener('abort', () => seen.push(deadline.signal.reason));
  caller.abort(new DOMException('the client closed the connection', 'AbortError'));
  assert.equal((seen[0] as DOMException).name, 'AbortError');
  deadline.dispose();
  assert.equal(getEventListeners(caller.signal, 'abort').length, 0);

  const calm = new AbortController();
  startDeadline(60_000, calm.signal).dispose();
  assert.equal(getEventListeners(calm.signal, 'abort').length, 0);
});

test('a removed listener is not called, and an already aborted caller gives an aborted deadline', () => {
  const caller = new AbortController();
  const deadline = startDeadline(60_000, caller.signal);
  let called = false;
  const listener = () => (called = true);
  deadline.signal.addEventListener('abort', listener);
  deadline.signal.removeEventListener('abort', listener);
  caller.abort(new Error('gone'));
  assert.equal(called, false);
  deadline.dispose();

  const late = startDeadline(60_000, caller.signal);
  assert.equal(late.signal.aborted, true);
  assert.equal((late.signal.reason as Error).message, 'gone');
  late.dispose();
});
