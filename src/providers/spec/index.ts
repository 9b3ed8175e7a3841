export type { AbortSignalLike } from './abort-signal-like.js';
export type { ChatMessage, ChatRole } from './message.js';
export type { LanguageModelUsage } from './usage.js';
export type { FinishReason } from './finish-reason.js';
export type { LanguageModelCallOptions, PromptContext, ResponseTemplate } from './call-options.js';
export type { LanguageModelStreamPart } from './stream-part.js';
export type {
  LanguageModel,
  LanguageModelGenerateResult,
  LanguageModelStreamResult,
  Provider,
} from './language-model.js';
