import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { CONFIG_TEMPLATE, ConfigError, parseConfigFile } from './index.js';

/** Either a config or a ConfigError with a message; never another exception. */
function parsesOrExplains(text: string): void {
  try {
    parseConfigFile(text, 'promptops.config.yaml', { SET: 'value' });
  } catch (error) {
    assert.ok(error instanceof ConfigError, `unexpected ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} for ${JSON.stringify(text)}`);
    assert.ok(error.message.length > 0);
  }
}

const YAML_BITS = ['\n', '  ', ':', ' ', '- ', '{', '}', '[', ']', ',', '"', "'", '#', '&a ', '*a', '!!str ', '!!binary ', '|', '>', '\t', '${SET}', '${UNSET}', '---', '...', '\uFEFF', '\uD800', '? ', '%YAML 1.2\n', '<<: ', '&a [*a]', 'server', 'port', '80', 'model', 'type', 'openai'];
/** Unicode text, and text made of YAML's special characters and keywords (cheaper to generate than fast-check's 'binary' unit). */
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.constantFrom(...YAML_BITS), { maxLength: 40 }).map((parts) => parts.join('')));
const KEYS = ['server', 'port', 'host', 'body_limit', 'providers', 'openai', 'type', 'base_url', 'api_key', 'models', 'retry', 'breaker', 'guards', 'pii', 'store', 'url', 'default_provider', 'x'];
const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('openai', 'demo', '1mb', '${SET}', '${UNSET}', 'http://h'));
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('node'), { maxKeys: 4 })),
})).node;

test('no text crashes the config parser', () => {
  fc.assert(fc.property(anyText, parsesOrExplains), { numRuns: 500 });
});

test('no YAML document of config-like keys crashes the config parser', () => {
  fc.assert(fc.property(tree, (value) => parsesOrExplains(stringify(value))), { numRuns: 300 });
});

test('no edit of the init template crashes the config parser', () => {
  const edit = fc.record({ at: fc.nat(CONFIG_TEMPLATE.length), remove: fc.nat(8), insert: fc.string({ maxLength: 6 }) });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
      let text = CONFIG_TEMPLATE;
      for (const { at, remove, insert } of edits) text = text.slice(0, at) + insert + text.slice(at + remove);
      parsesOrExplains(text);
    }),
    { numRuns: 500 },
  );
});
