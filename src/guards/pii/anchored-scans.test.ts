import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { forEachEmail, forEachIpv6Candidate } from './anchored-scans.js';

// The global regexes the anchored scans replace, kept as the reference.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|:){1,7}(?::|(?::?[0-9A-Fa-f]{1,4}){1,7})(?![\w:])/g;

const emails = (text: string): Array<[number, number]> => {
  const found: Array<[number, number]> = [];
  forEachEmail(text, (start, end) => found.push([start, end]));
  return found;
};
const ipv6 = (text: string): Array<[number, string]> => {
  const found: Array<[number, string]> = [];
  forEachIpv6Candidate(text, (start, match) => found.push([start, match]));
  return found;
};

test('e-mail addresses, back to back and after a dot', () => {
  const text = 'mail jo.doe+x@example.co.uk or a@b.com.x@y.com, not @nobody or x@y';
  assert.deepEqual(emails(text).map(([s, e]) => text.slice(s, e)), ['jo.doe+x@example.co.uk', 'a@b.com', '.x@y.com']);
});

test('IPv6 candidates come only from runs with two colons', () => {
  assert.deepEqual(ipv6('at 10:30, from 2001:db8::1 and fe80::1%eth0'), [[15, '2001:db8::1'], [31, 'fe80::1']]);
});

test('the anchored scans find exactly what the global regexes find', () => {
  const pieces = fc.constantFrom('a', 'Z', 'f', '0', '9', '.', '-', '_', '+', '%', '@', ':', '::', ' ', 'com', 'x.io', 'db8', '2001', 'é', '\n');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')), (text) => {
    assert.deepEqual(emails(text), [...text.matchAll(EMAIL)].map((m) => [m.index, m.index + m[0].length]));
    const ref = [...text.matchAll(IPV6)].map((m): [number, string] => [m.index, m[0]]).filter(([, m]) => m.split(':').length >= 3);
    assert.deepEqual(ipv6(text).filter(([, m]) => m.split(':').length >= 3), ref);
  }), { numRuns: 5000 });
});
