export {
  createAnthropicProvider,
  ANTHROPIC_DEFAULT_BASE_URL,
  ANTHROPIC_VERSION,
  type AnthropicProviderOptions,
} from './anthropic-provider.js';
export { AnthropicMessagesLanguageModel } from './anthropic-language-model.js';
export { toAnthropicRequest, ANTHROPIC_DEFAULT_MAX_TOKENS } from './anthropic-request.js';
export { parseAnthropicMessage, mapAnthropicStopReason } from './anthropic-response.js';
export { anthropicStreamParts } from './anthropic-stream.js';
export { readAnthropicErrorDetails } from './anthropic-error-details.js';
