import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MissingVariableError, TemplateSyntaxError } from '../errors/index.js';
import type { VariableSpec } from '../types.js';
import { compileTemplate } from './index.js';

const declared: Record<string, VariableSpec> = {
  customer_name: { type: 'string', required: false, default: 'there' },
  message: { type: 'string', required: true },
  order_id: { type: 'string', required: false },
  customer: { type: 'object', required: false },
};

test('fills variables and dotted paths, with no HTML escaping', () => {
  const template = compileTemplate('Hi {{ customer_name }} <{{customer.name}}> & {{{message}}}', { declared });
  assert.deepEqual(template.render({ customer_name: 'Ada & Co', customer: { name: 'A<b>' }, message: '"x"' }), {
    text: 'Hi Ada & Co <A<b>> & "x"',
    warnings: [],
  });
  assert.deepEqual(template.variables, ['customer_name', 'customer', 'message']);
});

test('a missing required variable is an error naming it; defaults and optional ones fill in', () => {
  const template = compileTemplate('Hi {{customer_name}}: {{message}} {{order_id}}', { declared, file: 'system-prompt.md' });
  assert.throws(() => template.render({}), (error: unknown) => {
    assert.ok(error instanceof MissingVariableError);
    assert.equal(error.variable, 'message');
    assert.equal(error.message, 'missing required variable "message" (template system-prompt.md)');
    return true;
  });
  assert.equal(template.render({ message: 'hello', customer_name: null }).text, 'Hi there: hello ');
});

test('without declarations, every variable used outside a section is required', () => {
  const template = compileTemplate('{{a}}{{#b}}{{c}}{{/b}}');
  assert.throws(() => template.render({}), { name: 'MissingVariableError', variable: 'a' } as object);
  assert.equal(template.render({ a: 1 }).text, '1');
});

test('variables not declared in front matter give warnings, whether used or given', () => {
  const template = compileTemplate('{{message}} {{mood}}', { declared });
  const result = template.render({ message: 'm', extra: 1 });
  assert.equal(result.text, 'm ');
  assert.deepEqual(result.warnings, [
    'unknown variable "mood" (used in the template, not declared in front matter)',
    'unknown variable "extra" (given, not declared in front matter)',
  ]);
  assert.equal(template.render({ message: 'm' }).warnings.length, 1, 'warnings of one render do not leak into the next');
});

test('sections render for present values, inverted sections for absent ones, lists repeat', () => {
  const template = compileTemplate('{{#order_id}}Order {{order_id}}.{{/order_id}}{{^order_id}}No order.{{/order_id}}{{#items}}[{{name}}]{{/items}}{{#tags}}<{{.}}>{{/tags}}');
  assert.equal(template.render({ order_id: 'A1', items: [{ name: 'x' }, { name: 'y' }], tags: ['a', 'b'] }).text, 'Order A1.[x][y]<a><b>');
  assert.equal(template.render({ items: [], tags: [] }).text, 'No order.');
});

test('a section or comment tag alone on its line takes the line with it', () => {
  const template = compileTemplate('Hello\n{{! a note for authors }}\n{{#order_id}}\nOrder {{order_id}}\n{{/order_id}}\nBye');
  assert.equal(template.render({ order_id: '7' }).text, 'Hello\nOrder 7\nBye');
  assert.equal(template.render({}).text, 'Hello\nBye');
});

test('values are written plainly: numbers, booleans, lists as "a, b", objects as JSON', () => {
  const template = compileTemplate('{{n}} {{b}} {{list}} {{obj}}');
  assert.equal(template.render({ n: 3.5, b: false, list: ['a', 2], obj: { k: [1] } }).text, '3.5 false a, 2 {"k":[1]}');
});

test('malformed templates are refused with file:line:column', () => {
  const cases: Array<[string, RegExp]> = [
    ['ok\nHi {{name', /^p\.md:11:4: unclosed tag/],
    ['{{#a}}\n  {{/b}}', /^p\.md:11:3: "\{\{\/b\}\}" does not close "\{\{#a\}\}" opened at 10:1/],
    ['x {{#a}} y', /^p\.md:10:3: section "\{\{#a\}\}" is never closed/],
    ['{{/a}}', /^p\.md:10:1: "\{\{\/a\}\}" closes a section that was never opened/],
    ['{{ }}', /empty tag/],
    ['{{a b}}', /invalid variable name "a b"/],
    ['{{> partial}}', /partials, delimiter changes\) are not supported/],
    ['{{a {{b}}', /^p\.md:10:1: unclosed tag/],
    ['{{.}}', /only meaningful inside a section/],
  ];
  for (const [source, message] of cases) {
    assert.throws(() => compileTemplate(source, { file: 'p.md', startLine: 10 }), (error: unknown) => {
      assert.ok(error instanceof TemplateSyntaxError, source);
      assert.match(error.message, message, source);
      return true;
    });
  }
});

test('text without tags and lone braces pass through unchanged', () => {
  const source = 'JSON example: {"a": {"b": 1}} and a } or { alone';
  assert.equal(compileTemplate(source).render({}).text, source);
});
