import { countTokens } from '../../context/index.js';
import type {
  AbortSignalLike,
  LanguageModel,
  LanguageModelCallOptions,
  LanguageModelGenerateResult,
  LanguageModelStreamPart,
  Provider,
} from '../spec/index.js';
import { fillPlaceholders, pickTemplate } from './pick-template.js';

export const DEMO_MODEL_ID = 'demo';

const NO_TEMPLATES_ANSWER =
  '[promptops demo model] No LLM provider is configured, so this deterministic demo model answered. ' +
  'Set OPENAI_API_KEY (and OPENAI_BASE_URL) or ANTHROPIC_API_KEY for real answers. You wrote: ';

function lastUserMessage(options: LanguageModelCallOptions): string {
  for (let i = options.messages.length - 1; i >= 0; i--) {
    if (options.messages[i].role === 'user') return options.messages[i].content;
  }
  return '';
}

function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
}

/**
 * A deterministic model that answers from the prompt version's response templates: the template whose
 * keywords best match the user's message, with its variables filled. It never claims to be another model.
 */
class DemoLanguageModel implements LanguageModel {
  readonly specificationVersion = 'v1' as const;
  readonly modelId = DEMO_MODEL_ID;

  constructor(readonly provider: string) {}

  private answer(options: LanguageModelCallOptions): string {
    const message = lastUserMessage(options);
    const context = options.promptContext;
    const template = context ? pickTemplate(context.responseTemplates, message) : undefined;
    if (!template || !context) return NO_TEMPLATES_ANSWER + JSON.stringify(message.slice(0, 200));
    return fillPlaceholders(template.body, context.variables).trim();
  }

  async doGenerate(options: LanguageModelCallOptions): Promise<LanguageModelGenerateResult> {
    throwIfAborted(options.abortSignal);
    const text = this.answer(options);
    return { text, finishReason: 'stop', usage: usageOf(options, text), response: { modelId: DEMO_MODEL_ID } };
  }

  async doStream(options: LanguageModelCallOptions) {
    throwIfAborted(options.abortSignal);
    const text = this.answer(options);
    const usage = usageOf(options, text);
    const signal = options.abortSignal;
    async function* parts(): AsyncGenerator<LanguageModelStreamPart> {
      yield { type: 'response-metadata', modelId: DEMO_MODEL_ID };
      for (const piece of text.match(/\S+\s*|\s+/g) ?? []) {
        throwIfAborted(signal);
        yield { type: 'text-delta', delta: piece };
      }
      yield { type: 'finish', finishReason: 'stop', usage };
    }
    return { stream: parts() };
  }
}

function usageOf(options: LanguageModelCallOptions, text: string) {
  const inputTokens = options.messages.reduce((sum, message) => sum + countTokens(message.content).tokens + 4, 0);
  const outputTokens = countTokens(text).tokens;
  return { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
}

/** The built-in demo provider: one model, `demo`, whatever id is asked for. */
export function createDemoProvider(name = 'demo'): Provider {
  const model = new DemoLanguageModel(name);
  return { name, type: 'demo', languageModel: () => model };
}
