import type { ExecuteRequest } from '../../runtime/types.js';
import { evaluateAssertion, GuardsMissingError, JudgeMissingError, type AssertionServices } from '../assertions/index.js';
import { failureReasons, scoreQuality, type QualityScore } from '../scoring/index.js';
import type { AssertionResult, QualityWeights, TestCase } from '../types.js';
import type { AdaptiveLimiter } from './adaptive-limiter.js';
import { classifyError, EvalSetupError } from './errors.js';
import { cacheKey, type CachedOutput, type OutputCache } from './output-cache.js';
import type { ExecuteFn } from './types.js';
import { dirname } from 'node:path';

/** What the cache key needs to know about the target before calling it. */
export interface CacheTarget {
  provider: string;
  model: string;
  promptHash: string;
}

export interface CaseRunContext {
  execute: ExecuteFn;
  prompt: string;
  limiter: AdaptiveLimiter;
  services: AssertionServices;
  cache?: OutputCache;
  target?: CacheTarget;
  weights?: Partial<QualityWeights>;
  threshold?: number;
  deadlineMs?: number;
  signal?: AbortSignal;
  /** The rendered system prompt, for leak checks; optional. */
  systemPrompt?: string;
}

export interface RunOutcome {
  pass: boolean;
  output?: string;
  quality?: QualityScore;
  assertions: AssertionResult[];
  reasons: string[];
  answer?: CachedOutput;
  cached: boolean;
  error?: { kind: string; message: string; setup: boolean };
}

/** The user's words in a case, for relevance and for judges. */
export function inputText(testCase: TestCase): string {
  const { vars } = testCase;
  if (typeof vars.message === 'string') return vars.message;
  return Object.values(vars)
    .filter((v): v is string => typeof v === 'string')
    .join('\n');
}

async function answer(testCase: TestCase, sample: number, ctx: CaseRunContext): Promise<{ answer: CachedOutput; cached: boolean }> {
  const key =
    ctx.cache && ctx.target
      ? cacheKey({
          ...ctx.target,
          model: testCase.model ?? ctx.target.model,
          variables: testCase.vars,
          conversation: testCase.conversation,
          parameters: testCase.parameters,
          sample,
        })
      : undefined;
  if (key) {
    const hit = await ctx.cache!.get(key);
    if (hit) return { answer: hit, cached: true };
  }
  const request: ExecuteRequest = {
    prompt: ctx.prompt,
    variables: testCase.vars,
    conversation: testCase.conversation,
    model: testCase.model,
    parameters: testCase.parameters,
    deadlineMs: ctx.deadlineMs,
    signal: ctx.signal,
    // The runner's own cache decides; the executor's response cache would hide repeat samples.
    noCache: true,
  };
  const result = await ctx.limiter.run(() => ctx.execute(request));
  const fresh: CachedOutput = {
    output: result.output,
    model: result.model,
    provider: result.provider,
    version: result.version,
    usage: result.usage,
    latencyMs: result.latencyMs,
    costUsd: result.costUsd,
  };
  // A fallback answer means the models failed: like an error, it must not be replayed from the cache.
  if (key && !result.fallback) await ctx.cache!.set(key, fresh);
  return { answer: fresh, cached: false };
}

/** One sample of one case: answer (cached or fresh), assertions, quality score, verdict. */
export async function runCaseOnce(testCase: TestCase, sample: number, ctx: CaseRunContext): Promise<RunOutcome> {
  let got: { answer: CachedOutput; cached: boolean };
  try {
    got = await answer(testCase, sample, ctx);
  } catch (error) {
    const classified = classifyError(error);
    return { pass: false, assertions: [], reasons: [`${classified.kind}: ${classified.message}`], cached: false, error: classified };
  }
  const judged = await judgeOutput(testCase, got.answer.output, got.answer, ctx);
  return { ...judged, output: got.answer.output, answer: got.answer, cached: got.cached };
}

export interface Judged {
  pass: boolean;
  quality: QualityScore;
  assertions: AssertionResult[];
  reasons: string[];
}

/** Assertions, quality score and verdict for one output of one case (also used by workflow steps). */
export async function judgeOutput(
  testCase: TestCase,
  output: string,
  answer: Pick<CachedOutput, 'latencyMs' | 'costUsd' | 'usage'>,
  ctx: Pick<CaseRunContext, 'services' | 'systemPrompt' | 'signal' | 'weights' | 'threshold'>,
): Promise<Judged> {
  const input = inputText(testCase);
  const assertions: AssertionResult[] = [];
  for (const spec of testCase.assertions) {
    try {
      assertions.push(
        await evaluateAssertion(spec, {
          output,
          vars: testCase.vars,
          input,
          systemPrompt: ctx.systemPrompt,
          latencyMs: answer.latencyMs,
          costUsd: answer.costUsd,
          usage: answer.usage,
          baseDir: dirname(testCase.source.file),
          services: ctx.services,
          signal: ctx.signal,
        }),
      );
    } catch (error) {
      if (error instanceof JudgeMissingError || error instanceof GuardsMissingError) {
        throw new EvalSetupError(error.message, { cause: error });
      }
      // A judge that fails (rate limit after retries, outage) fails this assertion, not the run.
      const { kind, message } = classifyError(error);
      assertions.push({ type: spec.type, metric: spec.metric ?? 'accuracy', weight: spec.weight ?? 1, score: 0, pass: false, reason: `${kind}: ${message}` });
    }
  }
  const quality = scoreQuality({ testCase, output, input, assertions, weights: ctx.weights, threshold: ctx.threshold });
  const reasons = failureReasons(testCase, output, assertions, quality);
  return { pass: reasons.length === 0, quality, assertions, reasons };
}
