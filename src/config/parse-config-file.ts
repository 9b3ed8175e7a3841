import { ConfigError } from './config-error.js';
import { configFileSchema } from './config-schema.js';
import type { ConfigFileValues } from './config-schema.js';
import { expandEnv, MissingEnvVarError } from './expand-env.js';
import { dottedPath } from './yaml/source-issue.js';
import { parseYaml } from './yaml/yaml-source.js';
import type { YamlSource } from './yaml/yaml-source.js';
import { describeZodIssue } from './yaml/zod-issue.js';

export interface ParsedConfigFile {
  values: ConfigFileValues;
  /** Locates a field of the file, for checks made after parsing (e.g. a provider name that does not exist). */
  source: YamlSource;
}

/**
 * Parses and validates the text of a config file: YAML (duplicate keys refused), `${ENV}` references,
 * then the schema. Pure: the environment is an argument. Throws ConfigError naming file:line and field.
 */
export function parseConfigFile(text: string, file: string, env: NodeJS.ProcessEnv): ParsedConfigFile {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new ConfigError(file, parsed.issue);
  const { source } = parsed;
  if (source.value === null || source.value === undefined) return { values: configFileSchema.parse({}), source };
  if (typeof source.value !== 'object' || Array.isArray(source.value)) {
    throw new ConfigError(file, { ...source.locate([]), expected: 'a mapping of settings (server, providers, ...)', got: Array.isArray(source.value) ? 'a list' : 'a single value' });
  }
  let expanded: unknown;
  try {
    expanded = expandEnv(source.value, env);
  } catch (error) {
    if (!(error instanceof MissingEnvVarError)) throw error;
    throw new ConfigError(file, { ...source.locate(error.path), field: dottedPath(error.path), problem: error.message });
  }
  const result = configFileSchema.safeParse(expanded);
  if (!result.success) {
    const withValues: YamlSource = { value: expanded, locate: source.locate };
    throw new ConfigError(file, describeZodIssue(result.error.issues[0], withValues, configFileSchema));
  }
  return { values: result.data, source };
}
