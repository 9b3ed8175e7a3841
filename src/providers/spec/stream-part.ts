import type { FinishReason } from './finish-reason.js';
import type { LanguageModelUsage } from './usage.js';

/** One event of a streamed generation. A stream ends with exactly one `finish`, or throws. */
export type LanguageModelStreamPart =
  | { type: 'response-metadata'; id?: string; modelId?: string }
  | { type: 'text-delta'; delta: string }
  | { type: 'finish'; finishReason: FinishReason; usage: LanguageModelUsage };
