import type { ProviderConfig } from '../../config/types.js';
import { type AdapterTransportOptions, createHttpClient, pooledProvider } from '../http/index.js';
import type { Provider } from '../spec/index.js';
import { AnthropicMessagesLanguageModel } from './anthropic-language-model.js';
import { ANTHROPIC_DEFAULT_MAX_TOKENS } from './anthropic-request.js';

/** Like the official SDK's base URL: without `/v1` (which is then added); one ending in `/v1` works too. */
export const ANTHROPIC_DEFAULT_BASE_URL = 'https://api.anthropic.com';
export const ANTHROPIC_VERSION = '2023-06-01';

export interface AnthropicProviderOptions extends AdapterTransportOptions {
  /** Sent as max_tokens when a call sets none (the API requires it). */
  defaultMaxTokens?: number;
}

/** A Messages API provider; its models share one keep-alive pool. */
export function createAnthropicProvider(name: string, config: ProviderConfig, options: AnthropicProviderOptions = {}): Provider {
  const baseUrl = config.baseUrl ?? ANTHROPIC_DEFAULT_BASE_URL;
  const { defaultMaxTokens = ANTHROPIC_DEFAULT_MAX_TOKENS, ...transport } = options;
  const client = createHttpClient({ baseUrl, connections: config.connections, ...transport });
  const path = /\/v1\/?$/.test(new URL(baseUrl).pathname) ? '/messages' : '/v1/messages';
  const headers: Record<string, string> = {
    'anthropic-version': ANTHROPIC_VERSION,
    ...(config.apiKey ? { 'x-api-key': config.apiKey } : {}),
    ...config.headers,
  };
  return pooledProvider(name, 'anthropic', client, (modelId) => new AnthropicMessagesLanguageModel(name, modelId, { client, path, headers, defaultMaxTokens }));
}
