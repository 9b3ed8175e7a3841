/**
 * Applies events in the event loop's next check phase instead of where they are emitted. A finished
 * call's event is emitted just before its response is written: recording it there (a store record, the
 * metric observations) came first, measured as ~40 µs of added latency at 1 connection
 * (bench/gateway-ab.ts --connections 1). `flush()` applies what is pending at once: whatever reads what
 * the events feed (the /metrics page, shutdown before the store's last flush) calls it first.
 * An event that fails to apply is reported to `onError` and does not hold up the others.
 */
export interface DeferredEvents<T> {
  push(event: T): void;
  flush(): void;
}

export function deferredEvents<T>(apply: (event: T) => void, onError: (error: unknown) => void): DeferredEvents<T> {
  let pending: T[] = [];
  let scheduled: NodeJS.Immediate | undefined;
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = undefined;
    const events = pending;
    pending = [];
    for (const event of events) {
      try {
        apply(event);
      } catch (error) {
        onError(error);
      }
    }
  };
  return {
    push(event) {
      pending.push(event);
      scheduled ??= setImmediate(flush);
    },
    flush,
  };
}
