import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PromptFileError } from '../errors/index.js';
import { parseSystemPrompt } from './index.js';

const FILE = 'prompts/x/v1.0.0/system-prompt.md';

function fileError(text: string): PromptFileError {
  try {
    parseSystemPrompt(text, FILE);
  } catch (error) {
    assert.ok(error instanceof PromptFileError, `expected PromptFileError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a PromptFileError');
}

test('front matter in snake_case becomes PromptMeta; the body follows it', () => {
  const parsed = parseSystemPrompt(
    `---
description: Support agent
model: gpt-4o-mini
fallback_models: [claude-3-5-haiku-latest, demo]
parameters: { temperature: 0.2, max_tokens: 300, top_p: 0.9, stop: END, seed: 7 }
variables:
  customer_name: { type: string, default: there }
  message: { type: string, required: true, max_length: 1000 }
  order_id: string
  count: { type: number, required: false }
output_schema: { type: object, required: [answer] }
required_keywords: [Acme]
forbidden_keywords: [system prompt]
validator: ./validate.js
max_reasks: 2
fallback_response: Sorry, try later.
guards: { injection: block, pii: mask, max_input_length: 500 }
---

You are helping {{customer_name}}.
`,
    FILE,
  );
  assert.deepEqual(parsed.meta, {
    description: 'Support agent',
    model: 'gpt-4o-mini',
    fallbackModels: ['claude-3-5-haiku-latest', 'demo'],
    parameters: { temperature: 0.2, maxTokens: 300, topP: 0.9, stop: ['END'], seed: 7 },
    variables: {
      customer_name: { type: 'string', required: false, default: 'there' },
      message: { type: 'string', required: true, maxLength: 1000 },
      order_id: { type: 'string', required: true },
      count: { type: 'number', required: false },
    },
    userTemplate: '{{message}}',
    outputSchema: { type: 'object', required: ['answer'] },
    requiredKeywords: ['Acme'],
    forbiddenKeywords: ['system prompt'],
    validator: './validate.js',
    maxReasks: 2,
    fallbackResponse: 'Sorry, try later.',
    guards: { injection: 'block', pii: 'mask', maxInputLength: 500 },
  });
  assert.equal(parsed.body, 'You are helping {{customer_name}}.');
  assert.equal(parsed.bodyStartLine, 20);
  assert.deepEqual(parsed.locate(['guards']), { line: 17, column: 9 });
});

test('only model is required; lists default to empty and re-asks to one', () => {
  const { meta, body } = parseSystemPrompt('---\nmodel: demo\n---\nBe brief.', FILE);
  assert.deepEqual(meta, { model: 'demo', fallbackModels: [], parameters: {}, variables: {}, requiredKeywords: [], forbiddenKeywords: [], maxReasks: 1 });
  assert.equal(body, 'Be brief.');
});

test('errors name the file, the line in the file and the field', () => {
  assert.equal(
    fileError('---\nmodel: m\nvariables:\n  message: { type: strng }\n---\n').message,
    `${FILE}:4:20 variables.message.type: expected one of string|number|boolean|array|object, got "strng"`,
  );
  assert.equal(fileError('---\nmodel: m\nfallbackModels: [a]\n---\n').message, `${FILE}:3:1 fallbackModels: unknown key, did you mean "fallback_models"?`);
  assert.match(fileError('---\ndescription: d\n---\nbody').message, /:2:1 model: expected a model name, e\.g\. gpt-4o-mini or demo, got nothing/);
  assert.match(fileError('---\nmodel: m\nparameters:\n  temperature: 5\n---\n').message, /:4:16 parameters\.temperature: expected a number <= 2, got 5/);
  assert.match(fileError('---\nmodel: m\nvariables:\n  n: { type: number, default: "x" }\n---\n').message, /variables\.n\.default: expected a default of the declared type, got "x"/);
  assert.match(fileError('---\nmodel: m\nvalidator: ../../etc/x.js\n---\n').message, /:3:12 validator: expected a path inside the version folder/);
  assert.match(fileError('---\nmodel: m\noutput_schema: { type: 12 }\n---\n').message, /:3:16 output_schema: not a valid JSON Schema/);
  assert.match(fileError('---\nmodel: a\nmodel: b\n---\n').message, /:3:1 invalid YAML: Map keys must be unique/);
});

test('a missing or unclosed front matter block is explained', () => {
  assert.match(fileError('You are a bot.').message, /:1:1 expected YAML front matter between "---" lines/);
  assert.match(fileError('---\nmodel: m\nno end').message, /:1:1 front matter opened with "---" is never closed/);
  assert.match(fileError('---\n---\nbody').message, /front matter: expected a mapping with at least `model:`, got nothing/);
});
