import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { PromptVersion } from '../prompts/types.js';

export type OutputCheck = { valid: true } | { valid: false; message: string };

/** A validator module's default export: return true (or nothing) when the output is good, else a reason. */
export type CustomValidator = (output: string, context: { variables: Record<string, unknown> }) =>
  | boolean
  | string
  | void
  | { valid: boolean; message?: string }
  | Promise<boolean | string | void | { valid: boolean; message?: string }>;

export interface OutputValidator {
  validate(output: string, variables: Record<string, unknown>): Promise<OutputCheck>;
  /** How many checks the version declares (0 means every output is accepted). */
  readonly checkCount: number;
}

const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
(addFormats as unknown as typeof addFormats.default)(ajv);

function containsWord(haystack: string, needle: string): boolean {
  return haystack.includes(needle.toLowerCase());
}

/** Compiles a version's output checks once: JSON Schema (ajv), required/forbidden keywords, custom module. */
export function compileOutputValidator(version: PromptVersion): OutputValidator {
  const { outputSchema, requiredKeywords, forbiddenKeywords, validator } = version.meta;
  const schemaCheck = outputSchema ? ajv.compile(outputSchema) : undefined;
  let custom: Promise<CustomValidator> | undefined;
  const loadCustom = () => {
    custom ??= import(pathToFileURL(resolve(version.dir, validator!)).href).then((module: { default?: unknown }) => {
      if (typeof module.default !== 'function') {
        throw new Error(`${validator}: the validator module must export a default function (output, context) => true | string`);
      }
      return module.default as CustomValidator;
    });
    return custom;
  };

  return {
    checkCount: (schemaCheck ? 1 : 0) + requiredKeywords.length + forbiddenKeywords.length + (validator ? 1 : 0),
    async validate(output, variables) {
      if (schemaCheck) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(stripCodeFence(output));
        } catch {
          return { valid: false, message: 'the answer must be a single JSON value matching the output schema, but it is not valid JSON' };
        }
        if (!schemaCheck(parsed)) {
          const detail = (schemaCheck.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`).join('; ');
          return { valid: false, message: `the JSON does not match the output schema: ${detail}` };
        }
      }
      const lower = output.toLowerCase();
      const missing = requiredKeywords.filter((keyword) => !containsWord(lower, keyword));
      if (missing.length) return { valid: false, message: `the answer must mention: ${missing.join(', ')}` };
      const forbidden = forbiddenKeywords.filter((keyword) => containsWord(lower, keyword));
      if (forbidden.length) return { valid: false, message: `the answer must not contain: ${forbidden.join(', ')}` };
      if (validator) {
        const verdict = await (await loadCustom())(output, { variables });
        if (verdict === false) return { valid: false, message: `rejected by the custom validator ${validator}` };
        if (typeof verdict === 'string') return { valid: false, message: verdict };
        if (typeof verdict === 'object' && verdict !== null && !verdict.valid) {
          return { valid: false, message: verdict.message ?? `rejected by the custom validator ${validator}` };
        }
      }
      return { valid: true };
    },
  };
}

/** Models often wrap JSON in a Markdown fence; the content is what is validated. */
export function stripCodeFence(text: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/i.exec(text);
  return fenced ? fenced[1] : text.trim();
}
