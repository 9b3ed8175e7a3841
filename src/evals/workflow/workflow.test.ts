import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../config/index.js';
import { openRegistry } from '../../prompts/index.js';
import { createRuntime, type Runtime } from '../../runtime/index.js';
import { startFakeUpstream, type FakeUpstream } from '../../../test/support/fake-upstream/index.js';
import { TestCaseError } from '../cases/index.js';
import { loadWorkflow, parseWorkflow, runWorkflowSuite } from './index.js';
import type { CaseResult } from '../runner/index.js';

const EXAMPLE = new URL('../../../examples/workflows/customer-service/workflow.yaml', import.meta.url).pathname;

function runtimeFor(promptsDir: string, upstream?: FakeUpstream): Runtime {
  const config = loadConfig({ cwd: mkdtempSync(join(tmpdir(), 'evals-wf-')), env: {} });
  if (upstream) {
    config.providers = { fake: { type: 'openai', baseUrl: `${upstream.url}/v1`, apiKey: 'k', models: [], headers: {}, connections: 8 } };
    config.defaultProvider = 'fake';
    config.retry = { ...config.retry, baseDelayMs: 1, maxDelayMs: 5 };
  }
  return createRuntime({ config, prompts: openRegistry(promptsDir), cache: false });
}

async function run(suite: ReturnType<typeof loadWorkflow>, runtime: Runtime) {
  const results: CaseResult[] = [];
  const summary = await runWorkflowSuite({ execute: (r) => runtime.execute(r), suite, onResult: (r) => results.push(r) });
  return { summary, results: new Map(results.map((r) => [r.caseId, r])) };
}

describe('the customer-service workflow example (demo model)', () => {
  it('classifies, troubleshoots and follows up; every step and the path are checked', async () => {
    const suite = loadWorkflow(EXAMPLE);
    const runtime = runtimeFor(suite.promptsDir!);
    try {
      const { summary, results } = await run(suite, runtime);
      assert.deepEqual([summary.passed, summary.total], [2, 2], JSON.stringify([...results.values()].map((r) => r.reasons)));
      const login = results.get('mobile-login')!;
      const checks = login.assertions.map((a) => `${a.type}=${a.pass}`);
      assert.ok(checks.includes('classify: json.category=true'));
      assert.ok(checks.includes('classify: json.priority=true'));
      assert.ok(checks.includes('classify: json-schema=true'));
      assert.ok(checks.includes('path=true'));
      assert.match(login.output!, /\[troubleshoot\][^]*password reset[^]*\[follow-up\][^]*escalation to technical support/);
      assert.match(results.get('double-charge')!.assertions.find((a) => a.type === 'path')!.reason, /took classify -> answer/);
    } finally {
      await runtime.close();
    }
  });

  it('a wrong expectation fails on the step that broke it, and a wrong path is named', async () => {
    const suite = loadWorkflow(EXAMPLE);
    suite.cases = [{ ...suite.cases[1], path: ['classify', 'troubleshoot'], expect: { ...suite.cases[1].expect, classify: { ...suite.cases[1].expect.classify, json: { category: 'technical' } } } }];
    const runtime = runtimeFor(suite.promptsDir!);
    try {
      const { results } = await run(suite, runtime);
      const r = results.get('double-charge')!;
      assert.equal(r.status, 'fail');
      assert.ok(r.reasons.includes('classify: category is "billing", expected "technical"'), r.reasons.join(' | '));
      assert.ok(r.reasons.includes('path: took classify -> answer, expected classify -> troubleshoot'));
    } finally {
      await runtime.close();
    }
  });
});

describe('workflows against the fake upstream', () => {
  let upstream: FakeUpstream;
  before(async () => {
    upstream = await startFakeUpstream();
  });
  after(() => upstream.close());

  it('passes each step\'s output on, branches on it, and survives a 429 mid-workflow', async () => {
    // The fake upstream echoes the last user message, so each step's output shows what it was given.
    const suite = parseWorkflow(
      {
        name: 'echo-chain',
        prompts: join(EXAMPLE, '..', 'prompts'),
        steps: [
          { id: 'classify', prompt: 'support-classify@1.0.0', vars: { message: '{{input.message}}' } },
          {
            id: 'troubleshoot',
            prompt: 'support-troubleshoot@1.0.0',
            when: "steps.classify.output.includes('Login')",
            vars: { message: '{{steps.classify.output}}', category: 'technical', priority: 'medium', customer_name: 'Dana' },
          },
          { id: 'answer', prompt: 'support-answer@1.0.0', when: "!('troubleshoot' in steps)", vars: { message: 'x', category: 'other' } },
          {
            id: 'follow-up',
            prompt: 'support-follow-up@1.0.0',
            conversation: [{ role: 'assistant', content: '{{steps.troubleshoot.output}}' }],
            vars: { message: '{{input.follow_up}}' },
          },
        ],
        cases: [
          {
            id: 'login',
            input: { message: 'Login problems with mobile app', follow_up: 'still not working' },
            path: ['classify', 'troubleshoot', 'follow-up'],
            expect: {
              classify: { expectedElements: ['Login problems'] },
              troubleshoot: { expectedElements: ['Category: technical (medium priority)', 'Echo: Login problems'] },
              'follow-up': { expectedElements: ['still not working'] },
            },
          },
        ],
      },
      join(EXAMPLE, '..', 'echo.yaml'),
    );
    const runtime = runtimeFor(suite.promptsDir!, upstream);
    upstream.enqueue('429;retry-after-ms=1', 1);
    try {
      const { summary, results } = await run(suite, runtime);
      const r = results.get('login')!;
      assert.equal(summary.passed, 1, r.reasons.join(' | '));
      assert.equal(upstream.counts['429'], 1);
      const sent = upstream.requests.filter((q) => q.fault === 'ok').map((q) => JSON.stringify(q.body));
      assert.equal(sent.length, 3, 'three steps ran');
      assert.match(sent[2], /Echo: Category: technical/, 'the follow-up carried the troubleshoot answer as the earlier turn');
    } finally {
      await runtime.close();
    }
  });
});

describe('parseWorkflow', () => {
  it('names file and field of every problem', () => {
    assert.throws(
      () =>
        parseWorkflow(
          {
            name: 'x',
            steps: [{ id: 'a', prompt: 'p@1.0.0', when: 'steps.a ===' }, { id: 'a', promt: 'q' }],
            cases: [{ id: 'c', input: {}, path: ['a', 'zzz'], expect: { b: {}, a: { expectedTone: 'smug' } } }],
          },
          'wf.yaml',
        ),
      (error: unknown) => {
        assert.ok(error instanceof TestCaseError);
        const fields = error.issues.map((i) => i.field);
        assert.deepEqual(fields, ['steps[0].when', 'steps[1].promt', 'steps[1].id', 'steps[1].prompt', 'path', 'cases[0].expect.b', 'cases[0].expect.a.expectedTone']);
        assert.match(error.message, /wf\.yaml: field "steps\[1\]\.promt": unknown field \(did you mean "prompt"\?\)/);
        return true;
      },
    );
  });
});
