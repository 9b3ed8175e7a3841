import Ajv2020 from 'ajv/dist/2020.js';

type AjvInstance = InstanceType<typeof Ajv2020.default>;
let ajv: AjvInstance | undefined;

/** Why `schema` is not a valid JSON Schema (draft 2020-12), or undefined when it is. */
export function outputSchemaProblem(schema: Record<string, unknown>): string | undefined {
  ajv ??= new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, validateSchema: true });
  try {
    if (ajv.validateSchema(schema) === true) return undefined;
    return ajv.errorsText(ajv.errors, { dataVar: 'output_schema' });
  } catch (error) {
    return (error as Error).message;
  }
}
