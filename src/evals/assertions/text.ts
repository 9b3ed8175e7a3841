import type { AssertionSpec } from '../types.js';
import { needsString, needsStringList } from './value-checks.js';
import { outcome, type AssertionDefinition } from './types.js';

function quote(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}

function includes(output: string, needle: string, ignoreCase: boolean): boolean {
  return ignoreCase ? output.toLowerCase().includes(needle.toLowerCase()) : output.includes(needle);
}

function single(type: string, ignoreCase: boolean): AssertionDefinition {
  return {
    type,
    metric: 'completeness',
    check: needsString,
    evaluate(spec, { output }) {
      const needle = spec.value as string;
      const found = includes(output, needle, ignoreCase);
      return outcome(found, found ? `contains ${quote(needle)}` : `does not contain ${quote(needle)}`);
    },
  };
}

/** `-all` scores the share found (partial credit), `-any` passes on the first hit. */
function multi(type: string, ignoreCase: boolean, mode: 'all' | 'any'): AssertionDefinition {
  return {
    type,
    metric: 'completeness',
    check: needsStringList,
    evaluate(spec, { output }) {
      const needles = spec.value as string[];
      const found = needles.filter((n) => includes(output, n, ignoreCase));
      const missing = needles.filter((n) => !found.includes(n));
      if (mode === 'any') {
        return found.length > 0
          ? outcome(true, `contains ${quote(found[0])}`)
          : outcome(false, `contains none of ${needles.map(quote).join(', ')}`);
      }
      return outcome(
        missing.length === 0,
        missing.length === 0 ? `contains all ${needles.length}` : `missing ${missing.map(quote).join(', ')}`,
        found.length / needles.length,
      );
    },
  };
}

function checkRegex(spec: AssertionSpec): string | undefined {
  const problem = needsString(spec);
  if (problem) return problem;
  try {
    new RegExp(spec.value as string);
    return undefined;
  } catch (error) {
    return `"value" is not a valid regular expression: ${(error as Error).message}`;
  }
}

export const textAssertions: AssertionDefinition[] = [
  {
    type: 'equals',
    metric: 'accuracy',
    check: (spec) => (spec.value === undefined ? '"value" is required' : undefined),
    evaluate(spec, { output }) {
      const expected = typeof spec.value === 'string' ? spec.value : JSON.stringify(spec.value);
      if (typeof spec.value !== 'string') {
        try {
          const same = JSON.stringify(JSON.parse(output)) === expected;
          return outcome(same, same ? 'output equals the expected JSON' : 'output differs from the expected JSON');
        } catch {
          return outcome(false, 'output is not JSON, expected a JSON value');
        }
      }
      const same = output.trim() === expected.trim();
      return outcome(same, same ? 'output equals the expected text' : `output is not ${quote(expected)}`);
    },
  },
  single('contains', false),
  single('icontains', true),
  multi('contains-all', false, 'all'),
  multi('icontains-all', true, 'all'),
  multi('contains-any', false, 'any'),
  multi('icontains-any', true, 'any'),
  {
    type: 'regex',
    metric: 'format',
    check: checkRegex,
    evaluate(spec, { output }) {
      const matched = new RegExp(spec.value as string).test(output);
      return outcome(matched, matched ? `matches /${spec.value}/` : `does not match /${spec.value}/`);
    },
  },
  {
    type: 'starts-with',
    metric: 'format',
    check: needsString,
    evaluate(spec, { output }) {
      const ok = output.trimStart().startsWith(spec.value as string);
      return outcome(ok, ok ? `starts with ${quote(spec.value as string)}` : `does not start with ${quote(spec.value as string)}`);
    },
  },
];
