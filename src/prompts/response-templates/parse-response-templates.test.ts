import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PromptFileError } from '../errors/index.js';
import { parseResponseTemplates } from './index.js';

test('each "## Name" is a template with its keywords line and body', () => {
  const templates = parseResponseTemplates(
    `# Response templates

Preamble text is ignored.

## Order status
keywords: Order, where is,  tracking

Hi {{customer_name}}, here is your order status.

Acme Support

## Password reset
Steps:
\`\`\`
## not a heading inside a fence
\`\`\`
`,
    'response-templates.md',
  );
  assert.deepEqual(templates, [
    { name: 'Order status', keywords: ['order', 'where is', 'tracking'], body: 'Hi {{customer_name}}, here is your order status.\n\nAcme Support' },
    { name: 'Password reset', keywords: ['password', 'reset'], body: 'Steps:\n```\n## not a heading inside a fence\n```' },
  ]);
});

test('an empty body, a duplicate name or a malformed placeholder is located', () => {
  const problem = (text: string) => {
    try {
      parseResponseTemplates(text, 'rt.md');
    } catch (error) {
      assert.ok(error instanceof PromptFileError);
      return error.message;
    }
    assert.fail('expected PromptFileError');
  };
  assert.equal(problem('## A\nkeywords: a\n\n## B\nbody'), 'rt.md:1:1 A: template "A" has no body');
  assert.equal(problem('## A\nx\n## a\ny'), 'rt.md:3:1 a: template "a" is defined twice (first at line 1)');
  assert.equal(problem('## A\n\nline one\nHi {{name'), 'rt.md:4:4 A: unclosed tag: "{{" has no matching "}}"');
});

test('a file with no headings has no templates', () => {
  assert.deepEqual(parseResponseTemplates('just notes\n', 'rt.md'), []);
});
