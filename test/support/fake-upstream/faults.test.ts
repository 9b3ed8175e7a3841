import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FaultSource } from './fault-source.js';
import { faultName, parseFault } from './faults.js';

test('parses the header/queue syntax', () => {
  assert.deepEqual(parseFault('429;retry-after=1'), { kind: 'status', status: 429, retryAfter: '1' });
  assert.deepEqual(parseFault('429; retry-after-ms=250'), { kind: 'status', status: 429, retryAfterMs: 250 });
  assert.deepEqual(parseFault('429;retry-after=Wed, 21 Oct 2015 07:28:00 GMT'), { kind: 'status', status: 429, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' });
  assert.deepEqual(parseFault('delay;ms=50'), { kind: 'delay', ms: 50 });
  assert.deepEqual(parseFault('stall-mid-stream;after=3'), { kind: 'stall-mid-stream', after: 3 });
  assert.deepEqual(parseFault({ kind: 'reset' }), { kind: 'reset' });
  assert.equal(faultName(parseFault('529')), '529');
  assert.equal(faultName(parseFault('truncated')), 'truncated');
});

test('rejects bad faults with a message that shows the expected form', () => {
  assert.throws(() => parseFault('explode'), /bad fault "explode": unknown kind "explode". Expected e.g./);
  assert.throws(() => parseFault('200'), /status must be 400..599/);
  assert.throws(() => parseFault('delay'), /delay needs ms=/);
  assert.throws(() => parseFault('delay;ms=-5'), /ms must be a number >= 0/);
  assert.throws(() => parseFault('500;color=red'), /unknown parameter "color"/);
  assert.throws(() => parseFault('500;oops'), /has no "="/);
});

test('header beats queue, queue is FIFO, then chaos, then ok', () => {
  const source = new FaultSource();
  source.enqueue('500', 2);
  source.enqueue('reset');
  assert.equal(source.pending, 3);
  assert.equal(faultName(source.next('529')), '529');
  assert.deepEqual([source.next(undefined), source.next(undefined), source.next(undefined), source.next(undefined)].map(faultName), ['500', '500', 'reset', 'ok']);
});

test('chaos is seeded: same seed, same faults; the rate holds over many draws', () => {
  const draw = (seed: number) => {
    const source = new FaultSource();
    source.setChaos({ faultRate: 0.3, faults: ['500', '429;retry-after=0', 'reset', 'stall', 'truncated'], seed });
    return Array.from({ length: 2000 }, () => faultName(source.next(undefined)));
  };
  const first = draw(42);
  assert.deepEqual(draw(42), first);
  assert.notDeepEqual(draw(43), first);
  const faulty = first.filter((name) => name !== 'ok').length / first.length;
  assert.ok(faulty > 0.26 && faulty < 0.34, `fault share ${faulty}`);
  assert.deepEqual(new Set(first), new Set(['ok', '500', '429', 'reset', 'stall', 'truncated']));
});

test('chaos options are checked', () => {
  const source = new FaultSource();
  assert.throws(() => source.setChaos({ faultRate: 1.5, faults: ['500'] }), /faultRate must be within 0..1/);
  assert.throws(() => source.setChaos({ faultRate: 0.5, faults: [] }), /at least one fault/);
  assert.throws(() => source.setChaos({ faultRate: 0.5, faults: ['nope'] }), /unknown kind/);
});
