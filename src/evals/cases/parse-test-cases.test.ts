import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadTestCases, parseTestCases, TestCaseError } from './index.js';

function issuesOf(fn: () => unknown): TestCaseError['issues'] {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof TestCaseError, `expected TestCaseError, got ${String(error)}`);
    return error.issues;
  }
  assert.fail('expected a TestCaseError');
}

describe('parseTestCases', () => {
  it('reads the guide format: a string input becomes {message}, snake_case fields are accepted', () => {
    const [a, b] = parseTestCases(
      [
        { input: "My order hasn't arrived", expectedElements: ['order status', 'tracking'], expectedTone: 'helpful' },
        {
          id: 'refund',
          input: { customer_name: 'Dev', message: 'I want a refund' },
          expected_elements: ['refund policy'],
          expected_tone: 'Professional',
          assert: [{ type: 'not-icontains', value: 'as an AI' }],
          parameters: { max_tokens: 200 },
          threshold: 0.7,
        },
      ],
      'cases.json',
    );
    assert.equal(a.id, 'case-1');
    assert.deepEqual(a.vars, { message: "My order hasn't arrived" });
    assert.deepEqual(b.vars, { customer_name: 'Dev', message: 'I want a refund' }, 'variable names keep their spelling');
    assert.deepEqual(b.expectedElements, ['refund policy']);
    assert.equal(b.expectedTone, 'professional');
    assert.equal(b.assertions[0].type, 'not-icontains');
    assert.deepEqual(b.parameters, { maxTokens: 200 });
    assert.equal(b.threshold, 0.7);
    assert.deepEqual(b.source, { file: 'cases.json', index: 1 });
  });

  it('lists every problem with file, case index, id and field', () => {
    const issues = issuesOf(() =>
      parseTestCases(
        [
          { id: 'a', input: 'hi', expectedTone: 'sarcastic' },
          { id: 'a', input: 'hi', expectedElement: ['x'] },
          { id: 'c', input: 'hi', assertions: [{ type: 'contians', value: 'x' }, { type: 'regex', value: '(' }, { type: 'length' }] },
          { id: 'd' },
        ],
        'prompts/cs/v1/test-cases.json',
      ),
    );
    const lines = issues.map((i) => `${i.caseIndex} ${i.field}`);
    assert.deepEqual(lines, [
      '0 expectedTone',
      '1 expectedElement',
      '1 id',
      '2 assertions[0].type',
      '2 assertions[1].value',
      '2 assertions[2].value',
      '3 input',
    ]);
    assert.match(issues[1].message, /did you mean "expectedElements"/);
    assert.match(issues[3].message, /unknown assertion type "contians"/);
    const error = new TestCaseError('prompts/cs/v1/test-cases.json', issues);
    assert.match(error.message, /prompts\/cs\/v1\/test-cases.json: case #0 \("a"\): field "expectedTone": must be one of helpful/);
  });

  it('accepts {"cases": [...]} and rejects an empty or non-list file', () => {
    assert.equal(parseTestCases({ cases: [{ input: 'x' }] }, 'f.json').length, 1);
    assert.match(issuesOf(() => parseTestCases([], 'f.json'))[0].message, /no test cases/);
    assert.match(issuesOf(() => parseTestCases({ foo: 1 }, 'f.json'))[0].message, /expected a list/);
  });

  it('reports invalid JSON with its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evals-cases-'));
    const file = join(dir, 'test-cases.json');
    writeFileSync(file, '[\n  {"input": "a"},\n  {"input": "b",}\n]');
    await assert.rejects(loadTestCases(file), (error: unknown) => {
      assert.ok(error instanceof TestCaseError);
      assert.match(error.message, /test-cases.json(:3)?: invalid JSON/);
      return true;
    });
    await assert.rejects(loadTestCases(join(dir, 'missing.json')), /cannot read: ENOENT/);
  });

  it('reads the bundled customer-service cases without problems', async () => {
    const cases = await loadTestCases(new URL('../../../prompts/customer-service/v1.0.0/test-cases.json', import.meta.url).pathname);
    assert.ok(cases.length >= 3);
    assert.ok(cases.every((c) => typeof c.vars.message === 'string'));
  });
});
