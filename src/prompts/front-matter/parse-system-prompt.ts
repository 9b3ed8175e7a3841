import { describeZodIssue, parseYaml } from '../../config/yaml/index.js';
import type { Position } from '../../config/yaml/index.js';
import { PromptFileError } from '../errors/index.js';
import type { PromptMeta } from '../types.js';
import { outputSchemaProblem } from './check-output-schema.js';
import { metaSchema } from './meta-schema.js';
import { splitFrontMatter } from './split-front-matter.js';

export interface ParsedSystemPrompt {
  meta: PromptMeta;
  /** The template text after the front matter. */
  body: string;
  /** Line of the body's first character in the file, for template errors. */
  bodyStartLine: number;
  /** Where a front-matter field is in the file (snake_case path), for checks made by the caller. */
  locate(path: readonly PropertyKey[]): Position;
}

/**
 * Parses system-prompt.md: YAML front matter (validated, snake_case keys) and the template body.
 * Throws PromptFileError with the file, line and field of the first problem.
 */
export function parseSystemPrompt(text: string, file: string): ParsedSystemPrompt {
  const parts = splitFrontMatter(text);
  if ('unclosedAt' in parts) {
    throw new PromptFileError(file, { line: parts.unclosedAt, column: 1, problem: 'front matter opened with "---" is never closed with "---"' });
  }
  if (parts.yaml === undefined) {
    throw new PromptFileError(file, { line: 1, column: 1, problem: 'expected YAML front matter between "---" lines, with at least `model:`' });
  }
  const parsed = parseYaml(parts.yaml, parts.yamlStartLine - 1);
  if (!parsed.ok) throw new PromptFileError(file, parsed.issue);
  const { source } = parsed;
  if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
    throw new PromptFileError(file, { line: parts.yamlStartLine, column: 1, field: 'front matter', expected: 'a mapping with at least `model:`', got: source.value == null ? 'nothing' : 'a single value or a list' });
  }
  const result = metaSchema.safeParse(source.value);
  if (!result.success) throw new PromptFileError(file, describeZodIssue(result.error.issues[0], source, metaSchema));
  const meta = result.data;
  if (meta.outputSchema) {
    const problem = outputSchemaProblem(meta.outputSchema);
    if (problem) throw new PromptFileError(file, { ...source.locate(['output_schema']), field: 'output_schema', expected: 'a valid JSON Schema', problem: `not a valid JSON Schema: ${problem}` });
  }
  return { meta, body: parts.body, bodyStartLine: parts.bodyStartLine, locate: (path) => source.locate(path) };
}
