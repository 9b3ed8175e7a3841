import type { LanguageModelCallOptions } from './call-options.js';
import type { FinishReason } from './finish-reason.js';
import type { LanguageModelStreamPart } from './stream-part.js';
import type { LanguageModelUsage } from './usage.js';

export interface LanguageModelGenerateResult {
  text: string;
  finishReason: FinishReason;
  usage: LanguageModelUsage;
  /** The provider's response id and the model that actually answered. */
  response: { id?: string; modelId: string };
}

export interface LanguageModelStreamResult {
  /** Errors surface by the iterator throwing a ProviderError (never as a silent end). */
  stream: AsyncIterable<LanguageModelStreamPart>;
}

/**
 * The contract between promptops and a model provider (after the AI SDK's LanguageModelV2).
 * Implementations throw ProviderError subclasses (see ../errors) so the executor can decide on retries
 * from `isRetryable` and `retryAfterMs` without parsing messages.
 */
export interface LanguageModel {
  readonly specificationVersion: 'v1';
  /** Provider instance name from config, e.g. "openai", "anthropic", "demo". */
  readonly provider: string;
  readonly modelId: string;
  doGenerate(options: LanguageModelCallOptions): Promise<LanguageModelGenerateResult>;
  doStream(options: LanguageModelCallOptions): Promise<LanguageModelStreamResult>;
}

/** A configured provider hands out models by id. */
export interface Provider {
  readonly name: string;
  readonly type: 'openai' | 'anthropic' | 'demo';
  languageModel(modelId: string): LanguageModel;
  /** Releases pooled connections. */
  close?(): Promise<void>;
}
