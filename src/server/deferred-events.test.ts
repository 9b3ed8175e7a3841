import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPhases } from '../../test/support/event-loop.js';
import { deferredEvents } from './deferred-events.js';

test('events are applied in the next check phase, in the order emitted, after what the current turn writes', async () => {
  const applied: string[] = [];
  const events = deferredEvents<string>((event) => applied.push(event), (error) => assert.fail(String(error)));
  events.push('first call');
  events.push('second call');
  assert.deepEqual(applied, [], 'nothing yet: the response is written first');
  await checkPhases(1);
  assert.deepEqual(applied, ['first call', 'second call']);
});

test('flush applies what is pending at once, and only once', async () => {
  const applied: string[] = [];
  const events = deferredEvents<string>((event) => applied.push(event), (error) => assert.fail(String(error)));
  events.push('call');
  events.flush();
  assert.deepEqual(applied, ['call']);
  await checkPhases(1);
  assert.deepEqual(applied, ['call']);
});

test('an event that fails to apply is reported and does not hold up the others', async () => {
  const applied: string[] = [];
  const errors: unknown[] = [];
  const events = deferredEvents<string>((event) => {
    if (event === 'bad') throw new Error('label missing');
    applied.push(event);
  }, (error) => errors.push(error));
  for (const event of ['good', 'bad', 'also good']) events.push(event);
  await checkPhases(1);
  assert.deepEqual(applied, ['good', 'also good']);
  assert.match(String(errors[0]), /label missing/);
});
