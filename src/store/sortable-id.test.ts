import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortableId } from './sortable-id.js';

test('ids sort in the order they were made, within a millisecond and across milliseconds', () => {
  const made = [sortableId(1_000), sortableId(1_000), sortableId(1_000), sortableId(1_001), sortableId(1_001), sortableId(2 ** 40)];
  assert.deepEqual([...made].sort(), made);
  assert.equal(new Set(made).size, made.length);
  assert.ok(made.every((id) => /^[0-9a-f]{28}$/.test(id)), made.join(' '));
  assert.equal(made[0].slice(0, 12), (1_000).toString(16).padStart(12, '0'));
});
