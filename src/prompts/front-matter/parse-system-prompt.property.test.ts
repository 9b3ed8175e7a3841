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

const YAML_BITS = ['\n', '  ', ':', ' ', '- ', '{', '}', '[', ']', ',', '"', "'", '#', '&a ', '*a', '!!str ', '!!binary ', '|', '>', '\t', '${SET}', '${UNSET}', '---', '...', '\uFEFF', '\uD800', '? ', '%YAML 1.2\n', '<<: ', '&a [*a]', 'server', 'port', '80', 'model', 'type', 'openai'];
/** Unicode text, and text made of YAML's special characters and keywords (cheaper to generate than fast-check's 'binary' unit). */
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.constantFrom(...YAML_BITS), { maxLength: 40 }).map((parts) => parts.join('')));
const KEYS = ['model', 'fallback_models', 'parameters', 'temperature', 'max_tokens', 'variables', 'type', 'required', 'default', 'max_length', 'output_schema', 'validator', 'guards', 'user_template', 'message'];
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('string', 'object', 'gpt-4o-mini', './v.js', '../x'));
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('node'), { maxKeys: 4 })),
})).node;

test('no text crashes the front-matter parser', () => {
  fc.assert(fc.property(anyText, (text) => parsesOrExplains(text)), { numRuns: 500 });
  fc.assert(fc.property(anyText, (text) => parsesOrExplains(`---\n${text}\n---\nbody`)), { numRuns: 500 });
});

test('no YAML document of front-matter-like keys crashes the parser', () => {
  fc.assert(fc.property(tree, (value) => parsesOrExplains(`---\n${stringify(value)}---\n{{message}}`)), { numRuns: 400 });
});
