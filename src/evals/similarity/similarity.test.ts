import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bm25Cosine, buildTermStatistics, stem, terms } from './index.js';

describe('bm25Cosine', () => {
  it('is 1 for the same text, 0 for texts with no content word in common, symmetric', () => {
    const a = 'Your refund is processed within five business days';
    assert.ok(Math.abs(bm25Cosine(a, a) - 1) < 1e-9);
    assert.equal(bm25Cosine(a, 'The weather is nice'), 0);
    assert.ok(Math.abs(bm25Cosine(a, 'refunds take days') - bm25Cosine('refunds take days', a)) < 1e-9);
  });

  it('ranks a paraphrase above an unrelated answer; stop words and inflections do not matter', () => {
    const reference = 'We will refund the order within 5 business days.';
    assert.ok(bm25Cosine('Refunds for orders are processed in 5 business days', reference) > bm25Cosine('Our stores open at nine in the morning', reference));
    assert.deepEqual(terms('The refunds were refunded'), ['refund', 'refund']);
    assert.equal(stem('policies'), 'policy');
  });

  it('with a background corpus, rare shared terms weigh more than common ones', () => {
    const corpus = buildTermStatistics([
      'thank you for your order',
      'thank you for contacting us about your order',
      'thank you, your order shipped',
      'warranty claims need a receipt',
    ]);
    const reference = 'thank you, the warranty covers your order';
    const sharesRare = bm25Cosine('the warranty applies', reference, corpus);
    const sharesCommon = bm25Cosine('thank you for the order', reference, corpus);
    assert.ok(sharesRare > sharesCommon, `${sharesRare} vs ${sharesCommon}`);
  });
});
