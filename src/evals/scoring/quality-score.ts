import { classifyTone, normalizeTone } from '../tone/index.js';
import { terms } from '../similarity/index.js';
import type { AssertionResult, QualityDimension, QualityWeights, TestCase } from '../types.js';

/** The guide's weights and bar. */
export const DEFAULT_WEIGHTS: QualityWeights = { relevance: 0.3, completeness: 0.25, accuracy: 0.25, tone: 0.1, format: 0.1 };
export const DEFAULT_THRESHOLD = 0.8;
const DIMENSIONS = Object.keys(DEFAULT_WEIGHTS) as QualityDimension[];

export interface QualityScore {
  /** Weighted mean over the measured dimensions, in [0, 1]. */
  overall: number;
  /** Dimensions with evidence; a dimension with none is left out and the weights renormalised. */
  breakdown: Partial<Record<QualityDimension, number>>;
  threshold: number;
}

interface Evidence {
  score: number;
  weight: number;
}

/**
 * Relevance without a judge: the answer takes up the request's content terms, where the request is the
 * user's words plus the case's expected elements (the author's statement of what a relevant answer
 * covers). Taking up a third of those terms counts as fully relevant: answers rephrase, they rarely echo.
 */
export function lexicalRelevance(input: string, output: string, expectedElements: string[] = []): number | undefined {
  const asked = new Set([...terms(input), ...expectedElements.flatMap((e) => terms(e))]);
  if (asked.size === 0) return undefined;
  const answered = new Set(terms(output));
  let covered = 0;
  for (const t of asked) if (answered.has(t)) covered++;
  return Math.min(1, covered / Math.max(1, Math.ceil(asked.size / 3)));
}

/**
 * An answer looks cut off when its last paragraph is prose of more than six words with no closing
 * punctuation. A short last line is a sign-off ("Acme Outfitters Support"), a list item is a list.
 */
function cutOff(text: string): boolean {
  if (/^[[{]/.test(text) || /[.!?:;)\]}"'`*\u2026]$/.test(text)) return false;
  const last = text.split(/\n\s*\n/).pop()!.trim();
  if (/^([-*•]|\d+[.)])\s/m.test(last.split('\n').pop()!)) return false;
  return last.split(/\s+/).length > 6;
}

/** Built-in format checks every output gets: not empty, no unfilled `{{placeholders}}`, not cut off mid-sentence. */
export function formatChecks(output: string): { score: number; problems: string[] } {
  const problems: string[] = [];
  const text = output.trim();
  if (!text) problems.push('empty output');
  if (/\{\{\s*[\w.]+\s*\}\}/.test(text)) problems.push('unfilled {{placeholder}}');
  if (text && cutOff(text)) problems.push('ends mid-sentence');
  return { score: text ? 1 - problems.length / 3 : 0, problems };
}

export interface ScoreInput {
  testCase: Pick<TestCase, 'expectedElements' | 'expectedTone' | 'threshold' | 'weights'>;
  output: string;
  /** The user's text, for lexical relevance. */
  input?: string;
  assertions: AssertionResult[];
  weights?: Partial<QualityWeights>;
  threshold?: number;
}

/**
 * The guide's weighted quality score. Evidence per dimension: expected elements (completeness, one unit
 * each), expected tone (tone, the classifier's score), built-in format checks (format), lexical relevance
 * when no assertion speaks for relevance, and every assertion's score in its metric's dimension.
 */
export function scoreQuality(inputs: ScoreInput): QualityScore {
  const { testCase, output } = inputs;
  const evidence: Record<QualityDimension, Evidence[]> = { relevance: [], completeness: [], accuracy: [], tone: [], format: [] };
  const lower = output.toLowerCase();
  for (const element of testCase.expectedElements) {
    evidence.completeness.push({ score: lower.includes(element.toLowerCase()) ? 1 : 0, weight: 1 });
  }
  const tone = testCase.expectedTone ? normalizeTone(testCase.expectedTone) : undefined;
  if (tone) evidence.tone.push({ score: classifyTone(output).scores[tone], weight: 1 });
  evidence.format.push({ score: formatChecks(output).score, weight: 1 });
  for (const a of inputs.assertions) {
    if (a.metric !== 'gate' && a.weight > 0) evidence[a.metric].push({ score: a.score, weight: a.weight });
  }
  // Structured output is judged by its schema and fields; word overlap with the request says nothing.
  if (evidence.relevance.length === 0 && inputs.input && !/^\s*[[{]/.test(output)) {
    const relevance = lexicalRelevance(inputs.input, output, testCase.expectedElements);
    if (relevance !== undefined) evidence.relevance.push({ score: relevance, weight: 1 });
  }

  const weights = { ...DEFAULT_WEIGHTS, ...inputs.weights, ...testCase.weights };
  const breakdown: QualityScore['breakdown'] = {};
  let total = 0;
  let weightSum = 0;
  for (const d of DIMENSIONS) {
    const e = evidence[d];
    const w = e.reduce((s, x) => s + x.weight, 0);
    if (w === 0) continue;
    const score = e.reduce((s, x) => s + x.score * x.weight, 0) / w;
    breakdown[d] = Math.round(score * 1000) / 1000;
    total += score * weights[d];
    weightSum += weights[d];
  }
  const overall = weightSum === 0 ? 0 : Math.round((total / weightSum) * 1000) / 1000;
  return { overall, breakdown, threshold: testCase.threshold ?? inputs.threshold ?? DEFAULT_THRESHOLD };
}
