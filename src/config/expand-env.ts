/** `${NAME}`, `${NAME:-fallback}`; `$${` stays a literal `${`. */
const REFERENCE = /\$(\$)?\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export class MissingEnvVarError extends Error {
  override readonly name = 'MissingEnvVarError';
  constructor(
    readonly variable: string,
    readonly path: PropertyKey[],
  ) {
    super(`environment variable ${variable} is not set`);
  }
}

/**
 * Replaces environment references in every string of a parsed YAML value. Keys are left alone.
 * Throws MissingEnvVarError (with the path of the string) for a variable that is not set.
 */
export function expandEnv(value: unknown, env: NodeJS.ProcessEnv, path: PropertyKey[] = []): unknown {
  if (typeof value === 'string') {
    return value.replace(REFERENCE, (whole, escaped: string | undefined, variable: string, fallback: string | undefined) => {
      if (escaped) return whole.slice(1);
      const found = env[variable];
      if (found !== undefined && !(fallback !== undefined && found === '')) return found;
      if (fallback !== undefined) return fallback;
      throw new MissingEnvVarError(variable, path);
    });
  }
  if (Array.isArray(value)) return value.map((item, index) => expandEnv(item, env, [...path, index]));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = expandEnv(item, env, [...path, key]);
    return out;
  }
  return value;
}
