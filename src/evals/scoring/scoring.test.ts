import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AssertionResult } from '../types.js';
import { failureReasons, formatChecks, lexicalRelevance, RepeatAccumulator, scoreQuality } from './index.js';

const caseOf = (extra: Partial<Parameters<typeof scoreQuality>[0]['testCase']> = {}) => ({ expectedElements: [] as string[], ...extra });
const assertion = (metric: AssertionResult['metric'], score: number, weight = 1): AssertionResult => ({ type: 'x', metric, weight, score, pass: score >= 0.5, reason: '' });

describe('scoreQuality', () => {
  it('applies the guide\'s weights over the five dimensions', () => {
    const q = scoreQuality({
      testCase: caseOf({ expectedElements: ['refund policy', 'timeline'] }),
      output: 'Our refund policy: refunds arrive in 5 days.',
      assertions: [assertion('relevance', 1), assertion('accuracy', 0.5), assertion('tone', 0), assertion('format', 1)],
    });
    // relevance 1*.3 + completeness .5*.25 + accuracy .5*.25 + tone (0+1 format-check? no: tone 0)*.1 + format 1*.1
    assert.deepEqual(q.breakdown, { relevance: 1, completeness: 0.5, accuracy: 0.5, tone: 0, format: 1 });
    assert.equal(q.overall, 0.3 + 0.125 + 0.125 + 0 + 0.1);
    assert.equal(q.threshold, 0.8);
  });

  it('leaves out dimensions without evidence and renormalises the weights', () => {
    const q = scoreQuality({ testCase: caseOf({ expectedElements: ['tracking'] }), output: 'Here is your tracking link.', assertions: [] });
    assert.deepEqual(Object.keys(q.breakdown).sort(), ['completeness', 'format']);
    assert.equal(q.overall, 1);
  });

  it('weights and threshold are configurable, per suite and per case', () => {
    const q = scoreQuality({
      testCase: caseOf({ weights: { format: 0 }, threshold: 0.9 }),
      output: 'cut off mid',
      assertions: [assertion('accuracy', 1)],
      weights: { accuracy: 1 },
    });
    assert.equal(q.overall, 1);
    assert.equal(q.threshold, 0.9);
  });

  it('measures lexical relevance against the input when no assertion speaks for it', () => {
    assert.equal(lexicalRelevance('My order has not arrived', 'Your order ships soon'), 1);
    assert.equal(lexicalRelevance('refund for broken boots', 'The weather is fine.'), 0);
    assert.equal(lexicalRelevance('Your product is terrible!', 'I am sorry. Here is a solution.', ['sorry', 'solution']), 1, 'expected elements are part of the request');
    const q = scoreQuality({ testCase: caseOf(), output: 'The weather is fine.', input: 'refund for broken boots', assertions: [] });
    assert.equal(q.breakdown.relevance, 0);
  });

  it('built-in format checks catch empty, unfilled and cut-off answers', () => {
    assert.deepEqual(formatChecks('Hello {{customer_name}}, thanks for writing to us about the').problems, ['unfilled {{placeholder}}', 'ends mid-sentence']);
    assert.deepEqual(formatChecks('Your refund is on its way.\n\nAcme Outfitters Support').problems, [], 'a sign-off is not a cut');
    assert.equal(formatChecks('').score, 0);
    assert.equal(formatChecks('Steps:\n1. Open the app\n2. Tap reset').score, 1);
  });
});

describe('failureReasons', () => {
  it('fails a case for a missing element, a weak tone, a failed assertion or a low score', () => {
    const output = 'Whatever, figure it out yourself.';
    const testCase = caseOf({ expectedElements: ['refund policy'], expectedTone: 'professional' });
    const failing = { ...assertion('accuracy', 0), type: 'icontains', reason: 'does not contain "x"' };
    const quality = scoreQuality({ testCase, output, assertions: [failing] });
    const reasons = failureReasons(testCase, output, [failing], quality);
    assert.equal(reasons.length, 4);
    assert.match(reasons[0], /missing "refund policy"/);
    assert.match(reasons[1], /tone professional 0\.\d+ < 0.7/);
    assert.match(reasons[3], /quality 0\.\d+ < 0.8/);
  });
});

describe('RepeatAccumulator', () => {
  it('reports pass rate, mean and spread; passes at min-pass', () => {
    const acc = new RepeatAccumulator();
    for (const [score, pass] of [[0.9, true], [0.7, false], [0.8, true]] as const) acc.add(score, pass);
    const s = acc.summary(2);
    assert.deepEqual([s.runs, s.passes, s.passRate, s.meanScore, s.scoreStdDev, s.pass], [3, 2, 0.667, 0.8, 0.1, true]);
    assert.equal(acc.summary(3).pass, false);
  });
});
