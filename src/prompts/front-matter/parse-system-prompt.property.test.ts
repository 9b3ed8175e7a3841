import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { PromptFileError } from '../errors/index.js';
import { parseSystemPrompt } from './index.js';

function parsesOrExplains(text: string): void {
  try {
    parseSystemPrompt(text, 'system-prompt.md');
  } catch (error) {
    assert.ok(error instanceof PromptFileError, `unexpected ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} for ${JSON.stringify(text)}`);
    assert.match(error.message, /^system-prompt\.md/);
  }
}

const KEYS = ['model', 'fallback_models', 'parameters', 'temperature', 'max_tokens', 'variables', 'type', 'required', 'default', 'max_length', 'output_schema', 'validator', 'guards', 'user_template', 'message'];
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('string', 'object', 'gpt-4o-mini', './v.js', '../x'));
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('node'), { maxKeys: 4 })),
})).node;

test('no text crashes the front-matter parser', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => parsesOrExplains(text)), { numRuns: 500 });
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => parsesOrExplains(`---\n${text}\n---\nbody`)), { numRuns: 500 });
});

test('no YAML document of front-matter-like keys crashes the parser', () => {
  fc.assert(fc.property(tree, (value) => parsesOrExplains(`---\n${stringify(value)}---\n{{message}}`)), { numRuns: 1000 });
});
