/** Token usage of one call, as reported by the provider (or counted locally when it reports none). */
export interface LanguageModelUsage {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
}
