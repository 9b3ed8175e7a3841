import type { IncomingHttpHeaders } from 'node:http';
import type { Answer, ParsedRequest } from './answer.js';

/** An error reply in a protocol's own shape. */
export interface WireError {
  status: number;
  body: unknown;
}

/** One wire protocol (OpenAI chat completions or Anthropic Messages), as the fault runner needs it. */
export interface Wire {
  readonly name: 'openai' | 'anthropic';
  /** The response header carrying the request id. */
  readonly requestIdHeader: string;
  /** Checks the key the protocol's way; undefined when the key is fine. */
  checkAuth(headers: IncomingHttpHeaders, apiKey: string | undefined): WireError | undefined;
  /** Validates the request as the real API does (required fields), reducing it to a ParsedRequest. */
  parse(body: unknown, headers: IncomingHttpHeaders): ParsedRequest | WireError;
  /** An error for this status with the type/code the vendor uses for it. */
  error(status: number, message?: string): WireError;
  contextLength(request: ParsedRequest, inputTokens: number): WireError;
  completion(request: ParsedRequest, answer: Answer, id: string): unknown;
  /** Complete SSE frames (`event:`/`data:` lines plus the blank line) of a successful stream. */
  streamFrames(request: ParsedRequest, answer: Answer, id: string): string[];
  /** The frame a server sends when it fails after the stream has started. */
  errorFrame(): string;
}

export function isWireError(value: ParsedRequest | WireError): value is WireError {
  return 'status' in value && 'body' in value;
}

export function frame(data: unknown, event?: string): string {
  const json = typeof data === 'string' ? data : JSON.stringify(data);
  return `${event ? `event: ${event}\n` : ''}data: ${json}\n\n`;
}

/** Text of a message content: a string, or an array of `{type: 'text', text}` blocks (both vendors allow both). */
export function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  let text = '';
  for (const block of content) {
    if (block && typeof block === 'object' && typeof (block as { text?: unknown }).text === 'string') text += (block as { text: string }).text;
  }
  return text;
}
