import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { StreamChainResult } from '../../runtime/index.js';
import { nodeOf } from '../node-headers.js';
import { toHttpError } from '../openai-error.js';

export const FINISH_REASONS: Record<string, string> = { stop: 'stop', length: 'length', 'content-filter': 'content_filter', 'tool-calls': 'tool_calls' };

interface StreamOptions {
  includeUsage: boolean;
  notice?: string;
}

/**
 * The `data:` payloads of an OpenAI chat stream for one opened model stream. A failure after the first
 * byte becomes an `error` event (the SDKs raise it) and the stream ends without `[DONE]`.
 */
async function* chatEvents(iterator: AsyncIterator<import('../../providers/index.js').LanguageModelStreamPart>, model: string, options: StreamOptions): AsyncGenerator<string> {
  const id = `chatcmpl-${randomUUID().replaceAll('-', '')}`;
  const created = Math.floor(Date.now() / 1000);
  // Every chunk of a stream shares its first fields: serialised once, not once per delta (stringifying
  // each whole chunk was the largest share of the stream's own CPU in bench/gateway.ts).
  const head = JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: null }).slice(0, -1);
  const chunk = (choices: string, usage?: object) => `${head},"choices":${choices}${usage ? `,"usage":${JSON.stringify(usage)}` : ''}}`;
  try {
    yield chunk('[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}]');
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const part = next.value;
      if (part.type === 'text-delta') {
        yield chunk(`[{"index":0,"delta":{"content":${JSON.stringify(part.delta)}},"logprobs":null,"finish_reason":null}]`);
      } else if (part.type === 'finish') {
        yield chunk(`[{"index":0,"delta":{},"logprobs":null,"finish_reason":${JSON.stringify(FINISH_REASONS[part.finishReason] ?? 'stop')}}]`);
        if (options.includeUsage) {
          yield chunk('[]', { prompt_tokens: part.usage.inputTokens, completion_tokens: part.usage.outputTokens, total_tokens: part.usage.totalTokens });
        }
      }
    }
    yield '[DONE]';
  } catch (error) {
    const mapped = toHttpError(error);
    const message = (error as { kind?: string }).kind ? `upstream stream failed: ${(error as Error).message}` : mapped.body.error.message;
    yield JSON.stringify({ error: { ...mapped.body.error, message, type: 'upstream_error' } });
  }
}

/**
 * Writes server-sent events straight to Node's response: hono's `streamSSE` goes through web streams,
 * whose set-up dominated the time to first byte (bench/gateway.ts). Events parsed from one upstream
 * chunk arrive together; the response is corked until the event loop moves on, so they leave in one
 * socket write instead of one system call each.
 */
async function writeToNode(outgoing: ServerResponse, events: AsyncGenerator<string>, iterator: AsyncIterator<unknown>, notice?: string) {
  outgoing.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    ...(notice ? { 'x-promptops-notice': notice } : {}),
  });
  const onClose = () => void iterator.return?.();
  outgoing.once('close', onClose);
  let corked = false;
  const uncork = () => {
    if (!corked) return;
    corked = false;
    outgoing.uncork();
  };
  try {
    for await (const data of events) {
      if (outgoing.destroyed) return;
      if (!corked) {
        corked = true;
        outgoing.cork();
        setImmediate(uncork);
      }
      if (!outgoing.write(`data: ${data}\n\n`)) {
        uncork();
        await once(outgoing, 'drain');
      }
    }
    uncork();
    outgoing.end();
  } catch {
    outgoing.destroy();
  } finally {
    outgoing.off('close', onClose);
  }
}

/** Relays an opened stream as OpenAI `chat.completion.chunk` events. */
export function relayChatStream(c: Context, opened: StreamChainResult, options: StreamOptions) {
  const iterator = opened.stream[Symbol.asyncIterator]();
  const events = chatEvents(iterator, opened.routed.modelId, options);
  const node = nodeOf(c);
  if (node) {
    void writeToNode(node.outgoing, events, iterator, options.notice);
    return RESPONSE_ALREADY_SENT;
  }
  if (options.notice) c.header('x-promptops-notice', options.notice);
  return streamSSE(c, async (sse) => {
    sse.onAbort(() => void iterator.return?.());
    for await (const data of events) {
      if (sse.aborted) return;
      await sse.writeSSE({ data });
    }
  });
}
