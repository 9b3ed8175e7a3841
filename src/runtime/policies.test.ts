import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createModelPolicies, TaskCancelledError } from './policies.js';

const config = { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 10, attemptTimeoutMs: 30, deadlineMs: 1000, breaker: { consecutiveFailures: 3, halfOpenAfterMs: 60_000 } };
const hang = ({ signal }: { signal: AbortSignal }) => new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
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
});
