import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readPromptfooTests, TestCaseError } from './index.js';

function write(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'evals-promptfoo-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('readPromptfooTests', () => {
  it('reads tests, merges defaultTest and follows file:// references', () => {
    const dir = write({
      'promptfooconfig.yaml': [
        'prompts: ["Answer: {{message}}"]',
        'providers: [openai:gpt-4o-mini]',
        'defaultTest:',
        '  vars: { company: Acme }',
        '  assert:',
        '    - type: not-icontains',
        '      value: as an AI',
        'tests:',
        '  - description: refund',
        '    vars: { message: I want a refund }',
        '    assert:',
        '      - type: icontains',
        '        value: refund',
        '      - type: llm-rubric',
        '        value: is polite',
        '    threshold: 0.6',
        '  - file://more.yaml',
      ].join('\n'),
      'more.yaml': '- vars: { message: where is my order }\n  assert: [{ type: contains-any, value: [tracking, status] }]\n',
    });
    const cases = readPromptfooTests(join(dir, 'promptfooconfig.yaml'));
    assert.equal(cases.length, 2);
    assert.deepEqual(cases[0].vars, { company: 'Acme', message: 'I want a refund' });
    assert.deepEqual(cases[0].assertions.map((a) => a.type), ['not-icontains', 'icontains', 'llm-rubric']);
    assert.equal(cases[0].threshold, 0.6);
    assert.equal(cases[0].description, 'refund');
    assert.deepEqual(cases[1].assertions.map((a) => a.type), ['not-icontains', 'contains-any']);
    assert.match(cases[1].source.file, /more\.yaml$/);
  });

  it('names the YAML line and promptfoo field of an unsupported assertion', () => {
    const dir = write({
      'promptfooconfig.yaml': 'tests:\n  - vars: { message: a }\n  - vars: { message: b }\n    assert:\n      - type: python\n        value: x\n',
    });
    assert.throws(
      () => readPromptfooTests(join(dir, 'promptfooconfig.yaml')),
      (error: unknown) => {
        assert.ok(error instanceof TestCaseError);
        assert.equal(error.issues[0].line, 3);
        assert.equal(error.issues[0].field, 'assert[0].type');
        assert.match(error.message, /promptfooconfig.yaml:3: case #1.*field "assert\[0\].type": unknown assertion type "python"/);
        return true;
      },
    );
  });

  it('reports YAML syntax errors with their line', () => {
    const dir = write({ 'promptfooconfig.yaml': 'tests:\n  - vars: { message: a\n' });
    assert.throws(() => readPromptfooTests(join(dir, 'promptfooconfig.yaml')), /promptfooconfig.yaml:\d+: YAML/);
  });
});
