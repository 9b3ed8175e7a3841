import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPii } from './detect-pii.js';
import { PseudonymVault } from './pseudonym-vault.js';
import { redactPii } from './redact.js';
import { redactForLog } from './redact-for-log.js';

const text = 'Hi, I am John Smith, mail john.smith@example.com or card 4111 1111 1111 1111.';

test('redact replaces each entity with its type', () => {
  assert.equal(redactPii(text, detectPii(text), 'redact'), 'Hi, I am [PERSON], mail [EMAIL] or card [CREDIT_CARD].');
});

test('mask keeps enough to recognise the value', () => {
  const out = redactPii(text, detectPii(text), 'mask');
  assert.ok(out.includes('j***@example.com'));
  assert.ok(out.includes('**** **** **** 1111'));
});

test('pseudonyms are consistent within a conversation and restored in the answer', () => {
  const vault = new PseudonymVault(60_000, () => 0);
  const a = redactPii(text, detectPii(text), 'pseudonymize', vault);
  const b = redactPii('Is John Smith there?', detectPii('Is John Smith there?'), 'pseudonymize', vault);
  assert.ok(a.includes('<PERSON_1>') && b.includes('<PERSON_1>'));
  assert.equal(vault.restore('Dear <PERSON_1>, we wrote to <EMAIL_1>.'), 'Dear John Smith, we wrote to john.smith@example.com.');
});

test('the vault forgets after the retention time', () => {
  let now = 0;
  const vault = new PseudonymVault(1000, () => now);
  vault.tokenFor('PERSON', 'Ann Lee');
  now = 1001;
  assert.equal(vault.restore('<PERSON_1>'), '<PERSON_1>');
  assert.equal(vault.size, 0);
});

test('redactForLog removes validated PII and long digit runs cheaply', () => {
  const out = redactForLog('user jo@example.com paid with 4111111111111111, phone +1 415 555 0100');
  assert.equal(out, 'user [EMAIL] paid with [CREDIT_CARD], phone [NUMBER]');
});
