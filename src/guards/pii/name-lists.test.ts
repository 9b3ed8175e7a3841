import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isDictionaryWord, isKnownName, jsonStrings } from './name-lists.js';

test('jsonStrings reads the strings of a JSON file one at a time, escapes and non-ASCII included', () => {
  const dir = mkdtempSync(join(tmpdir(), 'json-strings-'));
  try {
    const table = { Ada: 1, 'A\'isha': 2, 'Zoë': 3, 'say \\"hi\\"': 4, 'tab\there': 5 };
    writeFileSync(join(dir, 'table.json'), JSON.stringify(table, null, 1));
    assert.deepEqual([...jsonStrings(join(dir, 'table.json'), true)], Object.keys(table));
    writeFileSync(join(dir, 'list.json'), JSON.stringify(['a', 'ünïcode', 'q"uote']));
    assert.deepEqual([...jsonStrings(join(dir, 'list.json'))], ['a', 'ünïcode', 'q"uote']);
    writeFileSync(join(dir, 'broken.json'), '["a", "b');
    assert.throws(() => [...jsonStrings(join(dir, 'broken.json'))], /unterminated string/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

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
