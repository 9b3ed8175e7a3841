export { createOpenAIProvider, OPENAI_DEFAULT_BASE_URL } from './openai-provider.js';
export { OpenAIChatLanguageModel } from './openai-language-model.js';
export { toOpenAIRequest } from './openai-request.js';
export { parseOpenAICompletion } from './openai-response.js';
export { openAIStreamParts } from './openai-stream.js';
export { readOpenAIErrorDetails } from './openai-error-details.js';
