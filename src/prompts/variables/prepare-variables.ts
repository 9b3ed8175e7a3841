import { InvalidVariableError, MissingVariableError } from '../errors/index.js';
import type { VariableSpec, VariableType } from '../types.js';

function typeOf(value: unknown): VariableType | 'null' | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean' || type === 'object') return type;
  return 'other';
}

const article = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/**
 * Checks caller input against the declared variables and returns it with defaults filled in: a
 * required variable that is absent throws MissingVariableError; a wrong type or a string over
 * `maxLength` throws InvalidVariableError. Undeclared variables pass through untouched (the template
 * reports them as warnings). Errors never quote the value: it may be personal data.
 */
export function prepareVariables(
  declared: Record<string, VariableSpec>,
  input: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  for (const [name, spec] of Object.entries(declared)) {
    let value = Object.hasOwn(input, name) ? input[name] : undefined;
    if (value === undefined || value === null) {
      if (spec.default !== undefined) value = out[name] = spec.default;
      else if (spec.required) throw new MissingVariableError(name);
      else continue;
    }
    const actual = typeOf(value);
    if (actual !== spec.type) throw new InvalidVariableError(name, article(spec.type), actual === 'other' ? typeof value : article(actual));
    if (spec.maxLength !== undefined && typeof value === 'string' && value.length > spec.maxLength) {
      throw new InvalidVariableError(name, `at most ${spec.maxLength} characters`, `${value.length} characters`);
    }
  }
  return out;
}
