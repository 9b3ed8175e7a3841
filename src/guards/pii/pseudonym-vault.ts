import type { PiiType } from './types.js';

interface Entry {
  token: string;
  value: string;
  expiresAt: number;
}

/**
 * Per-conversation map between PII values and placeholders such as `<PERSON_1>`: the same value gets the
 * same placeholder for the whole conversation, and `restore` puts the values back in the model's answer.
 * Entries expire `retentionMs` after their last use; the clock is injected so tests need no waiting.
 */
export class PseudonymVault {
  private readonly byValue = new Map<string, Entry>();
  private readonly byToken = new Map<string, Entry>();
  private readonly counters = new Map<string, number>();

  constructor(
    private readonly retentionMs: number = 24 * 3600 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The placeholder for `value` of `type`, made on first use. */
  tokenFor(type: PiiType, value: string): string {
    this.expire();
    const key = `${type}\u0000${value}`;
    let entry = this.byValue.get(key);
    if (!entry) {
      const n = (this.counters.get(type) ?? 0) + 1;
      this.counters.set(type, n);
      entry = { token: `<${type}_${n}>`, value, expiresAt: 0 };
      this.byValue.set(key, entry);
      this.byToken.set(entry.token, entry);
    }
    entry.expiresAt = this.now() + this.retentionMs;
    return entry.token;
  }

  /** Replaces every known placeholder in `text` by its value; unknown or expired ones stay as they are. */
  restore(text: string): string {
    this.expire();
    return text.replace(/<([A-Z_]+?)_(\d+)>/g, (tok) => this.byToken.get(tok)?.value ?? tok);
  }

  get size(): number {
    this.expire();
    return this.byToken.size;
  }

  private expire(): void {
    const t = this.now();
    for (const [key, e] of this.byValue) {
      if (e.expiresAt <= t) {
        this.byValue.delete(key);
        this.byToken.delete(e.token);
      }
    }
  }
}
