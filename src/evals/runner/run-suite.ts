import { randomUUID } from 'node:crypto';
import type { AssertionServices } from '../assertions/index.js';
import { DEFAULT_THRESHOLD, RepeatAccumulator } from '../scoring/index.js';
import type { QualityWeights, TestCase } from '../types.js';
import { AdaptiveLimiter } from './adaptive-limiter.js';
import type { JsonlWriter } from './jsonl.js';
import type { OutputCache } from './output-cache.js';
import { runCaseOnce, type CacheTarget, type CaseRunContext, type RunOutcome } from './run-case.js';
import type { CaseResult, ExecuteFn, RunSummary } from './types.js';

export interface Progress {
  done: number;
  total?: number;
  passed: number;
  failed: number;
  errors: number;
}

export interface RunSuiteOptions {
  execute: ExecuteFn;
  /** What to execute, e.g. `customer-service@1.1.0`. */
  prompt: string;
  /** Any iterable; cases are pulled only as slots free up, so a generator over a huge file stays lazy. */
  cases: Iterable<TestCase> | AsyncIterable<TestCase>;
  total?: number;
  concurrency?: number;
  repeat?: number;
  /** Runs of a case that must pass with `repeat` > 1; defaults to all of them. */
  minPass?: number;
  cache?: OutputCache;
  /** Needed with `cache`: who answers and the prompt version's hash. */
  target?: CacheTarget;
  services?: AssertionServices;
  weights?: Partial<QualityWeights>;
  threshold?: number;
  deadlineMs?: number;
  systemPrompt?: string;
  /** Results go here as they complete (one JSON line per case). */
  sink?: Pick<JsonlWriter, 'write' | 'path'>;
  onResult?: (result: CaseResult) => void;
  onProgress?: (progress: Progress) => void;
  onRateLimit?: (event: { concurrency: number; waitMs: number }) => void;
  signal?: AbortSignal;
  runId?: string;
  version?: string;
  /** For tests: the limiter's sleep and clock. */
  sleep?: (ms: number) => Promise<void>;
}

function combine(testCase: TestCase, outcomes: RunOutcome[], minPass: number, threshold: number): CaseResult {
  const repeats = new RepeatAccumulator();
  for (const o of outcomes) repeats.add(o.quality?.overall ?? 0, o.pass);
  const summary = repeats.summary(minPass);
  const representative = outcomes.find((o) => !o.pass) ?? outcomes[outcomes.length - 1];
  const answered = outcomes.filter((o) => o.answer);
  const allErrored = answered.length === 0;
  const error = outcomes.find((o) => o.error)?.error;
  return {
    caseId: testCase.id,
    caseIndex: testCase.source.index,
    description: testCase.description,
    status: allErrored ? 'error' : summary.pass ? 'pass' : 'fail',
    score: summary.meanScore,
    threshold: representative.quality?.threshold ?? testCase.threshold ?? threshold,
    quality: representative.quality,
    assertions: representative.assertions,
    reasons: summary.pass ? [] : representative.reasons,
    output: representative.output,
    model: representative.answer?.model,
    provider: representative.answer?.provider,
    latencyMs: answered.length ? Math.round(answered.reduce((s, o) => s + o.answer!.latencyMs, 0) / answered.length) : undefined,
    costUsd: answered.some((o) => o.answer!.costUsd !== undefined) ? answered.reduce((s, o) => s + (o.answer!.costUsd ?? 0), 0) : undefined,
    usage: representative.answer?.usage,
    cached: answered.length > 0 && answered.every((o) => o.cached),
    error,
    repeat: outcomes.length > 1 ? summary : undefined,
  };
}

/**
 * Runs every case (each `repeat` times) through `execute` with bounded concurrency, scores it, streams
 * each result to the sink as it completes and returns only counts, so memory does not grow with the suite.
 * Rejects with EvalSetupError when the run cannot proceed (e.g. an `llm-rubric` with no judge).
 */
export async function runSuite(options: RunSuiteOptions): Promise<RunSummary> {
  const started = Date.now();
  const repeat = Math.max(1, options.repeat ?? 1);
  const minPass = Math.min(repeat, options.minPass ?? repeat);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const limiter = new AdaptiveLimiter({ concurrency: options.concurrency ?? 8, sleep: options.sleep, onRateLimit: options.onRateLimit });
  const ctx: CaseRunContext = {
    execute: options.execute,
    prompt: options.prompt,
    limiter,
    services: options.services ?? {},
    cache: options.cache,
    target: options.target,
    weights: options.weights,
    threshold,
    deadlineMs: options.deadlineMs,
    signal: options.signal,
    systemPrompt: options.systemPrompt,
  };
  const counts = { done: 0, passed: 0, failed: 0, errors: 0, setupErrors: 0, cached: 0, tokens: 0, cost: 0, scoreSum: 0 };

  async function runCase(testCase: TestCase): Promise<void> {
    const outcomes = await Promise.all(Array.from({ length: repeat }, (_, sample) => runCaseOnce(testCase, sample, ctx)));
    const result = combine(testCase, outcomes, minPass, threshold);
    counts.done++;
    if (result.status === 'pass') counts.passed++;
    else if (result.status === 'fail') counts.failed++;
    else counts.errors++;
    if (result.error?.setup) counts.setupErrors++;
    if (result.cached) counts.cached++;
    counts.tokens += result.usage?.totalTokens ?? 0;
    counts.cost += result.costUsd ?? 0;
    counts.scoreSum += result.score;
    await options.sink?.write(result);
    options.onResult?.(result);
    options.onProgress?.({ done: counts.done, total: options.total, passed: counts.passed, failed: counts.failed, errors: counts.errors });
  }

  // A window twice the concurrency keeps the limiter fed without reading the whole suite ahead.
  const window = Math.max(2, limiter.max * 2);
  let inFlight = 0;
  let slotFreed: (() => void) | undefined;
  let failure: unknown;
  const pending = new Set<Promise<void>>();
  for await (const testCase of options.cases) {
    if (failure || options.signal?.aborted) break;
    while (inFlight >= window) await new Promise<void>((resolve) => (slotFreed = resolve));
    if (failure) break;
    inFlight++;
    const task = runCase(testCase)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        inFlight--;
        pending.delete(task);
        slotFreed?.();
        slotFreed = undefined;
      });
    pending.add(task);
  }
  await Promise.all(pending);
  if (failure) throw failure;

  const total = counts.done;
  return {
    runId: options.runId ?? randomUUID(),
    prompt: options.prompt,
    version: options.version,
    promptHash: options.target?.promptHash,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    total,
    passed: counts.passed,
    failed: counts.failed,
    errors: counts.errors,
    setupErrors: counts.setupErrors,
    passRate: total ? Math.round((counts.passed / total) * 1000) / 1000 : 0,
    meanScore: total ? Math.round((counts.scoreSum / total) * 1000) / 1000 : 0,
    cachedCases: counts.cached,
    tokens: counts.tokens,
    costUsd: Math.round(counts.cost * 1e6) / 1e6,
    rateLimited: limiter.rateLimited,
    resultsPath: options.sink?.path,
  };
}
