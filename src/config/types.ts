import type { GuardPolicy } from '../prompts/types.js';

export type ProviderType = 'openai' | 'anthropic' | 'demo';

export interface ProviderConfig {
  type: ProviderType;
  baseUrl?: string;
  /** Resolved key (`${ENV_VAR}` references are expanded at load time). */
  apiKey?: string;
  /** Models this provider serves; a request for one of them routes here. */
  models: string[];
  headers: Record<string, string>;
  /** Max pooled keep-alive connections to the upstream. */
  connections: number;
}

export interface ModelAlias {
  provider: string;
  model: string;
}

export interface RetryConfig {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  attemptTimeoutMs: number;
  deadlineMs: number;
  breaker: { consecutiveFailures: number; halfOpenAfterMs: number };
}

export interface ServerConfig {
  host: string;
  port: number;
  bodyLimitBytes: number;
  maxConcurrent: number;
  /** API keys accepted by the gateway (Bearer); empty means no auth. */
  apiKeys: string[];
}

export interface PromptopsConfig {
  /** The file it was loaded from, if any. */
  source?: string;
  /** Absolute path of the prompts folder. */
  promptsDir: string;
  providers: Record<string, ProviderConfig>;
  /** Alias name -> provider model. */
  models: Record<string, ModelAlias>;
  /** Provider that receives any model not otherwise routed; unset means the demo model answers. */
  defaultProvider?: string;
  server: ServerConfig;
  store: { url: string };
  guards: Required<Pick<GuardPolicy, 'injection' | 'pii' | 'maxInputLength'>>;
  retry: RetryConfig;
}
