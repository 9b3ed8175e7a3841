import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { jsonStrings } from './json-strings.js';

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
