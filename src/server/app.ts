import { Hono } from 'hono';
import type { GatewayDeps, GatewayEnv } from './deps.js';
import { apiKeyAuth } from './middleware/auth/index.js';
import { declaredBodyLimit } from './middleware/body-limit/index.js';
import { loadShed } from './middleware/load-shed/index.js';
import { requestId } from './middleware/request-id/index.js';
import { openAIError, toHttpError } from './openai-error.js';
import { BadRequestBody } from './request-body.js';
import { catalogRoutes } from './routes/catalog.js';
import { chatCompletionsRoute } from './routes/chat-completions.js';
import { executeRoute } from './routes/execute.js';
import { guardScanRoute } from './routes/guard-scan.js';
import { healthRoutes } from './routes/health.js';

/** The gateway as a hono app: middleware in one place, routes as sub-apps, errors in OpenAI's shape. */
export function createApp(deps: GatewayDeps): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>();
  const { server } = deps.config;

  app.use(requestId());
  app.use('/v1/*', apiKeyAuth(server.apiKeys));
  const shed = loadShed({ maxConcurrent: server.maxConcurrent, onShed: () => deps.metrics.shed.inc() });
  deps.metrics.readInFlightFrom(shed.inFlight);
  app.use('/v1/*', shed);
  app.use(
    '/v1/*',
    declaredBodyLimit({
      maxSize: server.bodyLimitBytes,
      onError: (c) => c.json(openAIError(413, `the request body exceeds the limit of ${server.bodyLimitBytes} bytes`, 'invalid_request_error', 'body_too_large').body, 413),
    }),
  );

  app.route('/', healthRoutes(deps));
  app.route('/', catalogRoutes(deps));
  app.route('/', chatCompletionsRoute(deps));
  app.route('/', executeRoute(deps));
  app.route('/', guardScanRoute());

  app.notFound((c) => c.json(openAIError(404, `no route for ${c.req.method} ${c.req.path}`, 'not_found_error', 'unknown_route').body, 404));
  app.onError((error, c) => {
    const mapped = error instanceof BadRequestBody ? error.httpError : toHttpError(error);
    if (mapped.status >= 500) {
      deps.logger.error({ requestId: c.get('requestId'), err: { name: error.name, code: (error as { code?: string }).code } }, 'request failed');
    }
    if (mapped.retryAfterSeconds !== undefined) c.header('retry-after', String(mapped.retryAfterSeconds));
    return c.json(mapped.body, mapped.status as 400);
  });
  return app;
}
