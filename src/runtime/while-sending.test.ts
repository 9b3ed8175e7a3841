import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPhases } from '../../test/support/event-loop.js';
import { whileSending } from './while-sending.js';

test('the work runs after what this turn left for the check phase (undici writes a reused socket\'s request there)', async () => {
  const order: string[] = [];
  const finish = whileSending(() => order.push('scan'), 'report');
  setImmediate(() => order.push('request written'));
  await checkPhases(2);
  assert.deepEqual(order, ['request written', 'scan']);
  assert.equal(finish(), 'report');
  assert.deepEqual(order, ['request written', 'scan'], 'not run twice');
});

test('an answer that comes back first runs the work at once, and only once', async () => {
  let runs = 0;
  const finish = whileSending(() => runs++, 'report');
  assert.equal(finish(), 'report');
  assert.equal(runs, 1);
  await checkPhases(2);
  assert.equal(runs, 1);
});

test('what the work threw is thrown where its result is read', async () => {
  const finish = whileSending(() => {
    throw new Error('detector failed');
  }, 'report');
  await checkPhases(2);
  assert.throws(finish, /detector failed/);
});
