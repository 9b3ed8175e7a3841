import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ResponseTemplate } from '../spec/index.js';
import { createDemoProvider } from './index.js';

const templates: ResponseTemplate[] = [
  { name: 'General', keywords: [], body: 'Hi {{customer_name}}, thanks for reaching out.' },
  { name: 'Order status', keywords: ['order', 'tracking', 'where is'], body: 'Hi {{customer_name}}, order {{order_id}} is on its way.' },
  { name: 'Refund', keywords: ['refund', 'money back'], body: 'Hi {{customer_name}}, here is our refund policy.' },
];

const context = (variables: Record<string, unknown>) => ({
  promptId: 'customer-service',
  version: '1.1.0',
  responseTemplates: templates,
  variables,
});

test('answers with the best-matching response template, variables filled', async () => {
  const model = createDemoProvider().languageModel('gpt-4o-mini');
  const result = await model.doGenerate({
    messages: [
      { role: 'system', content: 'You are a support agent.' },
      { role: 'user', content: 'Where is my order 1234?' },
    ],
    promptContext: context({ customer_name: 'Ada', order_id: '1234' }),
  });
  assert.equal(result.text, 'Hi Ada, order 1234 is on its way.');
  assert.equal(result.response.modelId, 'demo', 'never pretends to be the model asked for');
  assert.ok(result.usage.inputTokens > 0 && result.usage.outputTokens > 0);
});

test('inflected keywords match and unmatched messages get the generic template', async () => {
  const model = createDemoProvider().languageModel('demo');
  const refund = await model.doGenerate({
    messages: [{ role: 'user', content: 'I was never refunded!' }],
    promptContext: context({ customer_name: 'Bo' }),
  });
  assert.match(refund.text, /refund policy/);
  const other = await model.doGenerate({
    messages: [{ role: 'user', content: 'Do you sell gift cards?' }],
    promptContext: context({ customer_name: 'Bo' }),
  });
  assert.equal(other.text, 'Hi Bo, thanks for reaching out.');
});

test('labels itself when there are no templates to answer from', async () => {
  const result = await createDemoProvider().languageModel('demo').doGenerate({ messages: [{ role: 'user', content: 'hello' }] });
  assert.match(result.text, /^\[promptops demo model\]/);
});

test('streams the same answer in pieces and honours abort', async () => {
  const model = createDemoProvider().languageModel('demo');
  const options = { messages: [{ role: 'user' as const, content: 'refund please' }], promptContext: context({ customer_name: 'Cy' }) };
  const { stream } = await model.doStream(options);
  let text = '';
  let finished = 0;
  for await (const part of stream) {
    if (part.type === 'text-delta') text += part.delta;
    if (part.type === 'finish') finished++;
  }
  assert.equal(text, (await model.doGenerate(options)).text);
  assert.equal(finished, 1);

  const controller = new AbortController();
  controller.abort();
  await assert.rejects(model.doGenerate({ ...options, abortSignal: controller.signal }));
});
