import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { jsonStrings } from '../word-lists/index.js';
import { isDictionaryWord, isKnownName } from './name-lists.js';

test('the bundled lists read from their bytes hold exactly what JSON.parse reads', () => {
  const require = createRequire(import.meta.url);
  const names = require.resolve('humannames/index.json');
  assert.deepEqual([...jsonStrings(names, true)], Object.keys(JSON.parse(readFileSync(names, 'utf8')) as object));
  const words = require.resolve('an-array-of-english-words/index.json');
  assert.deepEqual([...jsonStrings(words)], JSON.parse(readFileSync(words, 'utf8')));
  assert.equal(isKnownName('Margaret'), true);
  assert.equal(isKnownName('José'), true);
  assert.equal(isDictionaryWord('Refund'), true);
});
