import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020Module, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { AssertionSpec } from '../types.js';
import { outcome, type AssertionContext, type AssertionDefinition, type AssertionOutcome } from './types.js';

// Both packages are CommonJS with a default export; NodeNext sees the module object.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();

function schemaOf(spec: AssertionSpec, baseDir: string): object | undefined {
  if (spec.value === undefined) return undefined;
  if (typeof spec.value === 'string') {
    const path = resolve(baseDir, spec.value.replace(/^file:\/\//, ''));
    return JSON.parse(readFileSync(path, 'utf8')) as object;
  }
  return spec.value as object;
}

function validator(schema: object): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

function checkSchema(spec: AssertionSpec, required: boolean): string | undefined {
  if (spec.value === undefined) return required ? '"value" must be a JSON Schema (object) or a file path' : undefined;
  if (typeof spec.value === 'string') return undefined;
  if (typeof spec.value !== 'object' || Array.isArray(spec.value) || spec.value === null) {
    return '"value" must be a JSON Schema (object) or a file path';
  }
  try {
    ajv.compile(spec.value as object);
    return undefined;
  } catch (error) {
    return `"value" is not a valid JSON Schema: ${(error as Error).message}`;
  }
}

function validateAgainst(data: unknown, spec: AssertionSpec, context: AssertionContext, what: string): AssertionOutcome {
  let schema: object | undefined;
  try {
    schema = schemaOf(spec, context.baseDir);
  } catch (error) {
    return outcome(false, `cannot read schema: ${(error as Error).message}`);
  }
  if (!schema) return outcome(true, `${what} is valid JSON`);
  const validate = validator(schema);
  if (validate(data)) return outcome(true, `${what} matches the schema`);
  const errors = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`);
  return outcome(false, `${what} does not match the schema: ${errors.join('; ')}`);
}

/** Finds the first balanced JSON object or array inside free text (e.g. after "Here is the JSON:"). */
export function extractJson(text: string): { found: true; value: unknown } | { found: false } {
  for (let start = 0; start < text.length; start++) {
    const open = text[start];
    if (open !== '{' && open !== '[') continue;
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) {
          try {
            return { found: true, value: JSON.parse(text.slice(start, i + 1)) };
          } catch {
            break;
          }
        }
      }
    }
  }
  return { found: false };
}

export const jsonAssertions: AssertionDefinition[] = [
  {
    type: 'is-json',
    metric: 'format',
    check: (spec) => checkSchema(spec, false),
    evaluate(spec, context) {
      let data: unknown;
      try {
        data = JSON.parse(context.output);
      } catch (error) {
        return outcome(false, `output is not JSON: ${(error as Error).message}`);
      }
      return validateAgainst(data, spec, context, 'output');
    },
  },
  {
    type: 'contains-json',
    metric: 'format',
    check: (spec) => checkSchema(spec, false),
    evaluate(spec, context) {
      const extracted = extractJson(context.output);
      if (!extracted.found) return outcome(false, 'output contains no JSON object or array');
      return validateAgainst(extracted.value, spec, context, 'embedded JSON');
    },
  },
  {
    type: 'json-schema',
    metric: 'format',
    check: (spec) => checkSchema(spec, true),
    evaluate(spec, context) {
      const extracted = extractJson(context.output);
      if (!extracted.found) return outcome(false, 'output contains no JSON to validate');
      return validateAgainst(extracted.value, spec, context, 'output JSON');
    },
  },
];
