import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { PromptopsConfig } from '../config/types.js';
import { openRegistry } from '../prompts/index.js';
import { createModelRouter } from '../providers/index.js';
import { startFakeUpstream, type FakeUpstream } from '../../test/support/fake-upstream/index.js';
import { writePromptsDir } from '../../test/support/prompt-fixture.js';
import { scriptedProvider } from '../../test/support/scripted-model.js';
import { createRuntime, DeadlineExceededError, ExecutionFailedError, RequestAbortedError, type ExecutionEvent } from './index.js';

const retry: PromptopsConfig['retry'] = {
  maxAttempts: 3,
  baseDelayMs: 1,
  maxDelayMs: 200,
  attemptTimeoutMs: 2_000,
  deadlineMs: 5_000,
  breaker: { consecutiveFailures: 3, halfOpenAfterMs: 60_000 },
};

const prompts = writePromptsDir([
  {
    id: 'support',
    version: '1.0.0',
    meta: {
      model: 'primary/gpt-4o-mini',
      fallback_models: ['backup/gpt-4o-mini'],
      variables: { message: { type: 'string', max_length: 500 }, customer_name: { type: 'string', default: 'there' } },
      user_template: '{{message}}',
    },
    body: 'You help customers of Acme. Greet {{customer_name}}.',
  },
  {
    id: 'support-with-fallback',
    version: '1.0.0',
    meta: {
      model: 'primary/gpt-4o-mini',
      variables: { message: 'string' },
      user_template: '{{message}}',
      fallback_response: 'We are having trouble right now; a person will reply by email.',
    },
    body: 'You help customers of Acme.',
  },
  {
    id: 'refunds',
    version: '1.0.0',
    meta: {
      model: 'scripted/any',
      variables: { message: 'string' },
      user_template: '{{message}}',
      required_keywords: ['refund policy'],
      max_reasks: 1,
    },
    body: 'Answer refund questions; always cite the refund policy.',
  },
  {
    id: 'classify',
    version: '1.0.0',
    meta: {
      model: 'scripted/any',
      variables: { message: 'string' },
      user_template: '{{message}}',
      output_schema: {
        type: 'object',
        required: ['category', 'priority'],
        properties: { category: { enum: ['technical', 'billing', 'other'] }, priority: { enum: ['low', 'medium', 'high'] } },
      },
      validator: './validate.mjs',
      max_reasks: 2,
    },
    body: 'Classify the issue as JSON {category, priority}.',
    files: {
      'validate.mjs': "export default (output) => JSON.parse(output.replace(/```(json)?/g, '')).priority !== 'high' || 'high priority needs a human: answer medium at most';\n",
    },
  },
]);

let primary: FakeUpstream;
let backup: FakeUpstream;
before(async () => {
  [primary, backup] = await Promise.all([startFakeUpstream(), startFakeUpstream()]);
});
after(async () => {
  await Promise.all([primary.close(), backup.close()]);
  prompts.remove();
});
beforeEach(() => {
  primary.reset();
  backup.reset();
});

function runtimeWith(options: { retry?: Partial<PromptopsConfig['retry']>; script?: Array<string | Error>; events?: ExecutionEvent[] } = {}) {
  const provider = (url: string) => ({ type: 'openai' as const, baseUrl: `${url}/v1`, apiKey: 'test-key', models: [], headers: {}, connections: 4 });
  const config = {
    providers: { primary: provider(primary.url), backup: provider(backup.url) },
    models: {},
    retry: { ...retry, ...options.retry },
  };
  const scripted = scriptedProvider('scripted', options.script ?? ['ok']);
  const router = createModelRouter(
    { ...config, providers: { ...config.providers, scripted: { ...provider(primary.url) } } },
    (name, providerConfig) => (name === 'scripted' ? scripted : createModelRouter({ providers: { [name]: providerConfig }, models: {} }).providers()[0]),
  );
  const runtime = createRuntime({ config, prompts: openRegistry(prompts.dir), router, onExecution: (event) => options.events?.push(event) });
  return { runtime, scripted };
}

describe('executor', () => {
  test('answers from the primary model and reports the attempt', async () => {
    const { runtime } = runtimeWith();
    const result = await runtime.execute({ prompt: 'support', variables: { message: 'Where is my order?' } });
    assert.equal(result.provider, 'primary');
    assert.equal(result.fallback, false);
    assert.deepEqual(result.attempts.map((attempt) => [attempt.provider, attempt.status]), [['primary', 'ok']]);
    assert.ok(result.usage.totalTokens > 0);
    const sent = primary.requests.at(-1)!.body as { messages: Array<{ role: string; content: string }> };
    assert.deepEqual(sent.messages.map((message) => message.role), ['system', 'user']);
    assert.equal(sent.messages[0].content, 'You help customers of Acme. Greet there.');
    assert.equal(sent.messages[1].content, 'Where is my order?', 'user text stays in the user turn');
    await runtime.close();
  });

  test('retries a rate limit after the Retry-After the provider asked for', async () => {
    const { runtime } = runtimeWith();
    primary.enqueue('429;retry-after-ms=40');
    const started = performance.now();
    const result = await runtime.execute({ prompt: 'support', variables: { message: 'hello' }, noCache: true });
    assert.ok(performance.now() - started >= 40, 'waited at least the Retry-After');
    assert.deepEqual(result.attempts.map((attempt) => attempt.status), ['error', 'ok']);
    assert.match(result.attempts[0].error!, /^rate_limit/);
    await runtime.close();
  });

  test('does not retry what cannot succeed, and falls back to the next model', async () => {
    const { runtime } = runtimeWith();
    primary.enqueue('context-length');
    const result = await runtime.execute({ prompt: 'support', variables: { message: 'long story' }, noCache: true });
    assert.deepEqual(result.attempts.map((attempt) => `${attempt.provider}:${attempt.status}`), ['primary:error', 'backup:ok']);
    assert.match(result.attempts[0].error!, /^context_length/);
    await runtime.close();
  });

  test('opens the circuit after consecutive failures and skips the model while open', async () => {
    const { runtime } = runtimeWith({ retry: { maxAttempts: 1, breaker: { consecutiveFailures: 2, halfOpenAfterMs: 60_000 } } });
    primary.enqueue('500', 10);
    for (let i = 0; i < 2; i++) await runtime.execute({ prompt: 'support', variables: { message: `try ${i}` }, noCache: true });
    const before = primary.requests.length;
    const result = await runtime.execute({ prompt: 'support', variables: { message: 'third' }, noCache: true });
    assert.equal(primary.requests.length, before, 'no request reached the broken provider');
    assert.deepEqual(result.attempts.map((attempt) => `${attempt.provider}:${attempt.status}`), ['primary:skipped', 'backup:ok']);
    assert.deepEqual(runtime.policies.breakerStates().find((state) => state.key.startsWith('primary'))?.state, 'open');
    await runtime.close();
  });

  test('serves the version\'s fallback response when every model fails', async () => {
    const events: ExecutionEvent[] = [];
    const { runtime } = runtimeWith({ retry: { maxAttempts: 2 }, events });
    primary.enqueue('503', 5);
    const result = await runtime.execute({ prompt: 'support-with-fallback', variables: { message: 'help' }, noCache: true });
    assert.equal(result.fallback, true);
    assert.equal(result.output, 'We are having trouble right now; a person will reply by email.');
    assert.equal(result.attempts.length, 2);
    assert.equal(events.at(-1)?.status, 'fallback');
    await runtime.close();
  });

  test('fails with 502 and every attempt when there is no fallback response', async () => {
    const { runtime } = runtimeWith({ retry: { maxAttempts: 1 } });
    primary.enqueue('500');
    backup.enqueue('401');
    const error = await runtime.execute({ prompt: 'support', variables: { message: 'x' }, noCache: true }).catch((caught: unknown) => caught);
    assert.ok(error instanceof ExecutionFailedError);
    assert.equal(error.status, 502);
    assert.deepEqual(error.attempts.map((attempt) => attempt.error?.split(':')[0]), ['server_error', 'auth']);
    await runtime.close();
  });

  test('re-asks with the validation error, a bounded number of times', async () => {
    const { runtime, scripted } = runtimeWith({ script: ['Sure, no problem.', 'Per our refund policy you get 30 days.'] });
    const result = await runtime.execute({ prompt: 'refunds', variables: { message: 'Can I get a refund?' } });
    assert.equal(result.output, 'Per our refund policy you get 30 days.');
    assert.deepEqual(result.attempts.map((attempt) => attempt.status), ['invalid', 'ok']);
    const reask = scripted.calls[1].messages.at(-1)!;
    assert.equal(reask.role, 'user');
    assert.match(reask.content, /must mention: refund policy/);

    const stubborn = runtimeWith({ script: ['Sure.'] }).runtime;
    const error = await stubborn.execute({ prompt: 'refunds', variables: { message: 'refund?' } }).catch((caught: unknown) => caught);
    assert.ok(error instanceof ExecutionFailedError);
    assert.equal(error.attempts.length, 2, 'one answer and one re-ask, then it stops');
  });

  test('checks JSON output against the schema and a custom validator module, re-asking with each reason', async () => {
    const { runtime, scripted } = runtimeWith({
      script: ['technical, medium', '```json\n{"category":"technical","priority":"high"}\n```', '{"category":"technical","priority":"medium"}'],
    });
    const result = await runtime.execute({ prompt: 'classify', variables: { message: 'Login problems with mobile app' } });
    assert.deepEqual(JSON.parse(result.output), { category: 'technical', priority: 'medium' });
    assert.deepEqual(result.attempts.map((attempt) => attempt.status), ['invalid', 'invalid', 'ok']);
    assert.match(result.attempts[0].error!, /not valid JSON/);
    assert.match(result.attempts[1].error!, /high priority needs a human/);
    assert.deepEqual(scripted.calls[0].responseFormat?.type, 'json', 'the schema asks the provider for JSON');
  });

  test('stops at the request deadline with 504', async () => {
    const { runtime } = runtimeWith();
    primary.enqueue('stall', 5);
    backup.enqueue('stall', 5);
    const error = await runtime.execute({ prompt: 'support', variables: { message: 'x' }, deadlineMs: 150, noCache: true }).catch((caught: unknown) => caught);
    assert.ok(error instanceof DeadlineExceededError);
    assert.equal(error.status, 504);
    await runtime.close();
  });

  test('propagates cancellation from the caller', async () => {
    const { runtime } = runtimeWith();
    primary.enqueue('stall');
    const controller = new AbortController();
    const pending = runtime.execute({ prompt: 'support', variables: { message: 'x' }, signal: controller.signal, noCache: true });
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(pending, (error) => error instanceof RequestAbortedError);
    await runtime.close();
  });

  test('caches identical successful calls, and never errors', async () => {
    const { runtime } = runtimeWith();
    const first = await runtime.execute({ prompt: 'support', variables: { message: 'cache me' } });
    const second = await runtime.execute({ prompt: 'support', variables: { message: 'cache me' } });
    assert.equal(first.cached, false);
    assert.equal(second.cached, true);
    assert.equal(second.output, first.output);
    await runtime.close();
  });

  test('warns about a variable the version does not declare', async () => {
    const { runtime } = runtimeWith();
    const result = await runtime.execute({ prompt: 'support', variables: { message: 'hi', coupon: 'X1' }, noCache: true });
    assert.deepEqual(result.warnings, ['unknown variable "coupon" (given, not declared in front matter)']);
    const clean = await runtime.execute({ prompt: 'support', variables: { message: 'hi' }, noCache: true });
    assert.equal(clean.warnings, undefined);
    await runtime.close();
  });

  test('rejects bad variables before any model is called', async () => {
    const { runtime } = runtimeWith();
    await assert.rejects(runtime.execute({ prompt: 'support', variables: {} }), { name: 'MissingVariableError', message: /message/ });
    await assert.rejects(runtime.execute({ prompt: 'support', variables: { message: 'x'.repeat(501) } }), { name: 'InvalidVariableError' });
    assert.equal(primary.requests.length, 0);
    await runtime.close();
  });

  test('executeMany runs in parallel under a limit and keeps the order', async () => {
    const { runtime } = runtimeWith();
    primary.enqueue('delay;ms=30', 6);
    const requests = ['a', 'b', 'c', 'd', 'e', 'f'].map((message) => ({ prompt: 'support', variables: { message }, noCache: true }));
    const results = await runtime.executeMany(requests, { concurrency: 3 });
    assert.deepEqual(results.map((result) => ('output' in result ? result.output : result.message)), ['a', 'b', 'c', 'd', 'e', 'f'].map((message) => `Echo: ${message}`));
    await runtime.close();
  });
});
