import type { LanguageModel, LanguageModelUsage } from '../../providers/spec/index.js';
import type { TermStatistics } from '../similarity/index.js';
import type { AssertionMetric, AssertionSpec } from '../types.js';

/** PII finding as the guards report it. */
export interface PiiFinding {
  type: string;
  start: number;
  end: number;
}

export interface InjectionVerdict {
  score: number;
  flagged: boolean;
  reasons: string[];
}

/** The guards' detectors, injected so evals run with whatever detector build is configured. */
export interface GuardDetectors {
  detectPii?(text: string): PiiFinding[] | Promise<PiiFinding[]>;
  detectInjection?(text: string): InjectionVerdict | Promise<InjectionVerdict>;
}

/** Turns texts into vectors (a provider's embeddings endpoint). */
export type Embedder = (texts: string[]) => Promise<number[][]>;

/** Services an assertion may need; all optional, an assertion that needs a missing one fails with a reason. */
export interface AssertionServices {
  /** Model that grades `llm-rubric` and `g-eval`. */
  judge?: LanguageModel;
  embed?: Embedder;
  guards?: GuardDetectors;
  /** Document frequencies for the offline `similar` scorer (built from the suite's references). */
  similarityCorpus?: TermStatistics;
  /** Timeout of each `javascript` assertion. */
  javascriptTimeoutMs?: number;
}

export interface AssertionContext {
  output: string;
  vars: Record<string, unknown>;
  /** The rendered input the model saw (user turn), for relevance and injection checks. */
  input?: string;
  /** The rendered system prompt, for leak checks. */
  systemPrompt?: string;
  latencyMs?: number;
  costUsd?: number;
  usage?: LanguageModelUsage;
  /** Folder that relative paths in assertion values resolve against (the test-case file's folder). */
  baseDir: string;
  services: AssertionServices;
  signal?: AbortSignal;
}

/** What an assertion function returns before weights and negation are applied. */
export interface AssertionOutcome {
  score: number;
  pass: boolean;
  reason: string;
}

export interface AssertionDefinition {
  /** The base type, without `not-`. */
  type: string;
  metric: AssertionMetric;
  /** Checks the spec at load time; returns what is wrong with it (field-level message), if anything. */
  check?(spec: AssertionSpec): string | undefined;
  evaluate(spec: AssertionSpec, context: AssertionContext): AssertionOutcome | Promise<AssertionOutcome>;
}

export function outcome(pass: boolean, reason: string, score = pass ? 1 : 0): AssertionOutcome {
  return { pass, reason, score: Math.min(1, Math.max(0, score)) };
}
