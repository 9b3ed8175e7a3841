import { Hono } from 'hono';
import { z } from 'zod';
import type { ChatMessage } from '../../providers/index.js';
import type { GatewayDeps, GatewayEnv } from '../deps.js';
import { sendJson, setResponseHeader } from '../node-headers.js';
import { readJson, requestDeadline } from '../request-body.js';
import { clientSignal, preloadJsonBody } from './node-request.js';

const executeRequest = z.object({
  variables: z.record(z.string(), z.unknown()).default({}),
  user: z.string().max(256).optional(),
  conversation_id: z.string().max(256).optional(),
  conversation: z
    .array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() }))
    .optional(),
  model: z.string().min(1).optional(),
  stream: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  no_cache: z.boolean().optional(),
});

/** `POST /v1/prompts/:id/execute` runs a managed prompt version; `?version=` pins one. */
export function executeRoute(deps: GatewayDeps): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>();
  app.post('/v1/prompts/:id/execute', async (c) => {
    await preloadJsonBody(c, deps.config.server.bodyLimitBytes);
    const body = await readJson(c, executeRequest);
    const version = c.req.query('version');
    const conversationId = body.conversation_id;
    const stored = conversationId && deps.conversations ? await deps.conversations.getConversation(conversationId) : [];
    const history = stored.flatMap((turn): ChatMessage[] => (turn.role === 'user' || turn.role === 'assistant' ? [{ role: turn.role, content: turn.content }] : []));
    const result = await deps.runtime.execute({
      prompt: version ? `${c.req.param('id')}@${version}` : c.req.param('id'),
      variables: body.variables,
      conversation: [...history, ...(body.conversation ?? [])],
      model: body.model,
      conversationId,
      noCache: body.no_cache,
      deadlineMs: requestDeadline(c, deps.config.retry.deadlineMs),
      signal: clientSignal(c),
    });
    if (result.notice) setResponseHeader(c, 'x-promptops-notice', result.notice);
    if (conversationId && deps.conversations && !result.fallback) {
      const message = body.variables.message;
      if (typeof message === 'string') await deps.conversations.saveConversationTurn(conversationId, 'user', message);
      await deps.conversations.saveConversationTurn(conversationId, 'assistant', result.output);
    }
    return sendJson(c, {
      output: result.output,
      prompt: result.prompt,
      version: result.version,
      model: result.model,
      provider: result.provider,
      usage: {
        prompt_tokens: result.usage.inputTokens,
        completion_tokens: result.usage.outputTokens,
        total_tokens: result.usage.totalTokens,
      },
      attempts: result.attempts,
      fallback: result.fallback,
      cached: result.cached,
      latency_ms: Math.round(result.latencyMs * 100) / 100,
      ...(conversationId ? { conversation_id: conversationId } : {}),
      ...(result.notice ? { notice: result.notice } : {}),
      ...(result.warnings ? { warnings: result.warnings } : {}),
      ...(result.guard ? { guard: result.guard } : {}),
    });
  });
  return app;
}
