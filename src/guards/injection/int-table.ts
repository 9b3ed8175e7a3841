/**
 * A fixed set of 32-bit integer keys (word hashes) mapped to positive integers, looked up by open
 * addressing in typed arrays. Scoring looks up every word of every text; this is about three times
 * faster than `Map.get` and allocates nothing.
 */
export class IntTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(entries: Iterable<readonly [number, number]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.keys = new Int32Array(size);
    // 0 marks an empty slot: values must be positive.
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (const [key, value] of list) {
      if (!(value > 0 && Number.isInteger(value))) throw new Error(`IntTable: value ${value} for key ${key} is not a positive integer`);
      let i = this.slot(key);
      while (this.values[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
      this.keys[i] = key;
      this.values[i] = value;
    }
  }

  private slot(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 16) & this.mask;
  }

  /** The value for `key`, or 0 when it has none. */
  get(key: number): number {
    let i = this.slot(key);
    for (;;) {
      const v = this.values[i];
      if (v === 0 || this.keys[i] === (key | 0)) return v;
      i = (i + 1) & this.mask;
    }
  }
}
