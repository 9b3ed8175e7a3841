import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import type { ConfigFileValues } from './config-schema.js';
import { DEFAULT_CONFIG_FILE, DEFAULT_CONNECTIONS, DEFAULT_GUARDS, DEFAULT_RETRY, DEFAULT_SERVER, DEFAULT_STORE_URL } from './defaults.js';
import { applyEnvOverrides } from './env-overrides.js';
import { bundledPromptsDir } from './package-root.js';
import { parseConfigFile } from './parse-config-file.js';
import type { ParsedConfigFile } from './parse-config-file.js';
import type { PromptopsConfig, ProviderConfig } from './types.js';

export interface LoadConfigOptions {
  /** Where relative paths start and where `promptops.config.yaml` is looked for; process.cwd() by default. */
  cwd?: string;
  /** A config file that must exist (else `PROMPTOPS_CONFIG`, else `promptops.config.yaml` in cwd if present). */
  file?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Loads the configuration: defaults, then the optional config file, then environment overrides.
 * Throws ConfigError naming the file, line and field of any problem.
 */
export function loadConfig(options: LoadConfigOptions = {}): PromptopsConfig {
  const cwd = resolve(options.cwd ?? process.cwd());
  const env = options.env ?? process.env;
  const path = findConfigFile(cwd, options.file ?? env.PROMPTOPS_CONFIG);
  const display = path && displayPath(cwd, path);
  let parsed: ParsedConfigFile | undefined;
  if (path) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new ConfigError(display, { problem: `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    }
    parsed = parseConfigFile(text, display!, env);
  }
  const fileDir = path ? dirname(path) : cwd;
  const values = parsed?.values;
  const base = fromFile(values, fileDir, cwd);
  const config = applyEnvOverrides({ ...base, source: path }, env, (p) => resolve(cwd, p));
  config.store = { url: resolveSqliteUrl(config.store.url, values?.storeUrl && config.store.url === values.storeUrl ? fileDir : cwd) };
  if (parsed) checkReferences(config, parsed, display!);
  return config;
}

function findConfigFile(cwd: string, requested: string | undefined): string | undefined {
  if (requested) {
    const path = resolve(cwd, requested);
    if (!existsSync(path)) throw new ConfigError(displayPath(cwd, path), { problem: 'config file not found' });
    return path;
  }
  const path = resolve(cwd, DEFAULT_CONFIG_FILE);
  return existsSync(path) ? path : undefined;
}

function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function fromFile(values: ConfigFileValues | undefined, fileDir: string, cwd: string): PromptopsConfig {
  const providers: Record<string, ProviderConfig> = {};
  for (const [name, provider] of Object.entries(values?.providers ?? {})) {
    providers[name] = { ...provider, connections: provider.connections ?? DEFAULT_CONNECTIONS };
  }
  const server = values?.server;
  const guards = values?.guards;
  const retry = values?.retry;
  return {
    promptsDir: values?.promptsDir ? resolve(fileDir, values.promptsDir) : defaultPromptsDir(cwd),
    providers,
    models: values?.models ?? {},
    defaultProvider: values?.defaultProvider,
    server: {
      host: server?.host ?? DEFAULT_SERVER.host,
      port: server?.port ?? DEFAULT_SERVER.port,
      bodyLimitBytes: server?.bodyLimitBytes ?? DEFAULT_SERVER.bodyLimitBytes,
      maxConcurrent: server?.maxConcurrent ?? DEFAULT_SERVER.maxConcurrent,
      apiKeys: server?.apiKeys ?? [],
    },
    store: { url: values?.storeUrl ?? DEFAULT_STORE_URL },
    guards: {
      injection: guards?.injection ?? DEFAULT_GUARDS.injection,
      pii: guards?.pii ?? DEFAULT_GUARDS.pii,
      maxInputLength: guards?.maxInputLength ?? DEFAULT_GUARDS.maxInputLength,
    },
    retry: {
      maxAttempts: retry?.maxAttempts ?? DEFAULT_RETRY.maxAttempts,
      baseDelayMs: retry?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
      maxDelayMs: retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
      attemptTimeoutMs: retry?.attemptTimeoutMs ?? DEFAULT_RETRY.attemptTimeoutMs,
      deadlineMs: retry?.deadlineMs ?? DEFAULT_RETRY.deadlineMs,
      breaker: {
        consecutiveFailures: retry?.breaker.consecutiveFailures ?? DEFAULT_RETRY.breaker.consecutiveFailures,
        halfOpenAfterMs: retry?.breaker.halfOpenAfterMs ?? DEFAULT_RETRY.breaker.halfOpenAfterMs,
      },
    },
  };
}

/** `./prompts` when the project has one, else the examples shipped with the package. */
function defaultPromptsDir(cwd: string): string {
  const local = resolve(cwd, 'prompts');
  return existsSync(local) && statSync(local).isDirectory() ? local : bundledPromptsDir();
}

/** A relative SQLite path is anchored where it was written, so the gateway finds the same file from any cwd. */
export function resolveSqliteUrl(url: string, baseDir: string): string {
  const match = /^sqlite:(?!\/\/)(.+)$/.exec(url);
  if (!match || match[1] === ':memory:' || isAbsolute(match[1])) return url;
  return `sqlite:${resolve(baseDir, match[1])}`;
}

/** Names that refer to providers must exist once the environment has been applied. */
function checkReferences(config: PromptopsConfig, parsed: ParsedConfigFile, file: string): void {
  const known = Object.keys(config.providers);
  const expected = known.length ? `one of ${known.join('|')}` : 'the name of a provider defined under providers (none is)';
  const fileDefault = parsed.values.defaultProvider;
  if (fileDefault && !config.providers[fileDefault]) {
    throw new ConfigError(file, { ...parsed.source.locate(['default_provider']), field: 'default_provider', expected, got: JSON.stringify(fileDefault) });
  }
  for (const [alias, target] of Object.entries(config.models)) {
    if (!config.providers[target.provider]) {
      throw new ConfigError(file, { ...parsed.source.locate(['models', alias]), field: `models.${alias}`, expected, got: JSON.stringify(target.provider) });
    }
  }
  const { baseDelayMs, maxDelayMs } = config.retry;
  if (maxDelayMs < baseDelayMs) {
    throw new ConfigError(file, { ...parsed.source.locate(['retry', 'max_delay_ms']), field: 'retry.max_delay_ms', expected: `a number >= base_delay_ms (${baseDelayMs})`, got: String(maxDelayMs) });
  }
}
