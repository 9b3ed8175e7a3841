import { ConfigError } from './config-error.js';
import type { PromptopsConfig, ProviderConfig, ProviderType } from './types.js';
import { describeValue } from './yaml/source-issue.js';
import { DEFAULT_CONNECTIONS } from './defaults.js';

/** An empty variable (`OPENAI_API_KEY=` in a compose file) counts as unset. */
function read(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function envError(variable: string, expected: string, value: string): ConfigError {
  return new ConfigError(undefined, { field: `environment ${variable}`, expected, got: describeValue(value, variable) });
}

function checkUrl(variable: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]+/i.test(value) || !URL.canParse(value)) throw envError(variable, 'an http:// or https:// URL', value);
  return value.replace(/\/+$/, '');
}

function overrideProvider(
  providers: Record<string, ProviderConfig>,
  name: string,
  type: ProviderType,
  apiKey: string | undefined,
  baseUrl: string | undefined,
): void {
  const existing = providers[name]?.type === type ? providers[name] : undefined;
  providers[name] = {
    type,
    models: existing?.models ?? [],
    headers: existing?.headers ?? {},
    connections: existing?.connections ?? DEFAULT_CONNECTIONS,
    baseUrl: baseUrl ?? existing?.baseUrl,
    apiKey: apiKey ?? existing?.apiKey,
  };
}

/**
 * The environment wins over the file: OPENAI_API_KEY/OPENAI_BASE_URL define provider `openai` and make
 * it the default (any model not otherwise routed goes there); ANTHROPIC_API_KEY/ANTHROPIC_BASE_URL define
 * provider `anthropic` (Claude models route there); PORT, PROMPTOPS_DATABASE_URL and
 * PROMPTOPS_PROMPTS_DIR replace their settings. Returns a new config.
 */
export function applyEnvOverrides(
  config: PromptopsConfig,
  env: NodeJS.ProcessEnv,
  resolvePath: (path: string) => string,
): PromptopsConfig {
  const providers = { ...config.providers };
  let defaultProvider = config.defaultProvider;

  const openaiKey = read(env, 'OPENAI_API_KEY');
  const openaiUrl = checkUrl('OPENAI_BASE_URL', read(env, 'OPENAI_BASE_URL'));
  if (openaiKey || openaiUrl) {
    overrideProvider(providers, 'openai', 'openai', openaiKey, openaiUrl);
    defaultProvider = 'openai';
  }
  const anthropicKey = read(env, 'ANTHROPIC_API_KEY');
  const anthropicUrl = checkUrl('ANTHROPIC_BASE_URL', read(env, 'ANTHROPIC_BASE_URL'));
  if (anthropicKey || anthropicUrl) overrideProvider(providers, 'anthropic', 'anthropic', anthropicKey, anthropicUrl);

  const server = { ...config.server };
  const port = read(env, 'PORT');
  if (port !== undefined) {
    if (!/^\d+$/.test(port) || Number(port) > 65535) throw envError('PORT', 'an integer port between 0 and 65535', port);
    server.port = Number(port);
  }
  const storeUrl = read(env, 'PROMPTOPS_DATABASE_URL');
  const promptsDir = read(env, 'PROMPTOPS_PROMPTS_DIR');

  return {
    ...config,
    providers,
    defaultProvider,
    server,
    store: storeUrl ? { url: storeUrl } : config.store,
    promptsDir: promptsDir ? resolvePath(promptsDir) : config.promptsDir,
  };
}
