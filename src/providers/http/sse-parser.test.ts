import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSseEvents, SseParser, type SseEvent } from './index.js';

function parseAll(chunks: string[]): SseEvent[] {
  const parser = new SseParser();
  return [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.end()];
}

const STREAM =
  ': keep-alive comment\n\n' +
  'data: {"a":1}\n\n' +
  'event: content_block_delta\r\ndata:{"b":2}\r\n\r\n' +
  'id: 7\rdata: line one\rdata: line two\r\r' +
  'retry: 1000\nunknown: x\ndata\n\n' +
  'data: [DONE]\n\n';

const EXPECTED: SseEvent[] = [
  { event: 'message', data: '{"a":1}' },
  { event: 'content_block_delta', data: '{"b":2}' },
  { event: 'message', data: 'line one\nline two', id: '7' },
  { event: 'message', data: '', id: '7' },
  { event: 'message', data: '[DONE]', id: '7' },
];

test('parses comments, named events, data with and without a space, CR/LF/CRLF and multi-line data', () => {
  assert.deepEqual(parseAll([STREAM]), EXPECTED);
});

test('gives the same events however the stream is split across reads', () => {
  for (let cut = 1; cut < STREAM.length; cut++) {
    assert.deepEqual(parseAll([STREAM.slice(0, cut), STREAM.slice(cut)]), EXPECTED, `cut at ${cut}`);
  }
  assert.deepEqual(parseAll([...STREAM]), EXPECTED, 'one character per read');
});

test('hands back an unterminated last event at the end, so a cut JSON fragment is seen, not dropped', () => {
  assert.deepEqual(parseAll(['data: {"a":1}\n\ndata: {"choices":[{"del']), [
    { event: 'message', data: '{"a":1}' },
    { event: 'message', data: '{"choices":[{"del' },
  ]);
  assert.deepEqual(parseAll(['data: [DONE]']), [{ event: 'message', data: '[DONE]' }]);
});

test('skips a leading byte-order mark and ignores events with no data', () => {
  assert.deepEqual(parseAll(['\uFEFFevent: ping\n\n', 'data: x\n\n']), [{ event: 'message', data: 'x' }]);
});

test('readSseEvents decodes UTF-8 sequences split between reads', async () => {
  const bytes = new TextEncoder().encode('data: {"text":"héllo → 世界 🎉"}\n\n');
  async function* oneByteAtATime() {
    for (const byte of bytes) yield new Uint8Array([byte]);
  }
  const events: SseEvent[] = [];
  for await (const event of readSseEvents(oneByteAtATime())) events.push(event);
  assert.deepEqual(events, [{ event: 'message', data: '{"text":"héllo → 世界 🎉"}' }]);
});
