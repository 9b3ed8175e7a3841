import type { TestCase } from '../types.js';

export interface WorkflowStep {
  id: string;
  /** Prompt reference, e.g. `support-classify@1.0.0`. */
  prompt: string;
  /** Variables, with `{{input.x}}` and `{{steps.<id>.output}}` / `{{steps.<id>.json.field}}` filled in. */
  vars: Record<string, unknown>;
  /** Earlier turns, templated the same way (e.g. the first answer before a follow-up). */
  conversation?: Array<{ role: 'user' | 'assistant' | 'system'; content: string }>;
  /** `json`: the output is parsed and exposed as `steps.<id>.json`. */
  parse?: 'json' | 'text';
  /** A JavaScript condition over `input` and `steps`; the step is skipped when false. */
  when?: string;
}

/** What one case expects of one step: the same checks as a single-prompt case, plus JSON fields. */
export interface StepExpectation {
  check: TestCase;
  /** Fields the parsed JSON must have, with these values. */
  json?: Record<string, unknown>;
}

export interface WorkflowCase {
  id: string;
  description?: string;
  input: Record<string, unknown>;
  /** The step ids that must run, in order. */
  path?: string[];
  expect: Record<string, StepExpectation>;
  source: { file: string; index: number };
}

export interface WorkflowSuite {
  name: string;
  description?: string;
  file: string;
  /** Prompts folder of the workflow's own prompts, when it brings them. */
  promptsDir?: string;
  steps: WorkflowStep[];
  cases: WorkflowCase[];
}
