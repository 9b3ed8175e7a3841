import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRetryAfter } from './index.js';

const NOW = Date.parse('2025-01-01T00:00:00Z');

test('reads Retry-After as delta-seconds, decimals included', () => {
  assert.equal(parseRetryAfter({ 'retry-after': '2' }, NOW), 2000);
  assert.equal(parseRetryAfter({ 'retry-after': '0.25' }, NOW), 250);
  assert.equal(parseRetryAfter({ 'retry-after': ' 0 ' }, NOW), 0);
});

test('reads Retry-After as an HTTP date relative to now, never negative', () => {
  assert.equal(parseRetryAfter({ 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }, NOW), 3000);
  assert.equal(parseRetryAfter({ 'retry-after': 'Tue, 31 Dec 2024 23:59:00 GMT' }, NOW), 0);
});

test("prefers OpenAI's retry-after-ms and falls back when it is unusable", () => {
  assert.equal(parseRetryAfter({ 'retry-after-ms': '150', 'retry-after': '9' }, NOW), 150);
  assert.equal(parseRetryAfter({ 'retry-after-ms': 'soon', 'retry-after': '1' }, NOW), 1000);
  assert.equal(parseRetryAfter({ 'retry-after-ms': ['20', '30'] }, NOW), 20);
});

test('ignores garbage and caps absurd waits at ten minutes', () => {
  assert.equal(parseRetryAfter({}, NOW), undefined);
  assert.equal(parseRetryAfter({ 'retry-after': 'later' }, NOW), undefined);
  assert.equal(parseRetryAfter({ 'retry-after': '-1' }, NOW), undefined);
  assert.equal(parseRetryAfter({ 'retry-after': '86400' }, NOW), 600_000);
});
