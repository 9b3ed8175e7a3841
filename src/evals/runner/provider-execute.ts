import type { ChatMessage, LanguageModel } from '../../providers/spec/index.js';
import type { PromptVersion } from '../../prompts/types.js';
import type { ExecuteRequest, ExecuteResult } from '../../runtime/types.js';
import type { ExecuteFn } from './types.js';

/** Anything that turns `id@version` into a prompt version (the prompts registry). */
export interface PromptResolver {
  resolve(ref: string): PromptVersion | Promise<PromptVersion>;
}

/**
 * A plain execute function over one language model: resolve the version, render system and user turns,
 * call the model once. No retries, guards or fallbacks; the runtime's executor adds those. Used where the
 * runtime is not wanted (library use, workflow examples) and to test the runner end to end.
 */
export function createModelExecute(options: { registry: PromptResolver; model: LanguageModel; now?: () => number }): ExecuteFn {
  const now = options.now ?? (() => performance.now());
  return async (request: ExecuteRequest): Promise<ExecuteResult> => {
    const version = await options.registry.resolve(request.prompt);
    const variables = { ...defaults(version), ...request.variables };
    const system = version.system.render(variables).text;
    const user = version.user ? version.user.render(variables).text : String(variables.message ?? '');
    const messages: ChatMessage[] = [{ role: 'system', content: system }, ...(request.conversation ?? []), { role: 'user', content: user }];
    const parameters = { ...version.meta.parameters, ...request.parameters };
    const started = now();
    const result = await options.model.doGenerate({
      messages,
      temperature: parameters.temperature,
      maxTokens: parameters.maxTokens,
      topP: parameters.topP,
      seed: parameters.seed,
      abortSignal: request.signal,
      promptContext: { promptId: version.id, version: version.version, responseTemplates: version.responseTemplates, variables },
    });
    const latencyMs = now() - started;
    return {
      output: result.text,
      prompt: version.id,
      version: version.version,
      model: result.response.modelId,
      provider: options.model.provider,
      usage: result.usage,
      attempts: [{ provider: options.model.provider, model: options.model.modelId, status: 'ok', ms: latencyMs }],
      fallback: false,
      latencyMs,
      cached: false,
    };
  };
}

function defaults(version: PromptVersion): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(version.meta.variables)) if (spec.default !== undefined) out[name] = spec.default;
  return out;
}
