/**
 * What a model call needs of its abort signal. An AbortSignal is one; the runtime passes a lighter
 * object of its own, since an AbortSignal per attempt was measured as the largest share of what the
 * gateway promoted to the old heap (an EventTarget that lives as long as the call outlives the young
 * generation) and ~1.6 µs of CPU to create. The `abort` event fires once. A transport that wants a real
 * AbortSignal (fetch) makes one: a controller it aborts from the listener.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
