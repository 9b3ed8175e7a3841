/**
 * The gateway under a faulty upstream: 30% of calls to the primary provider fail (500, 429 with
 * Retry-After, connection reset, stall, broken streams) while a second provider is healthy. Through real
 * HTTP, 2,000 requests (half streamed) must nearly all succeed, none may outlive its deadline, nothing may
 * reject unhandled, and the heap must come back to where it started.
 *
 * Broken streams break before the first token (`after=1`: the role chunk, then the fault): a stream that
 * breaks after the client has received text cannot be retried without repeating it, and is reported to
 * the client as an SSE `error` event instead (see src/server/routes/chat-stream.ts).
 */
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/observability/index.js';
import { createGateway, listen, type RunningServer } from '../../src/server/index.js';
import { startFakeUpstream, type FakeUpstream } from '../support/fake-upstream/index.js';
import { writePromptsDir } from '../support/prompt-fixture.js';
import { percentile, runRequests, type Outcome } from './drive.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const REQUESTS = 2000;
const CONCURRENCY = 16;
const TIMEOUT_MS = 5000;
/** Timer and scheduling slack allowed past the deadline before a request counts as overdue. */
const DEADLINE_SLACK_MS = 250;
const FAULTS = [
  '500',
  '429;retry-after=1',
  'reset',
  'stall',
  'stall-mid-stream;after=1',
  'reset-mid-stream;after=1',
  'error-mid-stream;after=1',
  'truncated;after=1',
];

const prompts = writePromptsDir([
  {
    id: 'chaos',
    version: '1.0.0',
    meta: {
      model: 'gpt-4o-mini',
      fallback_models: ['backup/gpt-4o-mini'],
      variables: { message: { type: 'string', max_length: 200 } },
      user_template: '{{message}}',
    },
    body: 'You are a test assistant.',
  },
]);

let primary: FakeUpstream;
let backup: FakeUpstream;
let server: RunningServer;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

before(async () => {
  process.on('unhandledRejection', onUnhandled);
  primary = await startFakeUpstream({ record: false, chaos: { faultRate: 0.3, faults: FAULTS, seed: 42 } });
  backup = await startFakeUpstream({ record: false });
  const config = loadConfig({ cwd: prompts.dir, env: { PROMPTOPS_PROMPTS_DIR: prompts.dir, OPENAI_BASE_URL: `${primary.url}/v1`, OPENAI_API_KEY: 'sk-primary' } });
  config.providers.backup = { type: 'openai', baseUrl: `${backup.url}/v1`, apiKey: 'sk-backup', models: [], headers: {}, connections: 64 };
  // Small attempt timeout so a stall costs 400 ms (yet a busy test machine does not look like a dead upstream), short backoff, a breaker that recovers within the run.
  config.retry = { maxAttempts: 3, baseDelayMs: 2, maxDelayMs: 20, attemptTimeoutMs: 400, deadlineMs: 10_000, breaker: { consecutiveFailures: 5, halfOpenAfterMs: 250 } };
  const gateway = await createGateway({ config, store: false, logger: createLogger({ level: 'silent' }) });
  server = await listen(gateway, { port: 0, host: '127.0.0.1' });
});

after(async () => {
  process.off('unhandledRejection', onUnhandled);
  await server?.close(1000);
  await primary?.close();
  await backup?.close();
  prompts.remove();
});

/** Heap in use after collection; FinalizationRegistry callbacks (fetch bodies, sockets) run between passes and free more. */
async function heapMb(): Promise<number> {
  for (let pass = 0; pass < 3; pass++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return process.memoryUsage().heapUsed / 2 ** 20;
}

describe('chaos: 30% upstream faults, a healthy fallback provider', () => {
  test(`${REQUESTS} requests through the gateway: >= 99.9% succeed, none past its deadline, no leak`, async () => {
    const options = { baseUrl: server.url, timeoutMs: TIMEOUT_MS };
    // Warm-up: JIT, keep-alive pools and breakers settle before the heap baseline is taken.
    await runRequests({ ...options, count: 400, concurrency: CONCURRENCY, offset: 1_000_000 });
    await primary.waitForIdle(TIMEOUT_MS);
    const baselineMb = await heapMb();
    for (const key of Object.keys(primary.counts)) delete primary.counts[key];

    const started = performance.now();
    const outcomes: Outcome[] = await runRequests({ ...options, count: REQUESTS, concurrency: CONCURRENCY, offset: 0 });
    const elapsedS = (performance.now() - started) / 1000;
    await primary.waitForIdle(TIMEOUT_MS);
    await backup.waitForIdle(TIMEOUT_MS);

    const ok = outcomes.filter((outcome) => outcome.ok);
    const failed = outcomes.filter((outcome) => !outcome.ok);
    const overdue = outcomes.filter((outcome) => outcome.ms > TIMEOUT_MS + DEADLINE_SLACK_MS);
    const latencies = outcomes.map((outcome) => outcome.ms);
    // Measured with only the figures kept: the outcome records are the test's, not the gateway's.
    const failedDetails = failed.slice(0, 5).map((outcome) => `${outcome.kind} ${outcome.status} ${outcome.detail}`);
    const failedCount = failed.length;
    const okCount = ok.length;
    outcomes.length = 0;
    ok.length = 0;
    failed.length = 0;
    const afterMb = await heapMb();
    const faults = Object.entries(primary.counts).sort(([a], [b]) => a.localeCompare(b)).map(([name, n]) => `${name}=${n}`).join(' ');
    console.log(
      `chaos: ${okCount}/${REQUESTS} succeeded (${((okCount / REQUESTS) * 100).toFixed(2)}%) in ${elapsedS.toFixed(1)} s; ` +
        `latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms; ` +
        `primary upstream replies: ${faults}; backup upstream calls: ${backup.counts.ok ?? 0}; heap ${baselineMb.toFixed(1)} -> ${afterMb.toFixed(1)} MB`,
    );
    for (const detail of failedDetails) console.log(`  failed: ${detail}`);

    assert.ok(okCount >= REQUESTS * 0.999, `${failedCount} of ${REQUESTS} failed`);
    assert.deepEqual(overdue.map((outcome) => `${outcome.kind} ${outcome.ms.toFixed(0)} ms`), [], 'no request outlives its deadline');
    assert.deepEqual(unhandled, [], 'no unhandled rejection');
    const injected = Object.entries(primary.counts).reduce((sum, [name, n]) => sum + (name === 'ok' ? 0 : n), 0);
    assert.ok(injected > REQUESTS * 0.2, `the primary really failed a good share of calls (${injected} faults)`);
    assert.ok((backup.counts.ok ?? 0) > 0, 'the fallback provider answered some requests');
    assert.ok(afterMb - baselineMb < 4, `heap back near its baseline: ${baselineMb.toFixed(1)} -> ${afterMb.toFixed(1)} MB`);
  });
});
