import { setImmediate as yieldToIo } from 'node:timers/promises';

export interface WriteQueueOptions<T> {
  /** Writes one batch; a rejection keeps the batch queued for the next flush. */
  write: (batch: T[]) => Promise<void>;
  batchSize: number;
  /**
   * The most items one `write` call gets (default: `batchSize`, capped at 32). A synchronous driver
   * (better-sqlite3) holds the event loop for the whole call: a 200-row insert stalls every request in
   * flight for several ms, so a larger flush goes out in slices with I/O let through in between.
   */
  maxWriteSize?: number;
  flushIntervalMs: number;
  maxQueue: number;
}

export interface WriteQueueStats {
  queued: number;
  written: number;
  dropped: number;
  failedFlushes: number;
  lastError?: string;
}

const DEFAULT_MAX_WRITE_SIZE = 32;

/**
 * Collects items on the caller's path (an array push) and writes them in batches later: after
 * `flushIntervalMs`, or at once when a batch is full. Flushes never overlap, so batches keep their
 * order. Items are dropped (and counted) only past `maxQueue` or after `close()`.
 */
export class WriteQueue<T> {
  readonly #options: WriteQueueOptions<T>;
  readonly #writeSize: number;
  #items: T[] = [];
  #chain: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #immediate: NodeJS.Immediate | undefined;
  #closed = false;
  #written = 0;
  #dropped = 0;
  #failedFlushes = 0;
  #lastError: string | undefined;

  constructor(options: WriteQueueOptions<T>) {
    if (!(options.batchSize >= 1)) throw new RangeError(`batchSize must be >= 1, got ${options.batchSize}`);
    if (!(options.flushIntervalMs >= 0)) throw new RangeError(`flushIntervalMs must be >= 0, got ${options.flushIntervalMs}`);
    if (!(options.maxQueue >= options.batchSize)) throw new RangeError(`maxQueue must be >= batchSize, got ${options.maxQueue}`);
    if (options.maxWriteSize !== undefined && !(options.maxWriteSize >= 1)) throw new RangeError(`maxWriteSize must be >= 1, got ${options.maxWriteSize}`);
    this.#options = options;
    this.#writeSize = options.maxWriteSize ?? Math.min(options.batchSize, DEFAULT_MAX_WRITE_SIZE);
  }

  get stats(): WriteQueueStats {
    return {
      queued: this.#items.length,
      written: this.#written,
      dropped: this.#dropped,
      failedFlushes: this.#failedFlushes,
      ...(this.#lastError === undefined ? {} : { lastError: this.#lastError }),
    };
  }

  push(item: T): void {
    if (this.#closed || this.#items.length >= this.#options.maxQueue) {
      this.#dropped += 1;
      return;
    }
    this.#items.push(item);
    if (this.#items.length >= this.#options.batchSize) this.#scheduleNow();
    else this.#scheduleLater();
  }

  /** Writes everything queued so far (and anything queued while writing). */
  flush(): Promise<void> {
    this.#cancelScheduled();
    const run = this.#chain.then(() => this.#drain());
    // The chain itself must not stay rejected, or every later flush would fail with the old error.
    this.#chain = run.catch(() => undefined);
    return run;
  }

  /** Refuses new items, then flushes what is queued. */
  close(): Promise<void> {
    this.#closed = true;
    return this.flush();
  }

  async #drain(): Promise<void> {
    while (this.#items.length > 0) {
      const batch = this.#items.splice(0, this.#writeSize);
      try {
        await this.#options.write(batch);
      } catch (error) {
        this.#items.unshift(...batch);
        this.#failedFlushes += 1;
        this.#lastError = error instanceof Error ? error.message : String(error);
        if (!this.#closed) this.#scheduleLater();
        throw error;
      }
      this.#written += batch.length;
      // A synchronous driver (better-sqlite3) resolves in microtasks: without this, a long queue
      // would be written in one block and stall every request waiting on I/O meanwhile.
      if (this.#items.length > 0) await yieldToIo();
    }
  }

  #background(): void {
    this.#timer = undefined;
    this.#immediate = undefined;
    // A failed flush is counted in stats and retried after the usual interval (see #drain).
    this.flush().catch(() => undefined);
  }

  #scheduleNow(): void {
    if (this.#immediate) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#immediate = setImmediate(() => this.#background());
    this.#immediate.unref();
  }

  #scheduleLater(): void {
    if (this.#timer || this.#immediate) return;
    // unref: a pending flush must not keep the process alive; close() is the way to not lose records.
    this.#timer = setTimeout(() => this.#background(), this.#options.flushIntervalMs);
    this.#timer.unref();
  }

  #cancelScheduled(): void {
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#immediate) clearImmediate(this.#immediate);
    this.#timer = undefined;
    this.#immediate = undefined;
  }
}
