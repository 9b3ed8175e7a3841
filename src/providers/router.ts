import type { PromptopsConfig, ProviderConfig } from '../config/types.js';
import { createAnthropicProvider } from './anthropic/index.js';
import { createDemoProvider, DEMO_MODEL_ID } from './demo/index.js';
import { createOpenAIProvider } from './openai/index.js';
import type { LanguageModel, Provider } from './spec/index.js';

export interface RoutedModel {
  model: LanguageModel;
  provider: string;
  /** The model id sent upstream (an alias resolves to its target). */
  modelId: string;
  /** Said to the caller when the model asked for is not the one that answers. */
  notice?: string;
}

export interface ModelRouter {
  route(requested: string): RoutedModel;
  /** Model ids this gateway can name in `/v1/models`. */
  listModels(): Array<{ id: string; provider: string }>;
  providers(): Provider[];
  close(): Promise<void>;
}

export function createProvider(name: string, config: ProviderConfig): Provider {
  switch (config.type) {
    case 'openai':
      return createOpenAIProvider(name, config);
    case 'anthropic':
      return createAnthropicProvider(name, config);
    case 'demo':
      return createDemoProvider(name);
  }
}

/**
 * Decides which provider answers a model name: `demo`; a config alias; a provider listing the model;
 * `provider/model`; Claude models to an Anthropic provider; else the default provider; and with no
 * provider configured at all, the demo model, saying so.
 */
export function createModelRouter(
  config: Pick<PromptopsConfig, 'providers' | 'models' | 'defaultProvider'>,
  build: (name: string, config: ProviderConfig) => Provider = createProvider,
): ModelRouter {
  const providers = new Map<string, Provider>();
  for (const [name, providerConfig] of Object.entries(config.providers)) providers.set(name, build(name, providerConfig));
  const demo = [...providers.values()].find((provider) => provider.type === 'demo') ?? createDemoProvider();
  const routes = new Map<string, RoutedModel>();

  function resolve(requested: string): RoutedModel {
    if (requested === DEMO_MODEL_ID) return { model: demo.languageModel(DEMO_MODEL_ID), provider: demo.name, modelId: DEMO_MODEL_ID };
    const alias = config.models[requested];
    if (alias && providers.has(alias.provider)) return at(alias.provider, alias.model);
    for (const [name, providerConfig] of Object.entries(config.providers)) {
      if (providerConfig.models.includes(requested)) return at(name, requested);
    }
    const slash = requested.indexOf('/');
    if (slash > 0 && providers.has(requested.slice(0, slash))) return at(requested.slice(0, slash), requested.slice(slash + 1));
    if (/^claude/i.test(requested)) {
      const anthropic = [...providers.values()].find((provider) => provider.type === 'anthropic');
      if (anthropic) return at(anthropic.name, requested);
    }
    if (config.defaultProvider && providers.has(config.defaultProvider)) return at(config.defaultProvider, requested);
    return {
      model: demo.languageModel(DEMO_MODEL_ID),
      provider: demo.name,
      modelId: DEMO_MODEL_ID,
      notice: `no provider is configured for model "${requested}"; the promptops demo model answered`,
    };
  }

  function at(providerName: string, modelId: string): RoutedModel {
    const provider = providers.get(providerName)!;
    return { model: provider.languageModel(modelId), provider: providerName, modelId };
  }

  return {
    route(requested) {
      let routed = routes.get(requested);
      if (!routed) {
        routed = resolve(requested);
        routes.set(requested, routed);
      }
      return routed;
    },
    listModels() {
      const models = [{ id: DEMO_MODEL_ID, provider: demo.name }];
      for (const [alias, target] of Object.entries(config.models)) models.push({ id: alias, provider: target.provider });
      for (const [name, providerConfig] of Object.entries(config.providers)) {
        for (const id of providerConfig.models) models.push({ id, provider: name });
      }
      return models;
    },
    providers: () => [...providers.values()],
    async close() {
      await Promise.all([...providers.values()].map((provider) => provider.close?.()));
    },
  };
}
