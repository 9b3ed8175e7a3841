import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SseEvent } from '../http/index.js';
import type { LanguageModelStreamPart } from '../spec/index.js';
import { anthropicStreamParts, mapAnthropicStopReason, readAnthropicErrorDetails } from './index.js';

const ctx = { provider: 'anthropic', modelId: 'claude-sonnet-4-5' };
const event = (type: string, data: Record<string, unknown>): SseEvent => ({ event: type, data: JSON.stringify({ type, ...data }) });

async function collect(events: SseEvent[]): Promise<LanguageModelStreamPart[]> {
  async function* source() {
    yield* events;
  }
  const parts: LanguageModelStreamPart[] = [];
  for await (const part of anthropicStreamParts(source(), ctx)) parts.push(part);
  return parts;
}

test('reads the error shape; context length is an invalid_request_error saying the prompt is too long', () => {
  assert.deepEqual(readAnthropicErrorDetails({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }), {
    type: 'overloaded_error',
    message: 'Overloaded',
    overloaded: true,
    contextLength: false,
  });
  assert.equal(readAnthropicErrorDetails({ type: 'error', error: { type: 'invalid_request_error', message: 'prompt is too long: 210000 tokens > 200000 maximum' } }).contextLength, true);
  assert.equal(readAnthropicErrorDetails({ type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: Field required' } }).contextLength, false);
  assert.deepEqual(readAnthropicErrorDetails('<html>502</html>'), {});
});

test('maps stop reasons', () => {
  assert.equal(mapAnthropicStopReason('end_turn'), 'stop');
  assert.equal(mapAnthropicStopReason('stop_sequence'), 'stop');
  assert.equal(mapAnthropicStopReason('max_tokens'), 'length');
  assert.equal(mapAnthropicStopReason('tool_use'), 'tool-calls');
  assert.equal(mapAnthropicStopReason('refusal'), 'content-filter');
  assert.equal(mapAnthropicStopReason('pause_turn'), 'other');
});

test('skips thinking deltas and unknown event types; counts cache tokens as input', async () => {
  const parts = await collect([
    event('message_start', { message: { id: 'm1', model: 'claude-sonnet-4-5', usage: { input_tokens: 10, cache_read_input_tokens: 90, output_tokens: 1 } } }),
    event('content_block_delta', { index: 0, delta: { type: 'thinking_delta', thinking: 'hmm' } }),
    event('some_future_event', {}),
    event('content_block_delta', { index: 1, delta: { type: 'text_delta', text: 'Hi' } }),
    event('message_delta', { delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 12 } }),
    event('message_stop', {}),
  ]);
  assert.deepEqual(parts, [
    { type: 'response-metadata', id: 'm1', modelId: 'claude-sonnet-4-5' },
    { type: 'text-delta', delta: 'Hi' },
    { type: 'finish', finishReason: 'stop', usage: { inputTokens: 100, outputTokens: 12, totalTokens: 112 } },
  ]);
});

test('an error event mid-stream is typed by its error.type; an end before message_stop is a truncation', async () => {
  await assert.rejects(collect([event('error', { error: { type: 'rate_limit_error', message: 'slow' } })]), { name: 'RateLimitError' });
  await assert.rejects(collect([event('error', { error: { type: 'api_error', message: 'oops' } })]), { name: 'ServerError' });
  await assert.rejects(collect([event('message_start', { message: {} })]), { name: 'InvalidResponseError' });
});
