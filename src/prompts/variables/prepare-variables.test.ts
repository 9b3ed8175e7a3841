import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { VariableSpec } from '../types.js';
import { prepareVariables } from './index.js';

const declared: Record<string, VariableSpec> = {
  customer_name: { type: 'string', required: false, default: 'there' },
  message: { type: 'string', required: true, maxLength: 10 },
  order_id: { type: 'string', required: false },
  items: { type: 'array', required: false },
};

test('fills defaults and passes other variables through', () => {
  assert.deepEqual(prepareVariables(declared, { message: 'hi', extra: 1 }), { message: 'hi', extra: 1, customer_name: 'there' });
});

test('a missing required variable, a wrong type or an over-long string is refused without quoting the value', () => {
  assert.throws(() => prepareVariables(declared, {}), { name: 'MissingVariableError', message: 'missing required variable "message"' });
  assert.throws(() => prepareVariables(declared, { message: 42 }), { name: 'InvalidVariableError', message: 'variable "message": expected a string, got a number' });
  assert.throws(() => prepareVariables(declared, { message: 'hi', items: {} }), { message: 'variable "items": expected an array, got an object' });
  assert.throws(() => prepareVariables(declared, { message: 'my card 4111111111111111' }), (error: Error) => {
    assert.equal(error.message, 'variable "message": expected at most 10 characters, got 24 characters');
    return true;
  });
});
