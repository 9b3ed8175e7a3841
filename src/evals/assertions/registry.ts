import type { AssertionResult, AssertionSpec } from '../types.js';
import { boundAssertions } from './bounds.js';
import { javascriptAssertion } from './javascript.js';
import { jsonAssertions } from './json.js';
import { judgeAssertions } from './judge.js';
import { safetyAssertions } from './safety.js';
import { similarAssertion, toneAssertion } from './scored.js';
import { textAssertions } from './text.js';
import type { AssertionContext, AssertionDefinition } from './types.js';

const definitions = new Map<string, AssertionDefinition>(
  [
    ...textAssertions,
    ...jsonAssertions,
    ...boundAssertions,
    ...judgeAssertions,
    ...safetyAssertions,
    javascriptAssertion,
    toneAssertion,
    similarAssertion,
  ].map((d) => [d.type, d]),
);

export const ASSERTION_TYPES: readonly string[] = [...definitions.keys()];

function split(type: string): { negated: boolean; base: string } {
  return type.startsWith('not-') ? { negated: true, base: type.slice(4) } : { negated: false, base: type };
}

export function findAssertion(type: string): AssertionDefinition | undefined {
  return definitions.get(split(type).base);
}

/** Load-time check of a spec; returns a message naming what is wrong (type or value), if anything. */
export function checkAssertion(spec: AssertionSpec): { field: string; message: string } | undefined {
  const definition = findAssertion(spec.type);
  if (!definition) {
    return { field: 'type', message: `unknown assertion type "${spec.type}"; known: ${ASSERTION_TYPES.join(', ')} (each also as not-<type>)` };
  }
  if (spec.weight !== undefined && (typeof spec.weight !== 'number' || spec.weight < 0)) {
    return { field: 'weight', message: '"weight" must be a number >= 0' };
  }
  const problem = definition.check?.(spec);
  if (!problem) return undefined;
  const field = /^"(\w+)"/.exec(problem)?.[1] ?? 'value';
  return { field, message: problem };
}

/**
 * Runs one assertion. A `not-` form passes when the base fails and scores 1 - score.
 * Throws only for setup problems (a judge or detector not configured); a failed check is a result.
 */
export async function evaluateAssertion(spec: AssertionSpec, context: AssertionContext): Promise<AssertionResult> {
  const { negated, base } = split(spec.type);
  const definition = definitions.get(base);
  if (!definition) throw new Error(`unknown assertion type "${spec.type}"`);
  const result = await definition.evaluate({ ...spec, type: base }, context);
  return {
    type: spec.type,
    metric: spec.metric ?? definition.metric,
    weight: spec.weight ?? 1,
    score: negated ? 1 - result.score : result.score,
    pass: negated ? !result.pass : result.pass,
    reason: negated ? `not: ${result.reason}` : result.reason,
  };
}
