import { Hono } from 'hono';
import type { GatewayDeps, GatewayEnv } from '../deps.js';

/** `/health` says the process is up; `/ready` that it can serve (store reachable, a provider usable). */
export function healthRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>();
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/ready', async (c) => {
    const store = deps.storeHealth ? await deps.storeHealth() : { ok: true };
    const providers = deps.runtime.router.providers().map((provider) => provider.name);
    const circuits = deps.runtime.policies.breakerStates();
    const usable = circuits.length === 0 || circuits.some((circuit) => circuit.state !== 'open');
    const ready = store.ok && usable;
    return c.json({ status: ready ? 'ready' : 'not_ready', store, providers: providers.length ? providers : ['demo'], circuits }, ready ? 200 : 503);
  });
  app.get('/metrics', async (c) => {
    c.header('content-type', deps.metrics.registry.contentType);
    return c.body(await deps.metrics.render());
  });
  return app;
}
