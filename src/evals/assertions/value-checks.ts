import type { AssertionSpec } from '../types.js';

export function needsString(spec: AssertionSpec): string | undefined {
  return typeof spec.value === 'string' ? undefined : '"value" must be a string';
}

export function needsStringList(spec: AssertionSpec): string | undefined {
  return Array.isArray(spec.value) && spec.value.length > 0 && spec.value.every((v) => typeof v === 'string')
    ? undefined
    : '"value" must be a non-empty list of strings';
}

export function needsNumber(spec: AssertionSpec): string | undefined {
  return typeof spec.value === 'number' && Number.isFinite(spec.value) ? undefined : '"value" must be a number';
}

/** `{min?, max?}` or a bare number meaning max. */
export function needsBounds(spec: AssertionSpec): string | undefined {
  const v = spec.value;
  if (typeof v === 'number' && Number.isFinite(v)) return undefined;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const { min, max } = v as { min?: unknown; max?: unknown };
    const ok = (n: unknown) => n === undefined || (typeof n === 'number' && Number.isFinite(n));
    if ((min !== undefined || max !== undefined) && ok(min) && ok(max)) return undefined;
  }
  return '"value" must be a number (maximum) or {"min": n, "max": n}';
}

export function bounds(value: unknown): { min?: number; max?: number } {
  if (typeof value === 'number') return { max: value };
  return value as { min?: number; max?: number };
}

export function describeBounds({ min, max }: { min?: number; max?: number }): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}
