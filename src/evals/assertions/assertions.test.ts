import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { AssertionSpec } from '../types.js';
import { checkAssertion, evaluateAssertion, extractJson, type AssertionContext } from './index.js';

const base: AssertionContext = { output: '', vars: {}, baseDir: tmpdir(), services: {} };
const run = (spec: AssertionSpec, output: string, extra: Partial<AssertionContext> = {}) => evaluateAssertion(spec, { ...base, output, ...extra });

describe('text assertions', () => {
  const reply = 'Thanks! Your refund will arrive within 5-7 business days.';

  it('contains / icontains and their -all / -any forms', async () => {
    assert.equal((await run({ type: 'contains', value: 'refund' }, reply)).pass, true);
    assert.equal((await run({ type: 'contains', value: 'Refund' }, reply)).pass, false);
    assert.equal((await run({ type: 'icontains', value: 'REFUND' }, reply)).pass, true);
    const all = await run({ type: 'icontains-all', value: ['refund', 'business days', 'tracking'] }, reply);
    assert.equal(all.pass, false);
    assert.equal(all.score, 2 / 3, '-all gives partial credit');
    assert.match(all.reason, /missing "tracking"/);
    assert.equal((await run({ type: 'contains-any', value: ['nope', 'refund'] }, reply)).pass, true);
  });

  it('equals, regex, starts-with', async () => {
    assert.equal((await run({ type: 'equals', value: 'yes' }, ' yes\n')).pass, true);
    assert.equal((await run({ type: 'equals', value: { a: 1 } }, '{ "a": 1 }')).pass, true);
    assert.equal((await run({ type: 'regex', value: '\\d+-\\d+ business days' }, reply)).pass, true);
    assert.equal((await run({ type: 'starts-with', value: 'Thanks' }, reply)).pass, true);
  });

  it('not- forms invert pass and score', async () => {
    const r = await run({ type: 'not-icontains', value: 'as an ai' }, 'As an AI language model I cannot');
    assert.equal(r.pass, false);
    assert.equal(r.score, 0);
    assert.match(r.reason, /^not: contains/);
    const partial = await run({ type: 'not-contains-all', value: ['a', 'zzz'] }, 'a b');
    assert.equal(partial.score, 0.5);
    assert.equal(partial.pass, true);
  });
});

describe('json assertions', () => {
  const schema = { type: 'object', required: ['category', 'priority'], properties: { priority: { enum: ['low', 'medium', 'high'] } } };

  it('is-json with and without a schema', async () => {
    assert.equal((await run({ type: 'is-json' }, '{"a": 1}')).pass, true);
    assert.match((await run({ type: 'is-json' }, 'Sure: {"a": 1}')).reason, /not JSON/);
    const bad = await run({ type: 'is-json', value: schema }, '{"category": "technical", "priority": "urgent"}');
    assert.equal(bad.pass, false);
    assert.match(bad.reason, /\/priority must be equal to one of the allowed values/);
  });

  it('contains-json and json-schema find JSON inside prose; a schema can come from a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evals-json-'));
    writeFileSync(join(dir, 'schema.json'), JSON.stringify(schema));
    const output = 'Here is the classification: {"category": "technical", "priority": "medium", "note": "a } in a string"} — done.';
    assert.equal((await run({ type: 'contains-json' }, output)).pass, true);
    assert.equal((await run({ type: 'json-schema', value: 'schema.json' }, output, { baseDir: dir })).pass, true);
    assert.deepEqual(extractJson('x [1, {"b": "]"}] y'), { found: true, value: [1, { b: ']' }] });
    assert.deepEqual(extractJson('no json {here'), { found: false });
  });
});

describe('bounds', () => {
  it('length, word-count, latency and cost', async () => {
    assert.equal((await run({ type: 'length', value: { max: 5 } }, 'abcdef')).pass, false);
    assert.equal((await run({ type: 'word-count', value: { min: 2, max: 3 } }, 'one two three')).pass, true);
    assert.equal((await run({ type: 'latency', value: 500 }, 'x', { latencyMs: 120 })).pass, true);
    assert.equal((await run({ type: 'latency', value: 100 }, 'x', { latencyMs: 120 })).pass, false);
    assert.match((await run({ type: 'cost', value: 0.01 }, 'x')).reason, /cost unknown/);
    assert.equal((await run({ type: 'cost', value: 0.01 }, 'x', { costUsd: 0.002 })).pass, true);
  });
});

describe('tone and similar', () => {
  it('tone passes at 0.7 and explains which phrases counted', async () => {
    const empathetic = await run({ type: 'tone', value: 'empathetic' }, "I completely understand how frustrating this is, and I'm sorry to hear it.");
    assert.equal(empathetic.pass, true);
    assert.match(empathetic.reason, /empathetic 0\.\d+, pass at 0.7 \("i completely understand"/);
    assert.equal((await run({ type: 'not-tone', value: 'blaming' }, 'Here is how to reset your password.')).pass, true);
  });

  it('similar uses a BM25 cosine offline, and embeddings when given', async () => {
    const reference = 'Your refund will be processed within 5-7 business days.';
    assert.equal((await run({ type: 'similar', value: reference }, 'We process refunds within 5-7 business days.')).pass, true);
    assert.equal((await run({ type: 'similar', value: reference }, 'Our store opens at nine.')).pass, false);
    const embed = async (texts: string[]) => texts.map((t) => [t.length % 7, 1, 0]);
    const r = await run({ type: 'similar', value: reference, threshold: 0.5 }, 'whatever', { services: { embed } });
    assert.match(r.reason, /^embedding cosine/);
  });
});

describe('checkAssertion', () => {
  it('names the field that is wrong', () => {
    assert.deepEqual(checkAssertion({ type: 'icontains', value: 3 }), { field: 'value', message: '"value" must be a string' });
    assert.equal(checkAssertion({ type: 'tone', value: 'helpful', threshold: 2 })?.field, 'threshold');
    assert.equal(checkAssertion({ type: 'not-is-json' }), undefined);
    assert.match(checkAssertion({ type: 'javascript', value: 'output.length <' })!.message, /does not parse/);
  });
});
