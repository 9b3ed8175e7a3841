import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimitError, ServerError } from '../../providers/errors/index.js';
import { AdaptiveLimiter } from './adaptive-limiter.js';

describe('AdaptiveLimiter', () => {
  it('halves on 429, waits Retry-After before anyone calls again, then grows back to the maximum', async () => {
    let now = 0;
    const slept: number[] = [];
    const limiter = new AdaptiveLimiter({
      concurrency: 8,
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
    });
    let first = true;
    const value = await limiter.run(async () => {
      if (first) {
        first = false;
        throw new RateLimitError({ message: '429', provider: 'p', statusCode: 429, retryAfterMs: 1500 });
      }
      return 'ok';
    });
    assert.equal(value, 'ok');
    assert.deepEqual(slept, [1500]);
    assert.equal(limiter.concurrency, 4);
    assert.equal(limiter.rateLimited, 1);
    for (let i = 0; i < 4 + 5 + 6 + 7; i++) await limiter.run(async () => i);
    assert.equal(limiter.concurrency, 8, 'one slot back per run of successes as long as the limit');
  });

  it('gives up after the retry budget and passes other errors straight through', async () => {
    const limiter = new AdaptiveLimiter({ concurrency: 2, maxRateLimitRetries: 2, sleep: async () => {} });
    let calls = 0;
    await assert.rejects(
      limiter.run(async () => {
        calls++;
        throw new RateLimitError({ message: '429', provider: 'p', statusCode: 429 });
      }),
      RateLimitError,
    );
    assert.equal(calls, 3);
    calls = 0;
    await assert.rejects(
      limiter.run(async () => {
        calls++;
        throw new ServerError({ message: '500', provider: 'p', statusCode: 500 });
      }),
      ServerError,
    );
    assert.equal(calls, 1);
  });
});
