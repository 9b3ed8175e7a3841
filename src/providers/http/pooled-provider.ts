import type { LanguageModel, Provider } from '../spec/index.js';
import type { HttpClient } from './http-client.js';

/** A provider whose models are built once per id and share one keep-alive pool, closed with the provider. */
export function pooledProvider(name: string, type: Provider['type'], client: HttpClient, build: (modelId: string) => LanguageModel): Provider {
  const models = new Map<string, LanguageModel>();
  return {
    name,
    type,
    languageModel(modelId) {
      let model = models.get(modelId);
      if (!model) {
        model = build(modelId);
        models.set(modelId, model);
      }
      return model;
    },
    close: () => client.close(),
  };
}
