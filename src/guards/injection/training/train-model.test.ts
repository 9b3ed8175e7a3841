import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InjectionRow } from './dataset.js';
import { heldOutFamilyOffsets, pickOffset } from './train-model.js';

const row = (source: string, label: 0 | 1, kind: string): InjectionRow => ({ text: '', label, source, kind, set: 'dev' });

test('the offset keeps hard negatives and all negatives under their false-positive caps', () => {
  const rows = [row('a', 0, 'hard-negative'), row('a', 0, 'hard-negative'), row('b', 0, 'benign'), row('b', 0, 'benign'), row('c', 1, 'direct')];
  const margins = [5, 1, 3, 0, 9];
  // no false positive allowed anywhere: above the highest negative
  assert.ok(Math.abs(pickOffset(rows, margins, { targetFpr: 0, targetFprAll: 0 }) - 5) < 1e-3);
  // one hard negative of two may pass, but no more than one negative of four overall
  assert.ok(Math.abs(pickOffset(rows, margins, { targetFpr: 0.5, targetFprAll: 0.25 }) - 3) < 1e-3);
  assert.ok(Math.abs(pickOffset(rows, margins, { targetFpr: 0.5, targetFprAll: 0.5 }) - 1) < 1e-3);
});

test('a held-out family gets a threshold picked without its own rows', () => {
  const rows = [row('clinc150', 0, 'hard-negative'), row('self-instruct', 0, 'hard-negative'), row('tensortrust-hijacking', 1, 'direct')];
  const offsets = heldOutFamilyOffsets(rows, [7, 2, 4], { targetFpr: 0, targetFprAll: 0 });
  assert.ok(Math.abs(offsets[0] - 2) < 1e-3 && Math.abs(offsets[1] - 7) < 1e-3 && Math.abs(offsets[2] - 7) < 1e-3);
});
