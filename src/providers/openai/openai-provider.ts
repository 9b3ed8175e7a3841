import type { ProviderConfig } from '../../config/types.js';
import { type AdapterTransportOptions, createHttpClient, pooledProvider } from '../http/index.js';
import type { Provider } from '../spec/index.js';
import { OpenAIChatLanguageModel } from './openai-language-model.js';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/**
 * An OpenAI-compatible provider: OpenAI itself, vLLM, Ollama or llama.cpp's server, given a base URL
 * such as `http://host:8000/v1`. All its models share one keep-alive pool.
 */
export function createOpenAIProvider(name: string, config: ProviderConfig, transport: AdapterTransportOptions = {}): Provider {
  const client = createHttpClient({
    baseUrl: config.baseUrl ?? OPENAI_DEFAULT_BASE_URL,
    connections: config.connections,
    ...transport,
  });
  const headers: Record<string, string> = {
    ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
    ...config.headers,
  };
  return pooledProvider(name, 'openai', client, (modelId) => new OpenAIChatLanguageModel(name, modelId, client, headers));
}
