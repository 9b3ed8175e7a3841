import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachObfuscatedEmail } from './obfuscated-email.js';

const emails = (text: string): string[] => {
  const out: string[] = [];
  forEachObfuscatedEmail(text, (start, end) => out.push(text.slice(start, end)));
  return out;
};

test('addresses spelled out to dodge scrapers', () => {
  assert.deepEqual(emails('Write to john dot doe at example dot com please'), ['john dot doe at example dot com']);
  assert.deepEqual(emails('Mail: john[at]example[dot]com'), ['john[at]example[dot]com']);
  assert.deepEqual(emails('Contact john (at) example.com for info'), ['john (at) example.com']);
  assert.deepEqual(emails('reach me at jane.doe(at)gmail(dot)com'), ['jane.doe(at)gmail(dot)com']);
  assert.deepEqual(emails('jane@example dot org'), ['jane@example dot org']);
  assert.deepEqual(emails('email me: maria.lopez at gmail.com'), ['maria.lopez at gmail.com']);
  assert.deepEqual(emails('defanged: john.doe@gmail[.]com, jane[at]corp(.)co(.)uk'), ['john.doe@gmail[.]com', 'jane[at]corp(.)co(.)uk']);
});

test('"at" in ordinary sentences is not an address', () => {
  assert.deepEqual(emails('I was at home dot com. Meet me at the station at 5.'), []);
  assert.deepEqual(emails('find us at example.com or see me at work.com at 5'), []);
  assert.deepEqual(emails('plain jo@example.com is found by the ordinary scan'), []);
});
