import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashedWordSet } from './hashed-word-set.js';

test('a hashed word set answers membership like a Set', () => {
  const listed = ['margaret', 'thornton', 'ada', 'lovelace', 'ngozi'];
  const set = hashedWordSet(listed);
  assert.equal(set.size, 5);
  for (const word of listed) assert.equal(set.has(word), true, word);
  for (const word of ['order', 'refund', 'margaret ', 'Ada', '']) assert.equal(set.has(word), false, JSON.stringify(word));
});

test('hasCodes answers from char codes what has answers from the string', () => {
  const set = hashedWordSet(['ignore', 'all']);
  const codes = [...'xxignoreyy'].map((c) => c.charCodeAt(0));
  assert.equal(set.hasCodes(codes, 2, 8), true);
  assert.equal(set.hasCodes(codes, 2, 7), false);
  assert.equal(set.hasCodes(codes, 0, 0), set.has(''));
});
