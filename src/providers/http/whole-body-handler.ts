import type { Dispatcher } from 'undici';
import type { AbortSignalLike } from '../spec/index.js';
import type { HeaderBag } from './retry-after.js';

export interface WholeResponse {
  status: number;
  headers: HeaderBag;
  /** The body decoded as UTF-8. */
  text: string;
}

/**
 * Collects a whole response body for `Pool.dispatch`. `Pool.request` wraps every body in a Readable
 * stream, an async resource and an abort-listener registry, and `body.text()` then reads that stream
 * back through a consumer: for a JSON answer of a few hundred bytes that machinery costs more than the
 * HTTP parsing itself. A non-streaming call needs none of it.
 */
export class WholeBodyHandler implements Dispatcher.DispatchHandler {
  #chunks: Buffer[] = [];
  #status = 0;
  #headers: HeaderBag = {};
  #controller: Dispatcher.DispatchController | undefined;
  readonly #signal: AbortSignalLike | undefined;
  readonly #resolve: (response: WholeResponse) => void;
  readonly #reject: (error: unknown) => void;

  constructor(signal: AbortSignalLike | undefined, resolve: (response: WholeResponse) => void, reject: (error: unknown) => void) {
    this.#signal = signal;
    this.#resolve = resolve;
    this.#reject = reject;
  }

  readonly #onAbort = () => this.#controller?.abort(this.#signal!.reason as Error);

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (!this.#signal) return;
    if (this.#signal.aborted) controller.abort(this.#signal.reason as Error);
    else this.#signal.addEventListener('abort', this.#onAbort, { once: true });
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number, headers: HeaderBag): void {
    this.#status = statusCode;
    this.#headers = headers;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    this.#signal?.removeEventListener('abort', this.#onAbort);
    const chunks = this.#chunks;
    const text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
    this.#resolve({ status: this.#status, headers: this.#headers, text });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.#signal?.removeEventListener('abort', this.#onAbort);
    this.#reject(error);
  }
}
