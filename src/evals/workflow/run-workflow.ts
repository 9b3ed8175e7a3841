import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { runInNewContext } from 'node:vm';
import { extractJson, type AssertionServices } from '../assertions/index.js';
import { AdaptiveLimiter } from '../runner/adaptive-limiter.js';
import { classifyError } from '../runner/errors.js';
import { judgeOutput } from '../runner/run-case.js';
import type { CaseResult, ExecuteFn, RunSummary } from '../runner/types.js';
import type { AssertionResult } from '../types.js';
import { fill } from './fill.js';
import type { WorkflowCase, WorkflowStep, WorkflowSuite } from './types.js';

export interface StepRecord {
  output: string;
  json?: unknown;
}

export interface RunWorkflowOptions {
  execute: ExecuteFn;
  suite: WorkflowSuite;
  concurrency?: number;
  services?: AssertionServices;
  sink?: { write(record: unknown): Promise<void>; path: string };
  onResult?: (result: CaseResult) => void;
  signal?: AbortSignal;
}

function condition(step: WorkflowStep, scope: Record<string, unknown>): boolean {
  const data = JSON.parse(JSON.stringify(scope)) as Record<string, unknown>;
  return Boolean(runInNewContext(`(${step.when})`, { input: data.input, steps: data.steps }, { timeout: 100 }));
}

function gate(type: string, pass: boolean, reason: string): AssertionResult {
  return { type, metric: 'gate', weight: 1, score: pass ? 1 : 0, pass, reason };
}

/** Runs one case through the steps in order, checking every step's output and, at the end, the path. */
export async function runWorkflowCase(testCase: WorkflowCase, options: RunWorkflowOptions, limiter: AdaptiveLimiter): Promise<CaseResult> {
  const steps: Record<string, StepRecord> = {};
  const scope: Record<string, unknown> = { input: testCase.input, steps };
  const path: string[] = [];
  const assertions: AssertionResult[] = [];
  const reasons: string[] = [];
  const scores: number[] = [];
  const transcript: string[] = [];
  let latencyMs = 0;
  let tokens = 0;
  let error: CaseResult['error'];

  for (const step of options.suite.steps) {
    try {
      if (step.when && !condition(step, scope)) continue;
      const variables = fill(step.vars, scope, `step ${step.id} vars`) as Record<string, unknown>;
      const conversation = step.conversation ? (fill(step.conversation, scope, `step ${step.id} conversation`) as WorkflowStep['conversation']) : undefined;
      const result = await limiter.run(() => options.execute({ prompt: step.prompt, variables, conversation, signal: options.signal, noCache: true }));
      latencyMs += result.latencyMs;
      tokens += result.usage.totalTokens;
      path.push(step.id);
      transcript.push(`[${step.id}] ${result.output}`);
      const record: StepRecord = { output: result.output };
      if (step.parse === 'json') {
        const parsed = extractJson(result.output);
        if (parsed.found) record.json = parsed.value;
        else assertions.push(gate(`${step.id}: is-json`, false, 'output has no JSON to parse'));
      }
      steps[step.id] = record;

      const expected = testCase.expect[step.id];
      if (!expected) continue;
      for (const [field, value] of Object.entries(expected.json ?? {})) {
        const actual = (record.json as Record<string, unknown> | undefined)?.[field];
        const ok = isDeepStrictEqual(actual, value);
        assertions.push(gate(`${step.id}: json.${field}`, ok, ok ? `${field} = ${JSON.stringify(value)}` : `${field} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`));
      }
      const judged = await judgeOutput({ ...expected.check, vars: variables }, result.output, result, { services: options.services ?? {}, signal: options.signal });
      scores.push(judged.quality.overall);
      for (const a of judged.assertions) assertions.push({ ...a, type: `${step.id}: ${a.type}` });
      for (const r of judged.reasons) reasons.push(`${step.id}: ${r}`);
    } catch (caught) {
      error = classifyError(caught);
      reasons.push(`${step.id}: ${error.kind}: ${error.message}`);
      break;
    }
  }
  for (const a of assertions) if (a.metric === 'gate' && !a.pass) reasons.push(`${a.type.split(':')[0]}: ${a.reason}`);
  if (testCase.path && !error) {
    const ok = isDeepStrictEqual(path, testCase.path);
    assertions.push(gate('path', ok, ok ? `took ${path.join(' -> ')}` : `took ${path.join(' -> ') || 'no step'}, expected ${testCase.path.join(' -> ')}`));
    if (!ok) reasons.push(`path: took ${path.join(' -> ') || 'no step'}, expected ${testCase.path.join(' -> ')}`);
  }
  const score = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 1000) / 1000 : 0;
  return {
    caseId: testCase.id,
    caseIndex: testCase.source.index,
    description: testCase.description,
    status: error ? 'error' : reasons.length ? 'fail' : 'pass',
    score,
    threshold: 0.8,
    assertions,
    reasons,
    output: transcript.join('\n'),
    latencyMs: Math.round(latencyMs),
    usage: { inputTokens: 0, outputTokens: 0, totalTokens: tokens },
    cached: false,
    error,
  };
}

/** Runs a workflow suite's cases concurrently (steps of a case in order); same summary as runSuite. */
export async function runWorkflowSuite(options: RunWorkflowOptions): Promise<RunSummary> {
  const started = Date.now();
  const limiter = new AdaptiveLimiter({ concurrency: options.concurrency ?? 4 });
  const results = await Promise.all(
    options.suite.cases.map(async (c) => {
      const result = await runWorkflowCase(c, options, limiter);
      await options.sink?.write(result);
      options.onResult?.(result);
      return { status: result.status, score: result.score, tokens: result.usage?.totalTokens ?? 0, setup: result.error?.setup ?? false };
    }),
  );
  const total = results.length;
  const passed = results.filter((r) => r.status === 'pass').length;
  const errors = results.filter((r) => r.status === 'error').length;
  return {
    runId: randomUUID(),
    prompt: `workflow:${options.suite.name}`,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    total,
    passed,
    failed: total - passed - errors,
    errors,
    setupErrors: results.filter((r) => r.setup).length,
    passRate: total ? Math.round((passed / total) * 1000) / 1000 : 0,
    meanScore: total ? Math.round((results.reduce((s, r) => s + r.score, 0) / total) * 1000) / 1000 : 0,
    cachedCases: 0,
    tokens: results.reduce((s, r) => s + r.tokens, 0),
    costUsd: 0,
    rateLimited: limiter.rateLimited,
    resultsPath: options.sink?.path,
  };
}
