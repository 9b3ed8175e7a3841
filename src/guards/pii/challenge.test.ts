import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHALLENGE_ROWS, parseMarked } from './challenge.fixture.js';
import { detectPii } from './detect-pii.js';

// Overlap matching as shared/data/pii/score.mjs does it: same type, spans intersect, one-to-one.
function overlapCounts(rows: typeof CHALLENGE_ROWS): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const predicted = detectPii(row.text);
    const used = new Set<number>();
    for (const gold of row.entities) {
      const hit = predicted.findIndex((p, j) => !used.has(j) && p.type === gold.type && p.start < gold.end && gold.start < p.end);
      if (hit >= 0) { used.add(hit); tp++; } else fn++;
    }
    fp += predicted.length - used.size;
  }
  return { tp, fp, fn };
}

const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): number => (2 * tp) / (2 * tp + fp + fn);

test('marks are parsed into spans over the plain text', () => {
  const { text, entities } = parseMarked('Call ⟦PERSON:Anouk⟧ on ⟦PHONE:06-12345678⟧.');
  assert.equal(text, 'Call Anouk on 06-12345678.');
  assert.deepEqual(entities.map((e) => [e.type, text.slice(e.start, e.end)]), [['PERSON', 'Anouk'], ['PHONE', '06-12345678']]);
});

test('the challenge set (other locales, obfuscations, lookalikes) keeps overlap F1 >= 0.9 in both splits', () => {
  for (const split of ['tune', 'check'] as const) {
    const counts = overlapCounts(CHALLENGE_ROWS.filter((r) => r.split === split));
    assert.ok(f1(counts) >= 0.9, `${split}: F1 ${f1(counts).toFixed(3)} (${JSON.stringify(counts)})`);
  }
});

test('lookalike numbers in several languages are not PII', () => {
  for (const row of CHALLENGE_ROWS.filter((r) => r.entities.length === 0)) {
    assert.deepEqual(detectPii(row.text).map((e) => [e.type, row.text.slice(e.start, e.end)]), [], row.text);
  }
});
