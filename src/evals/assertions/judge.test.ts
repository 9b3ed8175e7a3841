import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { describe, it } from 'node:test';
import { createDemoProvider } from '../../providers/index.js';
import { scriptedProvider } from '../../../test/support/scripted-model.js';
import { evaluateAssertion, JudgeMissingError, type AssertionContext } from './index.js';

const context = (judgeAnswers: string[] | undefined, output = 'Reset your password from the login page.'): AssertionContext & { calls: unknown[] } => {
  const provider = judgeAnswers ? scriptedProvider('judge', judgeAnswers) : undefined;
  return {
    output,
    input: 'I cannot log in',
    vars: {},
    baseDir: tmpdir(),
    services: provider ? { judge: provider.languageModel('judge-model') } : {},
    calls: provider?.calls ?? [],
  };
};

describe('llm-rubric', () => {
  it('asks the judge with rubric, input and output, and reads its JSON verdict', async () => {
    const ctx = context(['Verdict: {"reason": "gives a concrete step", "score": 0.9, "pass": true}']);
    const r = await evaluateAssertion({ type: 'llm-rubric', value: 'Offers a concrete next step' }, ctx);
    assert.deepEqual([r.pass, r.score, r.metric], [true, 0.9, 'accuracy']);
    assert.equal(r.reason, 'judge judge-model: gives a concrete step');
    const sent = JSON.stringify(ctx.calls[0]);
    assert.match(sent, /Offers a concrete next step/);
    assert.match(sent, /I cannot log in/);
    assert.match(sent, /"temperature":0/);
  });

  it('a threshold overrides the judge\'s pass; a not- form inverts', async () => {
    const r = await evaluateAssertion({ type: 'llm-rubric', value: 'x', threshold: 0.95 }, context(['{"score": 0.9, "pass": true}']));
    assert.equal(r.pass, false);
    const n = await evaluateAssertion({ type: 'not-llm-rubric', value: 'mentions a competitor' }, context(['{"score": 0, "pass": false, "reason": "no"}']));
    assert.equal(n.pass, true);
  });

  it('fails with a reason when the judge gives no verdict (the demo model answers prose)', async () => {
    const ctx: AssertionContext = { ...context(undefined), services: { judge: createDemoProvider().languageModel('demo') } };
    const r = await evaluateAssertion({ type: 'llm-rubric', value: 'is polite' }, ctx);
    assert.equal(r.pass, false);
    assert.match(r.reason, /judge demo gave no JSON verdict/);
  });

  it('without a judge it is a setup error, not a failed case', async () => {
    await assert.rejects(evaluateAssertion({ type: 'llm-rubric', value: 'x' }, context(undefined)), JudgeMissingError);
  });
});

describe('g-eval', () => {
  it('maps the judge\'s 1-5 rating to [0, 1] and sends the evaluation steps', async () => {
    const ctx = context(['{"steps": ["read"], "score": 4, "reason": "clear"}']);
    const r = await evaluateAssertion({ type: 'g-eval', value: { criteria: 'Coherence', steps: ['Check the order of steps'] } }, ctx);
    assert.deepEqual([r.score, r.pass], [0.75, true]);
    assert.match(r.reason, /rated 4\/5/);
    assert.match(JSON.stringify(ctx.calls[0]), /1\. Check the order of steps/);
    const low = await evaluateAssertion({ type: 'g-eval', value: 'Coherence' }, context(['{"score": 2}']));
    assert.deepEqual([low.score, low.pass], [0.25, false]);
    const junk = await evaluateAssertion({ type: 'g-eval', value: 'Coherence' }, context(['{"score": 9}']));
    assert.match(junk.reason, /no 1-5 score/);
  });
});
