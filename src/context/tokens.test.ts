import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countTokens } from './index.js';

test('counts with the OpenAI encoding of the model family', () => {
  const text = 'Where is my order 1234?';
  const modern = countTokens(text, 'gpt-4o-mini');
  const legacy = countTokens(text, 'gpt-4');
  assert.equal(modern.exact, true);
  assert.equal(legacy.exact, true);
  assert.ok(modern.tokens >= 5 && modern.tokens <= 10, `got ${modern.tokens}`);
});

test('marks counts for models without a local tokenizer as estimates', () => {
  const count = countTokens('Hello there, how can I help?', 'claude-3-5-haiku-latest');
  assert.equal(count.exact, false);
  assert.ok(count.tokens > 0);
  assert.deepEqual(countTokens('', 'claude-3-5-haiku-latest'), { tokens: 0, exact: true });
});
