import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { test } from 'node:test';
import { TaskCancelledError } from 'cockatiel';
import type { AbortSignalLike } from '../providers/index.js';
import { runWithAttemptTimeout } from './attempt-timeout.js';

const never = () => new Promise<never>(() => undefined);

test('an attempt that answers in time resolves, and leaves no listener on the caller', async () => {
  const caller = new AbortController().signal;
  assert.equal(await runWithAttemptTimeout(async () => 'answer', caller, 1_000), 'answer');
  await assert.rejects(runWithAttemptTimeout(async () => { throw new Error('upstream 500'); }, caller, 1_000), /upstream 500/);
  assert.equal(getEventListeners(caller, 'abort').length, 0);
});

test('the time limit rejects at once with TaskCancelledError and aborts the attempt, even one that ignores its signal', async () => {
  let attemptSignal: AbortSignalLike | undefined;
  const started = performance.now();
  await assert.rejects(
    runWithAttemptTimeout(({ signal }) => ((attemptSignal = signal), never()), new AbortController().signal, 20),
    (error) => error instanceof TaskCancelledError,
  );
  assert.ok(performance.now() - started < 1_000);
  assert.equal(attemptSignal?.aborted, true);
});

test('a transport error caused by the time limit is still reported as the time limit', async () => {
  const attempt = ({ signal }: { signal: AbortSignalLike }) =>
    new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error('socket aborted'))));
  await assert.rejects(runWithAttemptTimeout(attempt, new AbortController().signal, 10), (error) => error instanceof TaskCancelledError);
});

test("the caller leaving rejects with the caller's reason, not a timeout, and aborts the attempt", async () => {
  const caller = new AbortController();
  let attemptSignal: AbortSignalLike | undefined;
  const running = runWithAttemptTimeout(({ signal }) => ((attemptSignal = signal), never()), caller.signal, 1_000);
  caller.abort(new DOMException('the client closed the connection', 'AbortError'));
  await assert.rejects(running, (error) => (error as DOMException).name === 'AbortError');
  assert.equal(attemptSignal?.aborted, true);

  let called = false;
  await assert.rejects(runWithAttemptTimeout(async () => (called = true), caller.signal, 1_000), (error) => (error as DOMException).name === 'AbortError');
  assert.equal(called, false, 'an attempt is not started for a caller already gone');
});
