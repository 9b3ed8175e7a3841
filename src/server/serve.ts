import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Gateway } from './gateway.js';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes the gateway. */
  close(graceMs?: number): Promise<void>;
}

/** Listens on `port` (0 picks a free one) and resolves once the socket is bound. */
export function listen(gateway: Gateway, options: { port: number; host?: string }): Promise<RunningServer> {
  return new Promise((resolvePromise, reject) => {
    let server: ServerType;
    const onError = (error: Error) => reject(error);
    server = serve({ fetch: gateway.app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      server.off('error', onError);
      const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
      resolvePromise({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: (graceMs = 10_000) =>
          new Promise<void>((done) => {
            const force = setTimeout(() => (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(), graceMs);
            force.unref();
            server.close(() => {
              clearTimeout(force);
              gateway.close().then(done, done);
            });
            (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          }),
      });
    });
    server.once('error', onError);
  });
}
