import { z } from 'zod';
import type { ChatMessage } from '../../providers/index.js';

const textPart = z.object({ type: z.literal('text'), text: z.string() });
const content = z.union([z.string(), z.array(z.union([textPart, z.looseObject({ type: z.string() })]))]).nullable();

const message = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
  content: content.optional(),
  name: z.string().optional(),
});

/** OpenAI's chat completion request: the fields we act on are checked, others pass through untouched. */
export const chatCompletionRequest = z.looseObject({
  model: z.string().min(1, 'model is required'),
  messages: z.array(message).min(1, 'messages must hold at least one message'),
  stream: z.boolean().optional().nullable(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).optional().nullable(),
  temperature: z.number().min(0).max(2).optional().nullable(),
  top_p: z.number().min(0).max(1).optional().nullable(),
  max_tokens: z.number().int().positive().optional().nullable(),
  max_completion_tokens: z.number().int().positive().optional().nullable(),
  stop: z.union([z.string(), z.array(z.string()).max(4)]).optional().nullable(),
  n: z.literal(1, { message: 'only n=1 is supported' }).optional().nullable(),
  seed: z.number().int().optional().nullable(),
  response_format: z.looseObject({ type: z.enum(['text', 'json_object', 'json_schema']) }).optional().nullable(),
  user: z.string().optional(),
  /** promptops extension: variables for `model: "prompt:<id>"`. */
  variables: z.record(z.string(), z.unknown()).optional(),
});

export type ChatCompletionRequest = z.infer<typeof chatCompletionRequest>;

/** Flattens OpenAI messages to ours; tool turns are refused rather than silently dropped. */
export function toChatMessages(messages: ChatCompletionRequest['messages']): ChatMessage[] | { error: string; param: string } {
  const out: ChatMessage[] = [];
  for (const [index, entry] of messages.entries()) {
    if (entry.role === 'tool' || entry.role === 'function') {
      return { error: 'tool and function messages are not supported by this gateway', param: `messages.${index}.role` };
    }
    const text = typeof entry.content === 'string'
      ? entry.content
      : (entry.content ?? []).map((part) => (part.type === 'text' ? String((part as { text?: unknown }).text ?? '') : '')).join('');
    out.push({ role: entry.role === 'developer' ? 'system' : entry.role, content: text, ...(entry.name ? { name: entry.name } : {}) });
  }
  return out;
}
