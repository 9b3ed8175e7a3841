import type { AbortSignalLike } from './abort-signal-like.js';
import type { ChatMessage } from './message.js';

/** What a caller may ask of any language model. Unknown provider-specific knobs go in `providerOptions`. */
export interface LanguageModelCallOptions {
  messages: ChatMessage[];
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stop?: string[];
  seed?: number;
  /** `json` asks for a JSON object where the provider supports it. */
  responseFormat?: { type: 'text' } | { type: 'json'; schema?: Record<string, unknown> };
  /** Cancels the call: adapters abort the HTTP request and reject with an AbortError. */
  abortSignal?: AbortSignalLike;
  /** Extra HTTP headers for this call. */
  headers?: Record<string, string>;
  /**
   * Context about the managed prompt being executed, for providers that answer from it (the demo model
   * reads the version's response templates). Network providers ignore it.
   */
  promptContext?: PromptContext;
  providerOptions?: Record<string, unknown>;
}

export interface PromptContext {
  promptId: string;
  version: string;
  /** Parsed `response-templates.md` of the version. */
  responseTemplates: ResponseTemplate[];
  /** Variables the template was rendered with. */
  variables: Record<string, unknown>;
}

export interface ResponseTemplate {
  /** The heading of the template in response-templates.md, e.g. "Order status". */
  name: string;
  /** Words that select this template (from a `keywords:` line, else derived from the name). */
  keywords: string[];
  /** The answer, with `{{variable}}` placeholders. */
  body: string;
}
