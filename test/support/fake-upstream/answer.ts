/** A request reduced to what the fake needs to answer it, whatever the wire protocol. */
export interface ParsedRequest {
  model: string;
  /** System text (OpenAI system messages, or Anthropic's top-level `system`). */
  system: string;
  messages: Array<{ role: string; text: string }>;
  maxTokens?: number;
  stream: boolean;
  /** OpenAI's stream_options.include_usage. */
  includeUsage: boolean;
}

export interface Answer {
  /** The answer cut into tokens; each is one stream delta. */
  tokens: string[];
  text: string;
  inputTokens: number;
  outputTokens: number;
  /** `filtered`: withheld by a content filter (the content-filter fault). */
  finish: 'stop' | 'length' | 'filtered';
}

/** Words with their leading space, and single punctuation marks: close to how BPE vocabularies split English. */
export function tokenize(text: string): string[] {
  return text.match(/\s*[\p{L}\p{N}_']+|\s*[^\p{L}\p{N}_'\s]|\s+$/gu) ?? [];
}

/** Per-message framing tokens, as OpenAI's chat format charges them. */
const PER_MESSAGE = 4;

/**
 * Deterministic: the answer echoes the last user message, so tests can assert on it. max_tokens cuts
 * it (finish `length`), as a real model would.
 */
export function answer(request: ParsedRequest): Answer {
  const lastUser = [...request.messages].reverse().find((message) => message.role === 'user')?.text ?? '';
  const full = tokenize(`Echo: ${lastUser}`);
  const limit = request.maxTokens ?? Number.POSITIVE_INFINITY;
  const tokens = full.slice(0, Math.max(0, limit));
  const texts = [request.system, ...request.messages.map((message) => message.text)].filter(Boolean);
  const inputTokens = texts.reduce((sum, text) => sum + tokenize(text).length + PER_MESSAGE, 3);
  return {
    tokens,
    text: tokens.join(''),
    inputTokens,
    outputTokens: tokens.length,
    finish: tokens.length < full.length ? 'length' : 'stop',
  };
}
