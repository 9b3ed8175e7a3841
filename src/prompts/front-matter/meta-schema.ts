import { z } from 'zod';
import type { PromptMeta, VariableSpec } from '../types.js';

const VARIABLE_TYPES = ['string', 'number', 'boolean', 'array', 'object'] as const;

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

/** `name: string` is short for `name: { type: string }`. */
const variable = z.preprocess(
  (value) => (typeof value === 'string' ? { type: value } : value),
  z
    .strictObject({
      type: z.enum(VARIABLE_TYPES),
      required: z.boolean().optional(),
      default: z.unknown().optional(),
      description: z.string().optional(),
      max_length: z.number().int().min(1).optional(),
    })
    .refine((spec) => spec.default === undefined || typeOf(spec.default) === spec.type, {
      message: 'a default of the declared type',
      path: ['default'],
    })
    .transform((spec): VariableSpec => {
      const out: VariableSpec = { type: spec.type, required: spec.required ?? spec.default === undefined };
      if (spec.default !== undefined) out.default = spec.default;
      if (spec.description !== undefined) out.description = spec.description;
      if (spec.max_length !== undefined) out.maxLength = spec.max_length;
      return out;
    }),
);

const parameters = z
  .strictObject({
    temperature: z.number().min(0).max(2).optional(),
    max_tokens: z.number().int().min(1).optional(),
    top_p: z.number().min(0).max(1).optional(),
    stop: z.union([z.string(), z.array(z.string())], { error: 'a string or a list of strings' }).optional(),
    seed: z.number().int().optional(),
  })
  .transform((p) => {
    const out: PromptMeta['parameters'] = {};
    if (p.temperature !== undefined) out.temperature = p.temperature;
    if (p.max_tokens !== undefined) out.maxTokens = p.max_tokens;
    if (p.top_p !== undefined) out.topP = p.top_p;
    if (p.stop !== undefined) out.stop = typeof p.stop === 'string' ? [p.stop] : p.stop;
    if (p.seed !== undefined) out.seed = p.seed;
    return out;
  });

const guards = z
  .strictObject({
    injection: z.enum(['allow', 'flag', 'sanitize', 'block']).optional(),
    pii: z.enum(['off', 'redact', 'mask', 'pseudonymize']).optional(),
    max_input_length: z.number().int().min(1).optional(),
  })
  .transform((g) => {
    const out: NonNullable<PromptMeta['guards']> = {};
    if (g.injection) out.injection = g.injection;
    if (g.pii) out.pii = g.pii;
    if (g.max_input_length !== undefined) out.maxInputLength = g.max_input_length;
    return out;
  });

/** Inside the version folder: no absolute path, no `..`. */
const relativeModule = z.string().refine((path) => !/^([/\\]|[A-Za-z]:)/.test(path) && !path.split(/[/\\]/).includes('..'), {
  message: 'a path inside the version folder, such as ./validate.js',
});

const keywords = z.array(z.string().min(1));

/** Front matter of system-prompt.md as written (snake_case). */
export const metaSchema = z
  .strictObject({
    description: z.string().optional(),
    model: z.string({ error: 'a model name, e.g. gpt-4o-mini or demo' }).min(1),
    fallback_models: z.array(z.string().min(1)).optional(),
    parameters: parameters.optional(),
    variables: z.record(z.string().regex(/^[A-Za-z_][\w-]*$/, { message: 'a variable name of letters, digits, "_" or "-"' }), variable).optional(),
    user_template: z.string().optional(),
    output_schema: z.record(z.string(), z.unknown()).optional(),
    required_keywords: keywords.optional(),
    forbidden_keywords: keywords.optional(),
    validator: relativeModule.optional(),
    max_reasks: z.number().int().min(0).max(5).optional(),
    fallback_response: z.string().min(1).optional(),
    guards: guards.optional(),
  })
  .transform((m): PromptMeta => {
    const variables = m.variables ?? {};
    const meta: PromptMeta = {
      model: m.model,
      fallbackModels: m.fallback_models ?? [],
      parameters: m.parameters ?? {},
      variables,
      requiredKeywords: m.required_keywords ?? [],
      forbiddenKeywords: m.forbidden_keywords ?? [],
      maxReasks: m.max_reasks ?? 1,
    };
    if (m.description !== undefined) meta.description = m.description;
    const userTemplate = m.user_template ?? (variables.message ? '{{message}}' : undefined);
    if (userTemplate !== undefined) meta.userTemplate = userTemplate;
    if (m.output_schema) meta.outputSchema = m.output_schema;
    if (m.validator) meta.validator = m.validator;
    if (m.fallback_response !== undefined) meta.fallbackResponse = m.fallback_response;
    if (m.guards) meta.guards = m.guards;
    return meta;
  });
