import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPii } from './detect-pii.js';

const persons = (text: string): string[] => detectPii(text).filter((e) => e.type === 'PERSON').map((e) => text.slice(e.start, e.end));

test("a signature's title line names an employer, however much it reads like surnames", () => {
  assert.deepEqual(persons('Jacqueline Welch\nSenior Buyer, Monahan - Thiel\nM: 06 37 89 03 87'), ['Jacqueline Welch']);
  assert.deepEqual(persons('Anna Weber\nHead of Sales, Torp, Ortiz and Renner'), ['Anna Weber']);
  assert.deepEqual(persons('Orville Abshire\nSenior Buyer, Klocko and Sons'), ['Orville Abshire']);
  // Names elsewhere on other lines are untouched.
  assert.deepEqual(persons('Account Manager, Acme\nPlease ask Maria Keller.'), ['Maria Keller']);
});
