import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainView, sourceSpan } from './plain-view.js';

test('plain text has no view: detectors read it as it is', () => {
  assert.equal(plainView('Call 555-0100, ask for Ana.'), undefined);
});

test('full-width forms read as ASCII, typographic spaces and dashes as plain ones, invisible characters dropped', () => {
  const view = plainView('ＴＥＬ\u00a0555\u2011\u200b0100')!;
  assert.equal(view.text, 'TEL 555-0100');
  // A span of the view covers the invisible character inside it in the original.
  assert.deepEqual(sourceSpan(view, 4, 12), { start: 4, end: 13 });
  assert.deepEqual(sourceSpan(view, 0, 0), { start: 0, end: 0 });
});
