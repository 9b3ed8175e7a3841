import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultRedact, memoizeShortTexts, redactJson } from './redact.js';

test('the default redactor hides emails, phones, cards, SSNs, IBANs and keys', () => {
  const text = [
    'mail jane.doe+x@example.co.uk',
    'call +1 (555) 123-4567 or 020 7946 0958',
    'card 4111 1111 1111 1111 and 5500-0000-0000-0004',
    'ssn 123-45-6789',
    'iban DE89 3704 0044 0532 0130 00',
    'key sk-proj-abcdefghijklmnop1234 and AKIAIOSFODNN7EXAMPLE',
    'Authorization: Bearer abc.def.ghi123',
    'password=hunter22',
  ].join('\n');
  const out = defaultRedact(text);
  for (const secret of [
    'jane.doe', '555', '7946', '4111', '5500', '6789', 'DE89', 'sk-proj', 'AKIA', 'abc.def', 'hunter22',
  ]) {
    assert.ok(!out.includes(secret), `"${secret}" survived in:\n${out}`);
  }
  for (const label of ['[EMAIL]', '[PHONE]', '[CARD]', '[SSN]', '[IBAN]', '[SECRET]']) {
    assert.ok(out.includes(label), `${label} missing in:\n${out}`);
  }
});

test('the default redactor leaves ordinary text, small numbers and dates alone', () => {
  const text = 'Order 12345 shipped on 2024-01-15 at 10:30, 3 items for $42.50.';
  assert.equal(defaultRedact(text), text);
});

test('redactJson redacts nested strings and keeps keys, numbers and booleans', () => {
  const value = { error: 'bad key sk-abcdefghijklmnopqrstuv', nested: [{ email: 'a@b.io', n: 3, ok: true }] };
  assert.deepEqual(redactJson(value, defaultRedact), {
    error: 'bad key [SECRET]',
    nested: [{ email: '[EMAIL]', n: 3, ok: true }],
  });
});

test('memoizeShortTexts redacts a short text once and long texts every time', () => {
  const calls: string[] = [];
  const redact = memoizeShortTexts((text) => {
    calls.push(text);
    return defaultRedact(text);
  }, 20);
  assert.equal(redact('openai'), 'openai');
  assert.equal(redact('openai'), 'openai');
  assert.equal(redact('mail a@b.example'), 'mail [EMAIL]');
  assert.equal(redact('mail a@b.example'), 'mail [EMAIL]');
  const long = 'write to jane@example.com please';
  assert.equal(redact(long), 'write to [EMAIL] please');
  assert.equal(redact(long), 'write to [EMAIL] please');
  assert.deepEqual(calls, ['openai', 'mail a@b.example', long, long]);
});
