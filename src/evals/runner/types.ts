import type { LanguageModelUsage } from '../../providers/spec/index.js';
import type { ExecuteRequest, ExecuteResult } from '../../runtime/types.js';
import type { RepeatSummary } from '../scoring/index.js';
import type { QualityScore } from '../scoring/index.js';
import type { AssertionResult } from '../types.js';

/** The executor's entry point (`runtime.execute`), or any function with its contract. */
export type ExecuteFn = (request: ExecuteRequest) => Promise<ExecuteResult>;

export type CaseStatus = 'pass' | 'fail' | 'error';

/** One line of the results JSONL: a case after all its repeats. */
export interface CaseResult {
  caseId: string;
  caseIndex: number;
  description?: string;
  status: CaseStatus;
  /** Mean quality score over the runs that produced an output. */
  score: number;
  threshold: number;
  /** Breakdown of the representative run (the first failing run, else the last). */
  quality?: QualityScore;
  assertions: AssertionResult[];
  /** Why it failed; empty when it passed. */
  reasons: string[];
  output?: string;
  model?: string;
  provider?: string;
  latencyMs?: number;
  costUsd?: number;
  usage?: LanguageModelUsage;
  cached: boolean;
  /** Set when a run failed to produce an output. */
  error?: { kind: string; message: string; setup: boolean };
  /** Present with `--repeat N` (N > 1). */
  repeat?: RepeatSummary;
}

export interface RunSummary {
  runId: string;
  prompt: string;
  version?: string;
  promptHash?: string;
  startedAt: string;
  durationMs: number;
  total: number;
  passed: number;
  failed: number;
  errors: number;
  /** Cases whose error was in the test setup (e.g. a missing variable), not the model. */
  setupErrors: number;
  passRate: number;
  meanScore: number;
  cachedCases: number;
  tokens: number;
  costUsd: number;
  /** How many times a 429 made the runner slow down. */
  rateLimited: number;
  resultsPath?: string;
}
