/** Reads `a.b.c` from nested objects. */
export function lookup(scope: Record<string, unknown>, path: string): unknown {
  let value: unknown = scope;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export class UnresolvedReferenceError extends Error {
  constructor(readonly reference: string, readonly where: string) {
    super(`${where}: "{{${reference}}}" has no value (did an earlier step run and return it?)`);
    this.name = 'UnresolvedReferenceError';
  }
}

/**
 * Fills `{{path}}` references in strings, deeply. A string that is exactly one reference keeps the
 * value's type (so a JSON field can pass through as an object); missing values are an error.
 */
export function fill(value: unknown, scope: Record<string, unknown>, where: string): unknown {
  if (typeof value === 'string') {
    const whole = /^\{\{\s*([\w.-]+)\s*\}\}$/.exec(value);
    if (whole) {
      const v = lookup(scope, whole[1]);
      if (v === undefined) throw new UnresolvedReferenceError(whole[1], where);
      return v;
    }
    return value.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, path: string) => {
      const v = lookup(scope, path);
      if (v === undefined) throw new UnresolvedReferenceError(path, where);
      return typeof v === 'string' ? v : JSON.stringify(v);
    });
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, scope, where));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, scope, where)]));
  }
  return value;
}
