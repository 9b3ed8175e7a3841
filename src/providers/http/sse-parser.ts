/** One dispatched server-sent event (WHATWG HTML, "event stream interpretation"). */
export interface SseEvent {
  /** The `event:` field; `message` when the server sent none. */
  event: string;
  data: string;
  id?: string;
}

/**
 * Incremental SSE parser: feed it text as it arrives, in chunks split anywhere (even between `\r` and
 * `\n`), and it hands back complete events. Pure; the byte decoding lives in `readSseEvents`.
 */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private eventType = '';
  private lastEventId: string | undefined;
  /** A chunk ended in `\r`; a `\n` starting the next one belongs to the same line break. */
  private pendingCr = false;
  private started = false;

  push(chunk: string): SseEvent[] {
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.pendingCr && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.pendingCr = false;
    const buffer = (this.buffer += chunk);
    const events: SseEvent[] = [];
    // Line ends found with indexOf (a native scan) rather than a loop over every character. Most servers
    // end lines with `\n` alone: the next `\r` is looked for again only once a line has passed it.
    let start = 0;
    let cr = buffer.indexOf('\r');
    for (;;) {
      if (cr !== -1 && cr < start) cr = buffer.indexOf('\r', start);
      const lf = buffer.indexOf('\n', start);
      let end = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
      if (end === -1) break;
      this.line(buffer.slice(start, end), events);
      if (end === cr) {
        if (end + 1 === buffer.length) this.pendingCr = true;
        else if (buffer.charCodeAt(end + 1) === 10) end++;
      }
      start = end + 1;
    }
    this.buffer = buffer.slice(start);
    return events;
  }

  /**
   * The stream ended. A last event the server did not terminate with a blank line is still handed back:
   * its content decides whether the stream was complete (`[DONE]`) or cut (an unparsable JSON fragment).
   */
  end(): SseEvent[] {
    const events: SseEvent[] = [];
    if (this.buffer.length > 0) this.line(this.buffer, events);
    this.buffer = '';
    this.dispatch(events);
    return events;
  }

  private line(line: string, events: SseEvent[]): void {
    if (line.length === 0) {
      this.dispatch(events);
      return;
    }
    if (line.charCodeAt(0) === 58 /* ':' comment, used as keep-alive */) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    switch (field) {
      case 'data':
        this.data.push(value);
        break;
      case 'event':
        this.eventType = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      default:
        // `retry` and unknown fields carry nothing an API client needs.
        break;
    }
  }

  private dispatch(events: SseEvent[]): void {
    if (this.data.length > 0) {
      const event: SseEvent = { event: this.eventType || 'message', data: this.data.join('\n') };
      if (this.lastEventId !== undefined) event.id = this.lastEventId;
      events.push(event);
    }
    this.data = [];
    this.eventType = '';
  }
}

/** Decodes a byte stream (UTF-8, sequences split across reads included) into SSE events. */
export async function* readSseEvents(body: AsyncIterable<Uint8Array | string>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  const parser = new SseParser();
  for await (const chunk of body) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    yield* parser.push(text);
  }
  const rest = decoder.decode();
  if (rest) yield* parser.push(rest);
  yield* parser.end();
}
