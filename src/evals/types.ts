import type { ChatMessage } from '../providers/spec/index.js';

/** The guide's five quality dimensions. */
export type QualityDimension = 'relevance' | 'completeness' | 'accuracy' | 'tone' | 'format';

/** Where an assertion's score counts: a quality dimension, or `gate` (pass/fail only, e.g. latency, cost). */
export type AssertionMetric = QualityDimension | 'gate';

export interface AssertionSpec {
  /** e.g. `icontains`, `not-regex`, `tone`, `llm-rubric`. */
  type: string;
  value?: unknown;
  /** For scored assertions (tone, similar, llm-rubric, g-eval): the score needed to pass. */
  threshold?: number;
  /** Weight inside its dimension; 1 by default. */
  weight?: number;
  /** Overrides the dimension the assertion's score counts towards. */
  metric?: AssertionMetric;
}

export interface AssertionResult {
  type: string;
  metric: AssertionMetric;
  weight: number;
  /** In [0, 1]. */
  score: number;
  pass: boolean;
  reason: string;
}

export interface TestCase {
  id: string;
  description?: string;
  /** Template variables (the guide's `input`; a string input becomes `{ message }`). */
  vars: Record<string, unknown>;
  /** Earlier turns, placed before the new user turn. */
  conversation?: ChatMessage[];
  /** Phrases that must appear in the output, case-insensitive. */
  expectedElements: string[];
  expectedTone?: string;
  assertions: AssertionSpec[];
  /** Pass threshold of the weighted quality score; the suite's default (0.8) when absent. */
  threshold?: number;
  weights?: Partial<QualityWeights>;
  model?: string;
  parameters?: { temperature?: number; maxTokens?: number; topP?: number; seed?: number };
  /** Where the case was read from, for messages. */
  source: { file: string; index: number };
}

export type QualityWeights = Record<QualityDimension, number>;
