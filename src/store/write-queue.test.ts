import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { WriteQueue } from './write-queue.js';

function recorder(fail: () => boolean = () => false) {
  const batches: number[][] = [];
  return {
    batches,
    write: async (batch: number[]) => {
      if (fail()) throw new Error('database is down');
      batches.push(batch);
    },
  };
}

test('a full batch is written on the next turn, in order, without waiting for the interval', async () => {
  const sink = recorder();
  const queue = new WriteQueue({ write: sink.write, batchSize: 3, flushIntervalMs: 60_000, maxQueue: 100 });
  for (const n of [1, 2, 3, 4]) queue.push(n);
  assert.deepEqual(sink.batches, [], 'push never writes synchronously');
  await nextTurn();
  await nextTurn();
  assert.deepEqual(sink.batches, [[1, 2, 3], [4]]);
  assert.equal(queue.stats.written, 4);
});

test('a partial batch waits for the interval or an explicit flush', async () => {
  const sink = recorder();
  const queue = new WriteQueue({ write: sink.write, batchSize: 10, flushIntervalMs: 60_000, maxQueue: 100 });
  queue.push(1);
  await nextTurn();
  assert.equal(queue.stats.queued, 1);
  await queue.flush();
  assert.deepEqual(sink.batches, [[1]]);
});

test('a large flush is written in slices of at most maxWriteSize', async () => {
  const sink = recorder();
  const queue = new WriteQueue({ write: sink.write, batchSize: 10, maxWriteSize: 4, flushIntervalMs: 60_000, maxQueue: 100 });
  for (let n = 1; n <= 9; n++) queue.push(n);
  await queue.flush();
  assert.deepEqual(sink.batches, [[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
  assert.equal(queue.stats.written, 9);
  assert.throws(() => new WriteQueue({ write: sink.write, batchSize: 10, maxWriteSize: 0, flushIntervalMs: 1, maxQueue: 10 }), /maxWriteSize/);
});

test('a failed write keeps the records queued, in order, and a later flush writes them', async () => {
  let down = true;
  const sink = recorder(() => down);
  const queue = new WriteQueue({ write: sink.write, batchSize: 2, flushIntervalMs: 60_000, maxQueue: 100 });
  for (const n of [1, 2, 3]) queue.push(n);
  await assert.rejects(queue.flush(), /database is down/);
  assert.deepEqual({ queued: queue.stats.queued, failed: queue.stats.failedFlushes }, { queued: 3, failed: 1 });
  assert.equal(queue.stats.lastError, 'database is down');
  down = false;
  queue.push(4);
  await queue.close();
  assert.deepEqual(sink.batches, [[1, 2], [3, 4]]);
  assert.equal(queue.stats.queued, 0);
});

test('records beyond the cap and after close are dropped and counted', async () => {
  const sink = recorder();
  const queue = new WriteQueue({ write: sink.write, batchSize: 2, flushIntervalMs: 60_000, maxQueue: 2 });
  // Synchronous pushes: the immediate flush has not run yet, so the third finds the queue full.
  queue.push(1);
  queue.push(2);
  queue.push(3);
  await queue.close();
  queue.push(4);
  assert.deepEqual(sink.batches, [[1, 2]]);
  assert.equal(queue.stats.dropped, 2);
});

test('bad options are refused', () => {
  const write = async () => undefined;
  assert.throws(() => new WriteQueue({ write, batchSize: 0, flushIntervalMs: 1, maxQueue: 10 }), /batchSize/);
  assert.throws(() => new WriteQueue({ write, batchSize: 5, flushIntervalMs: 1, maxQueue: 2 }), /maxQueue/);
});
