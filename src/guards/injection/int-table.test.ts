import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IntTable } from './int-table.js';

test('IntTable returns the value of each key and 0 for a key it does not hold', () => {
  // Negative keys and keys that share a slot (many more than fit without probing) all come back.
  const entries = Array.from({ length: 500 }, (_, i) => [Math.imul(i, 0x01000193) ^ -i, i + 1] as const);
  const table = new IntTable(entries);
  for (const [key, value] of entries) assert.equal(table.get(key), value);
  assert.equal(table.get(123456789), 0);
});

test('IntTable keeps the last value given for a repeated key', () => {
  assert.equal(new IntTable([[7, 1], [7, 2]]).get(7), 2);
});

test('IntTable refuses values it could not tell from an empty slot', () => {
  assert.throws(() => new IntTable([[1, 0]]), /not a positive integer/);
});
