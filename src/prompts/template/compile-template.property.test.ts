import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { MissingVariableError, TemplateSyntaxError } from '../errors/index.js';
import { compileTemplate } from './index.js';

const pieces = fc.constantFrom('{{', '}}', '{{{', '}}}', '{{#a}}', '{{/a}}', '{{^b}}', '{{/b}}', '{{!c}}', '{{a}}', '{{a.b}}', '{{.}}', '{{>p}}', '\n', ' ', 'x', '#', '/', '^');
const template = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 20 }).map((parts) => parts.join('')));
const variables = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('a', 'b'), fc.string())), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b'), fc.string())));

test('no source crashes the compiler, and a compiled template renders or names the missing variable', () => {
  fc.assert(
    fc.property(template, variables, (source, vars) => {
      let compiled;
      try {
        compiled = compileTemplate(source, { file: 't.md' });
      } catch (error) {
        assert.ok(error instanceof TemplateSyntaxError, `unexpected ${String(error)} for ${JSON.stringify(source)}`);
        assert.ok(error.line >= 1 && error.column >= 1);
        return;
      }
      try {
        assert.equal(typeof compiled.render(vars).text, 'string');
      } catch (error) {
        assert.ok(error instanceof MissingVariableError, `unexpected ${String(error)} rendering ${JSON.stringify(source)}`);
      }
    }),
    { numRuns: 2000 },
  );
});

test('text with no "{{" renders to itself', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('{{')), (source) => {
      assert.equal(compileTemplate(source).render({}).text, source);
    }),
  );
});
