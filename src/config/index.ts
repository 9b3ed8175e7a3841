export type { ModelAlias, PromptopsConfig, ProviderConfig, ProviderType, RetryConfig, ServerConfig } from './types.js';
export { ConfigError } from './config-error.js';
export { loadConfig, resolveSqliteUrl } from './load-config.js';
export type { LoadConfigOptions } from './load-config.js';
export { parseConfigFile } from './parse-config-file.js';
export { applyEnvOverrides } from './env-overrides.js';
export { DEFAULT_CONFIG_FILE, DEFAULT_GUARDS, DEFAULT_RETRY, DEFAULT_SERVER, DEFAULT_STORE_URL } from './defaults.js';
export { bundledPromptsDir, packageRoot } from './package-root.js';
export { CONFIG_TEMPLATE } from './config-template.js';
