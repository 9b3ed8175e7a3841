import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AbortSignalLike } from '../providers/index.js';
import { createModelPolicies, TaskCancelledError } from './policies.js';

const config = { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 10, attemptTimeoutMs: 30, deadlineMs: 1000, breaker: { consecutiveFailures: 3, halfOpenAfterMs: 60_000 } };
const hang = ({ signal }: { signal: AbortSignalLike }) => new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
const stateOf = (policies: ReturnType<typeof createModelPolicies>) => policies.breakerStates()[0]?.state;

describe('model policies', () => {
  test('attempts that outlive their time limit count against the circuit', async () => {
    const policies = createModelPolicies(config);
    const policy = policies.forModel('p:m');
    for (let i = 0; i < 3; i++) await assert.rejects(policy.execute(hang, new AbortController().signal), TaskCancelledError);
    assert.equal(stateOf(policies), 'open');
  });

  test('a caller that leaves (or a passed deadline) is not the provider failing: the circuit stays closed', async () => {
    const policies = createModelPolicies(config);
    const policy = policies.forModel('p:m');
    for (let i = 0; i < 10; i++) {
      const caller = new AbortController();
      const call = policy.execute(hang, caller.signal);
      const reason = new DOMException('client gone', 'AbortError');
      caller.abort(reason);
      await assert.rejects(call, (error) => error === reason);
    }
    assert.equal(stateOf(policies), 'closed');
  });

  test("a deadline that passes during a retry's backoff answers then, without another upstream call", async () => {
    const slowBackoff = { ...config, maxAttempts: 3, baseDelayMs: 600, maxDelayMs: 600 };
    const policy = createModelPolicies(slowBackoff, () => 1).forModel('p:m');
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new TaskCancelledError('upstream timed out');
    };
    const deadline = new AbortController();
    const reason = new DOMException('deadline of 20 ms exceeded', 'TimeoutError');
    setTimeout(() => deadline.abort(reason), 20);
    const started = performance.now();
    await assert.rejects(policy.execute(failing, deadline.signal), (error) => error === reason);
    assert.ok(performance.now() - started < 300, 'waited out the backoff');
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(calls, 1);
  });
});
