import { Hono } from 'hono';
import type { GatewayDeps, GatewayEnv } from '../deps.js';

/** `GET /v1/models`, `GET /v1/prompts`, `GET /v1/prompts/:id`: what this gateway can run. */
export function catalogRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>();
  const created = Math.floor(Date.now() / 1000);

  app.get('/v1/models', (c) => {
    const prompts = deps.runtime.prompts.list().map((prompt) => ({ id: `prompt:${prompt.id}`, owned_by: 'promptops' }));
    const models = deps.runtime.router.listModels().map((model) => ({ id: model.id, owned_by: model.provider }));
    return c.json({ object: 'list', data: [...models, ...prompts].map((entry) => ({ ...entry, object: 'model', created })) });
  });

  app.get('/v1/prompts', (c) => c.json({ object: 'list', data: deps.runtime.prompts.list() }));

  app.get('/v1/prompts/:id', (c) => {
    const id = c.req.param('id');
    const summary = deps.runtime.prompts.list().find((prompt) => prompt.id === id);
    const versions = (summary?.versions ?? [deps.runtime.prompts.resolve(id).version]).map((version) => {
      const resolved = deps.runtime.prompts.resolve(`${id}@${version}`);
      return {
        version: resolved.version,
        hash: resolved.hash,
        description: resolved.meta.description ?? null,
        model: resolved.meta.model,
        fallback_models: resolved.meta.fallbackModels,
        variables: resolved.meta.variables,
        changelog: resolved.changelog?.entries.find((entry) => entry.version === resolved.version) ?? null,
      };
    });
    return c.json({ id, current: summary?.current ?? null, latest: summary?.latest ?? null, versions });
  });
  return app;
}
