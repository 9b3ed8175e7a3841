import type { z } from 'zod';
import { didYouMean } from './did-you-mean.js';
import { describeValue, dottedPath } from './source-issue.js';
import type { SourceIssue } from './source-issue.js';
import type { YamlSource } from './yaml-source.js';

type Issue = z.core.$ZodIssue;
type SchemaDef = { type: string; shape?: Record<string, unknown>; valueType?: unknown; innerType?: unknown; in?: unknown; out?: unknown; element?: unknown; options?: unknown[] };
const defOf = (schema: unknown) => (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
};

/** zod's own messages start like this; any other message was written for the user and says what is expected. */
const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized)/;

/** Turns the first zod issue into a located, user-facing issue. */
export function describeZodIssue(issue: Issue, source: YamlSource, schema: z.ZodType): SourceIssue {
  const path = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const keyPath = [...path, key];
    const known = Object.keys(objectShapeAt(schema, path) ?? {});
    const suggestion = didYouMean(key, known);
    const hint = suggestion ? `did you mean "${suggestion}"?` : known.length ? `expected one of ${known.join('|')}` : '';
    return {
      ...source.locate(keyPath, { key: true }),
      field: dottedPath(keyPath),
      expected: known.length ? `one of ${known.join('|')}` : undefined,
      problem: `unknown key${hint ? `, ${hint}` : ''}`,
    };
  }
  if (issue.code === 'invalid_key') {
    const keyPath = [...path];
    return {
      ...source.locate(keyPath, { key: true }),
      field: dottedPath(keyPath),
      expected: issue.issues[0]?.message ?? 'a valid key',
      got: JSON.stringify(String(keyPath[keyPath.length - 1])),
    };
  }
  const field = dottedPath(path);
  const value = valueAt(source.value, path);
  return { ...source.locate(path), field, expected: expectedOf(issue), got: describeValue(value, field) };
}

function expectedOf(issue: Issue): string {
  if (!DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map(String).join('|')}`;
    case 'too_small':
      return bound('at least', issue.minimum, issue.inclusive, issue.origin, '>');
    case 'too_big':
      return bound('at most', issue.maximum, issue.inclusive, issue.origin, '<');
    default:
      return issue.message;
  }
}

function bound(words: string, limit: unknown, inclusive: boolean | undefined, origin: string, sign: string): string {
  if (origin === 'string') return `${words} ${limit} characters`;
  if (origin === 'array') return `${words} ${limit} items`;
  return `a number ${sign}${inclusive === false ? '' : '='} ${limit}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** The object shape the schema expects at `path`, to list the keys an unknown key could have meant. */
function objectShapeAt(schema: unknown, path: readonly PropertyKey[]): Record<string, unknown> | undefined {
  let current: unknown = schema;
  let index = 0;
  for (let guard = 0; guard < 64 && current; guard++) {
    const def = defOf(current);
    if (!def) return undefined;
    if (def.innerType) current = def.innerType;
    // A transform's input is the shape written in the file; a preprocess's is its output.
    else if (def.type === 'pipe') current = defOf(def.in)?.type === 'transform' ? def.out : def.in;
    else if (def.type === 'union') current = def.options?.find((option) => defOf(option)?.type === 'object');
    else if (index === path.length) return def.type === 'object' ? def.shape : undefined;
    else if (def.type === 'object') current = def.shape?.[String(path[index++])];
    else if (def.type === 'record') (current = def.valueType), index++;
    else if (def.type === 'array') (current = def.element), index++;
    else return undefined;
  }
  return undefined;
}
