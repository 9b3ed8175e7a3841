import type { LanguageModel, LanguageModelCallOptions, LanguageModelGenerateResult, Provider } from '../../src/providers/spec/index.js';

/**
 * A model behind our own provider interface that answers from a script, one entry per call, and
 * records what it was asked. For executor paths a real upstream cannot steer (a wrong answer, then a right one).
 */
export function scriptedProvider(name: string, script: Array<string | Error>): Provider & { calls: LanguageModelCallOptions[] } {
  const calls: LanguageModelCallOptions[] = [];
  const model = (modelId: string): LanguageModel => ({
    specificationVersion: 'v1',
    provider: name,
    modelId,
    async doGenerate(options): Promise<LanguageModelGenerateResult> {
      calls.push(options);
      const next = script.length > 1 ? script.shift()! : script[0];
      if (next instanceof Error) throw next;
      return { text: next, finishReason: 'stop', usage: { inputTokens: 10, outputTokens: 5, totalTokens: 15 }, response: { modelId } };
    },
    async doStream() {
      throw new Error('scripted models do not stream');
    },
  });
  return { name, type: 'openai', languageModel: model, calls };
}
