import { Hono } from 'hono';
import { scanText } from '../../guards/index.js';

/** Most texts one request may carry, and the longest text: scanning is in-process and synchronous. */
const MAX_TEXTS = 1000;
const MAX_TEXT_LENGTH = 200_000;

const invalid = (message: string, param: string | null) => ({ error: { message, type: 'invalid_request_error', param, code: 'invalid_scan_request' } });

/**
 * `POST /v1/guard/scan` with `{"text": "..."}` answers one scan result; with `{"texts": [...]}` it answers
 * `{"results": [...]}` in the same order. Errors take OpenAI's shape.
 */
export function guardScanRoute(): Hono {
  const app = new Hono();
  app.post('/v1/guard/scan', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json(invalid('request body must be JSON', null), 400);
    }
    const { text, texts } = (body ?? {}) as { text?: unknown; texts?: unknown };
    if (typeof text === 'string') {
      if (text.length > MAX_TEXT_LENGTH) return c.json(invalid(`text is longer than ${MAX_TEXT_LENGTH} characters`, 'text'), 413);
      return c.json(scanText(text));
    }
    if (Array.isArray(texts)) {
      if (texts.length > MAX_TEXTS) return c.json(invalid(`at most ${MAX_TEXTS} texts per request`, 'texts'), 413);
      const bad = texts.findIndex((t) => typeof t !== 'string' || t.length > MAX_TEXT_LENGTH);
      if (bad >= 0) return c.json(invalid(`texts[${bad}] must be a string of at most ${MAX_TEXT_LENGTH} characters`, `texts[${bad}]`), 400);
      return c.json({ results: (texts as string[]).map((t) => scanText(t)) });
    }
    return c.json(invalid('body must have "text" (string) or "texts" (array of strings)', 'text'), 400);
  });
  return app;
}
