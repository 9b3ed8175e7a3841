import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bundledPromptsDir } from '../config/index.js';
import { createDemoProvider } from '../providers/demo/index.js';
import { openRegistry, prepareVariables } from './index.js';

const registry = openRegistry(bundledPromptsDir());

interface Case {
  id: string;
  description: string;
  input: Record<string, unknown>;
  expectedElements: string[];
  expectedTone: string;
}

function casesOf(version: string): Case[] {
  return JSON.parse(readFileSync(registry.resolve(`customer-service@${version}`).testCasesPath!, 'utf8')) as Case[];
}

test('customer-service ships 1.0.0 and 1.1.0, with current -> 1.1.0', () => {
  assert.deepEqual(registry.list(), [{ id: 'customer-service', versions: ['1.0.0', '1.1.0'], current: '1.1.0', latest: '1.1.0' }]);
  const current = registry.resolve('customer-service');
  assert.equal(current.version, '1.1.0');
  assert.equal(current.meta.model, 'gpt-4o-mini');
  assert.deepEqual(current.meta.fallbackModels, ['claude-3-5-haiku-latest']);
  assert.equal(current.system.render({ customer_name: 'Ada', message: 'x', order_id: 'A1' }).text.includes('order number is A1'), true);
});

test('each version has at least 8 response templates and 12 well-formed test cases covering the guide', () => {
  for (const version of ['1.0.0', '1.1.0']) {
    assert.ok(registry.resolve(`customer-service@${version}`).responseTemplates.length >= 8, version);
    const cases = casesOf(version);
    assert.ok(cases.length >= 12, version);
    assert.equal(new Set(cases.map((c) => c.id)).size, cases.length, 'ids are unique');
    for (const c of cases) {
      assert.equal(typeof c.input.message, 'string', c.id);
      assert.ok(c.expectedElements.length > 0, c.id);
      assert.ok(['helpful', 'professional', 'empathetic'].includes(c.expectedTone), c.id);
    }
    for (const topic of ['order', 'refund', 'angry', 'policy', 'injection', 'pii']) {
      assert.ok(cases.some((c) => c.id.includes(topic)), `${version} covers ${topic}`);
    }
  }
});

test("1.1.0's changelog has the guide's four sections", () => {
  const [entry] = registry.resolve('customer-service@1.1.0').changelog!.entries;
  assert.equal(entry.version, '1.1.0');
  for (const section of ['Changes', 'Performance Impact', 'Rollback Plan', 'Test Results']) assert.ok(entry.sections[section]?.length, section);
});

/** What the demo model answers for one case, through the version's compiled templates. */
async function answer(version: string, input: Record<string, unknown>): Promise<string> {
  const prompt = registry.resolve(`customer-service@${version}`);
  const variables = prepareVariables(prompt.meta.variables, input);
  const result = await createDemoProvider()
    .languageModel('demo')
    .doGenerate({
      messages: [
        { role: 'system', content: prompt.system.render(variables).text },
        { role: 'user', content: prompt.user!.render(variables).text },
      ],
      promptContext: { promptId: prompt.id, version: prompt.version, responseTemplates: prompt.responseTemplates, variables },
    });
  return result.text;
}

test("the demo model's answers meet each version's own expectations and keyword rules", async () => {
  for (const version of ['1.0.0', '1.1.0']) {
    const meta = registry.resolve(`customer-service@${version}`).meta;
    for (const c of casesOf(version)) {
      const output = (await answer(version, c.input)).toLowerCase();
      const missing = c.expectedElements.filter((element) => !output.includes(element.toLowerCase()));
      assert.deepEqual(missing, [], `${version} ${c.id}`);
      for (const keyword of meta.requiredKeywords) assert.ok(output.includes(keyword.toLowerCase()), `${version} ${c.id} has ${keyword}`);
      for (const keyword of meta.forbiddenKeywords) assert.ok(!output.includes(keyword.toLowerCase()), `${version} ${c.id} avoids ${keyword}`);
      assert.ok(!output.includes('4111'), 'personal data is never echoed');
    }
  }
});

test('1.1.0 is an improvement: 1.0.0 misses the escalation its cases expect', async () => {
  const failing: string[] = [];
  for (const c of casesOf('1.1.0')) {
    const output = (await answer('1.0.0', c.input)).toLowerCase();
    if (c.expectedElements.some((element) => !output.includes(element.toLowerCase()))) failing.push(c.id);
  }
  assert.deepEqual(failing, ['angry-customer', 'angry-damaged-item', 'escalation-request', 'billing-double-charge']);
});
