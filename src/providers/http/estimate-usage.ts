import type { ChatMessage, LanguageModelUsage } from '../spec/index.js';

/**
 * A stand-in when a server reports no usage (some OpenAI-compatible servers omit it while streaming):
 * about four characters per token, the usual rule of thumb for English BPE vocabularies.
 */
export function estimateUsage(messages: ChatMessage[], outputText: string): LanguageModelUsage {
  const inputChars = messages.reduce((sum, message) => sum + message.content.length, 0);
  const inputTokens = Math.ceil(inputChars / 4) + 3 * messages.length;
  const outputTokens = Math.ceil(outputText.length / 4);
  return { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens };
}
