import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { openRegistry } from '../../prompts/index.js';
import { createOpenAIProvider } from '../../providers/openai/index.js';
import type { Provider } from '../../providers/spec/index.js';
import { startFakeUpstream, type FakeUpstream } from '../../../test/support/fake-upstream/index.js';
import { writePromptsDir } from '../../../test/support/prompt-fixture.js';
import { parseTestCases } from '../cases/index.js';
import { createJsonlWriter, createModelExecute, EvalSetupError, openDiskCache, readJsonl, runSuite, type CaseResult, type ExecuteFn } from './index.js';

const prompts = writePromptsDir([
  {
    id: 'support',
    version: '1.0.0',
    meta: { model: 'gpt-4o-mini', variables: { message: { type: 'string', required: true } }, user_template: '{{message}}' },
    body: 'You are a support agent.',
  },
]);
const registry = openRegistry(prompts.dir);
let upstream: FakeUpstream;
let provider: Provider;
let execute: ExecuteFn;

before(async () => {
  upstream = await startFakeUpstream();
  provider = createOpenAIProvider('fake', { type: 'openai', baseUrl: `${upstream.url}/v1`, apiKey: 'k', models: [], headers: {}, connections: 16 });
  execute = createModelExecute({ registry, model: provider.languageModel('gpt-4o-mini') });
});
after(async () => {
  await provider.close?.();
  await upstream.close();
  prompts.remove();
});
beforeEach(() => upstream.reset());

// The fake upstream answers "Echo: <user message>", so what a case expects is what it asks about.
const cases = (n: number, extra: Record<string, unknown> = {}) =>
  parseTestCases(
    Array.from({ length: n }, (_, i) => ({ id: `c${i}`, input: `Where is the tracking for order ${i}?`, expectedElements: ['tracking'], ...extra })),
    join(prompts.dir, 'cases.json'),
  );

const target = { provider: 'fake', model: 'gpt-4o-mini', promptHash: registry.resolve('support@1.0.0').hash };
const tempDir = () => mkdtempSync(join(tmpdir(), 'evals-run-'));

async function collect(path: string): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  for await (const r of readJsonl<CaseResult>(path)) out.push(r);
  return out;
}

describe('runSuite', () => {
  it('scores every case, streams one JSON line per case and returns counts', async () => {
    const path = join(tempDir(), 'results.jsonl');
    const sink = await createJsonlWriter(path);
    const suite = [...cases(3), ...parseTestCases([{ id: 'refund', input: 'I want my money back', expectedElements: ['refund policy'] }], 'x.json')];
    const summary = await runSuite({ execute, prompt: 'support@1.0.0', cases: suite, sink, concurrency: 2 });
    await sink.close();
    assert.deepEqual([summary.total, summary.passed, summary.failed, summary.errors], [4, 3, 1, 0]);
    const results = await collect(path);
    assert.equal(results.length, 4);
    const refund = results.find((r) => r.caseId === 'refund')!;
    assert.equal(refund.status, 'fail');
    assert.match(refund.reasons[0], /missing "refund policy"/);
    assert.equal(refund.output, 'Echo: I want my money back');
    assert.equal(refund.provider, 'fake');
    assert.ok(results.find((r) => r.caseId === 'c0')!.quality!.breakdown.completeness === 1);
  });

  it('never has more calls in flight than the concurrency limit, and reads cases lazily', async () => {
    let inFlight = 0;
    let peak = 0;
    const counting: ExecuteFn = async (request) => {
      peak = Math.max(peak, ++inFlight);
      try {
        return await execute(request);
      } finally {
        inFlight--;
      }
    };
    let pulled = 0;
    let done = 0;
    let mostAhead = 0;
    function* lazy() {
      for (const c of cases(40)) {
        pulled++;
        mostAhead = Math.max(mostAhead, pulled - done);
        yield c;
      }
    }
    const summary = await runSuite({
      execute: counting,
      prompt: 'support@1.0.0',
      cases: lazy(),
      concurrency: 4,
      onResult: () => done++,
    });
    assert.equal(summary.passed, 40);
    assert.ok(peak <= 4, `peak ${peak}`);
    assert.ok(peak > 1, 'calls ran in parallel');
    assert.equal(done, 40);
    assert.ok(mostAhead <= 9, `read ${mostAhead} cases ahead of the results (window is 2 x concurrency)`);
  });

  it('slows down on 429 (honouring retry-after) and still completes every case', async () => {
    upstream.enqueue('429;retry-after-ms=5', 3);
    const events: number[] = [];
    const summary = await runSuite({
      execute,
      prompt: 'support@1.0.0',
      cases: cases(12),
      concurrency: 8,
      onRateLimit: (e) => events.push(e.concurrency),
    });
    assert.equal(summary.passed, 12);
    assert.equal(summary.rateLimited, 3);
    assert.ok(events[0] <= 4, 'the first 429 halves the concurrency');
    assert.equal(upstream.counts['429'], 3);
  });

  it('caches answers on disk by provider, model, version hash, variables and parameters; never errors', async () => {
    const cache = openDiskCache(tempDir());
    upstream.enqueue('500', 1);
    const first = await runSuite({ execute, prompt: 'support@1.0.0', cases: cases(4), cache, target, concurrency: 1 });
    assert.deepEqual([first.passed, first.errors, first.cachedCases], [3, 1, 0]);
    const calls = upstream.requests.length;

    const second = await runSuite({ execute, prompt: 'support@1.0.0', cases: cases(4), cache, target, concurrency: 1 });
    assert.deepEqual([second.passed, second.errors, second.cachedCases], [4, 0, 3]);
    assert.equal(upstream.requests.length, calls + 1, 'only the case that errored is asked again');

    await runSuite({ execute, prompt: 'support@1.0.0', cases: cases(4, { parameters: { temperature: 0.9 } }), cache, target });
    assert.equal(upstream.requests.length, calls + 5, 'other parameters are another key');
    await runSuite({ execute, prompt: 'support@1.0.0', cases: cases(4), cache, target: { ...target, promptHash: 'other' } });
    assert.equal(upstream.requests.length, calls + 9, 'another prompt version is another key');
  });

  it('repeats each case and passes it at min-pass, reporting the spread', async () => {
    const path = join(tempDir(), 'r.jsonl');
    const sink = await createJsonlWriter(path);
    upstream.enqueue('500', 1);
    const summary = await runSuite({ execute, prompt: 'support@1.0.0', cases: cases(1), repeat: 3, minPass: 2, sink, concurrency: 1 });
    await sink.close();
    const [result] = await collect(path);
    assert.equal(summary.passed, 1);
    assert.deepEqual([result.repeat!.runs, result.repeat!.passes, result.repeat!.passRate], [3, 2, 0.667]);
    assert.ok(result.repeat!.scoreStdDev > 0);
  });

  it('stops with a setup error when an assertion needs a judge that is not configured', async () => {
    await assert.rejects(
      runSuite({ execute, prompt: 'support@1.0.0', cases: cases(2, { assertions: [{ type: 'llm-rubric', value: 'polite' }] }) }),
      (error: unknown) => error instanceof EvalSetupError && /needs a judge model/.test(error.message),
    );
  });

  it('a case missing a required variable is a setup error of that case', async () => {
    const bad = parseTestCases([{ id: 'no-message', input: { other: 'x' } }], 'x.json');
    const summary = await runSuite({ execute, prompt: 'support@1.0.0', cases: bad });
    assert.deepEqual([summary.errors, summary.setupErrors], [1, 1]);
  });
});

it('the JSONL file is written line by line', async () => {
  const path = join(tempDir(), 'w.jsonl');
  const w = await createJsonlWriter(path);
  await w.write({ a: 1 });
  await w.write({ b: 'two\nlines' });
  await w.close();
  assert.equal(readFileSync(path, 'utf8'), '{"a":1}\n{"b":"two\\nlines"}\n');
});
