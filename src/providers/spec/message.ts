/** A chat message as every adapter receives it; adapters map it to their wire format. */
export type ChatRole = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: ChatRole;
  content: string;
  /** Optional participant name (OpenAI's `name`). */
  name?: string;
}
