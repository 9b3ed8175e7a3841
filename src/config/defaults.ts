import type { PromptopsConfig } from './types.js';

export const DEFAULT_CONFIG_FILE = 'promptops.config.yaml';
export const DEFAULT_STORE_URL = 'sqlite:.promptops/promptops.db';
export const DEFAULT_CONNECTIONS = 64;

export const DEFAULT_SERVER: PromptopsConfig['server'] = {
  host: '0.0.0.0',
  port: 4100,
  bodyLimitBytes: 1024 * 1024,
  maxConcurrent: 256,
  apiKeys: [],
};

export const DEFAULT_GUARDS: PromptopsConfig['guards'] = { injection: 'flag', pii: 'pseudonymize', maxInputLength: 4000 };

export const DEFAULT_RETRY: PromptopsConfig['retry'] = {
  maxAttempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 5000,
  attemptTimeoutMs: 30000,
  deadlineMs: 60000,
  breaker: { consecutiveFailures: 5, halfOpenAfterMs: 30000 },
};
