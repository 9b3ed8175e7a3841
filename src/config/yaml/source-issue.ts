/** A problem in a YAML source, located and described in the terms the user wrote (snake_case keys). */
export interface SourceIssue {
  line?: number;
  column?: number;
  /** Dotted path of the offending field, e.g. `providers.openai.type`. */
  field?: string;
  /** What would have been accepted, e.g. `one of openai|anthropic|demo`. */
  expected?: string;
  /** What was found, already quoted or described (never a secret). */
  got?: string;
  /** Whole problem sentence when it is not an "expected X, got Y" one. */
  problem?: string;
}

/** `file:line:column field: expected X, got Y`, dropping the parts that are unknown. */
export function formatSourceIssue(file: string | undefined, issue: SourceIssue): string {
  let where = file ?? '';
  if (issue.line !== undefined) where += `${where ? ':' : 'line '}${issue.line}${issue.column !== undefined ? `:${issue.column}` : ''}`;
  const what = issue.problem ?? `expected ${issue.expected ?? 'a valid value'}${issue.got !== undefined ? `, got ${issue.got}` : ''}`;
  const field = issue.field ? `${issue.field}: ` : '';
  return `${where ? `${where} ` : ''}${field}${what}`;
}

const SECRET_FIELD = /(^|[._])(api_?keys?|headers|token|secret|password)([._]|$)/i;

/** A short, quoted description of a value for an error message; secrets are never echoed. */
export function describeValue(value: unknown, field?: string): string {
  if (value === undefined) return 'nothing';
  if (field && SECRET_FIELD.test(field)) return '(hidden)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}
