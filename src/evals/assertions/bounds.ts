import { bounds, describeBounds, needsBounds, needsNumber } from './value-checks.js';
import { outcome, type AssertionDefinition } from './types.js';

function within(n: number, b: { min?: number; max?: number }): boolean {
  return (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max);
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/u);
  return words[0] === '' ? 0 : words.length;
}

export const boundAssertions: AssertionDefinition[] = [
  {
    type: 'length',
    metric: 'format',
    check: needsBounds,
    evaluate(spec, { output }) {
      const b = bounds(spec.value);
      const n = [...output].length;
      return outcome(within(n, b), `${n} characters, expected ${describeBounds(b)}`);
    },
  },
  {
    type: 'word-count',
    metric: 'format',
    check: needsBounds,
    evaluate(spec, { output }) {
      const b = bounds(spec.value);
      const n = countWords(output);
      return outcome(within(n, b), `${n} words, expected ${describeBounds(b)}`);
    },
  },
  {
    type: 'latency',
    metric: 'gate',
    check: needsNumber,
    evaluate(spec, { latencyMs }) {
      if (latencyMs === undefined) return outcome(false, 'latency unknown');
      const max = spec.value as number;
      return outcome(latencyMs <= max, `${Math.round(latencyMs)} ms, limit ${max} ms`);
    },
  },
  {
    type: 'cost',
    metric: 'gate',
    check: needsNumber,
    evaluate(spec, { costUsd }) {
      if (costUsd === undefined) return outcome(false, 'cost unknown (no price for this model)');
      const max = spec.value as number;
      return outcome(costUsd <= max, `$${costUsd.toFixed(6)}, limit $${max}`);
    },
  },
];
