import { type Fault, type FaultSpec, parseFault } from './faults.js';
import { createPrng } from './prng.js';

export interface ChaosOptions {
  /** Share of requests that get a fault, 0..1. */
  faultRate: number;
  /** Drawn uniformly for a faulty request. */
  faults: FaultSpec[];
  seed?: number;
}

const OK: Fault = { kind: 'ok' };

/** Decides each request's fault: its `x-fake-fault` header, else the queue, else chaos, else ok. */
export class FaultSource {
  private queue: Fault[] = [];
  private chaos: { rate: number; faults: Fault[]; random: () => number } | undefined;

  enqueue(spec: FaultSpec, count = 1): void {
    const fault = parseFault(spec);
    for (let i = 0; i < count; i++) this.queue.push(fault);
  }

  setChaos(options: ChaosOptions | null): void {
    if (!options) {
      this.chaos = undefined;
      return;
    }
    if (!(options.faultRate >= 0 && options.faultRate <= 1)) throw new RangeError(`faultRate must be within 0..1, got ${options.faultRate}`);
    if (options.faultRate > 0 && options.faults.length === 0) throw new RangeError('chaos needs at least one fault');
    this.chaos = { rate: options.faultRate, faults: options.faults.map(parseFault), random: createPrng(options.seed ?? 1) };
  }

  next(header: string | undefined): Fault {
    if (header) return parseFault(header);
    const queued = this.queue.shift();
    if (queued) return queued;
    if (this.chaos && this.chaos.random() < this.chaos.rate) {
      const { faults, random } = this.chaos;
      return faults[Math.floor(random() * faults.length)] ?? OK;
    }
    return OK;
  }

  get pending(): number {
    return this.queue.length;
  }

  reset(): void {
    this.queue = [];
    this.chaos = undefined;
  }
}
