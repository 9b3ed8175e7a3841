import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

export interface JsonlWriter {
  /** Resolves once the line is buffered without exceeding the stream's high-water mark. */
  write(record: unknown): Promise<void>;
  close(): Promise<void>;
  readonly path: string;
}

/** Appends one JSON value per line, honouring back-pressure so a long run holds no results in memory. */
export async function createJsonlWriter(path: string): Promise<JsonlWriter> {
  await mkdir(dirname(path), { recursive: true });
  const stream: WriteStream = createWriteStream(path, { flags: 'w' });
  await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  // Concurrent writers share one wait for 'drain' rather than each adding a listener.
  let drained: Promise<void> | undefined;
  return {
    path,
    async write(record) {
      if (!stream.write(`${JSON.stringify(record)}\n`)) {
        drained ??= new Promise<void>((resolve) =>
          stream.once('drain', () => {
            drained = undefined;
            resolve();
          }),
        );
      }
      if (drained) await drained;
    },
    close: () => new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))),
  };
}

/** Reads a JSONL file lazily, one parsed line at a time. */
export async function* readJsonl<T>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as T;
    } catch (error) {
      throw new Error(`${path}:${n}: not JSON: ${(error as Error).message}`);
    }
  }
}
