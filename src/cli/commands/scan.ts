import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { scanText } from '../../guards/index.js';
import type { ScanResult } from '../../guards/index.js';
import { CliError, EXIT } from '../exit-codes.js';

/** Parses one `{"text": ...}` line; the error names the line and the field. */
function textOf(line: string, where: string): string {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (err) {
    throw new CliError(`${where}: not JSON (${(err as Error).message})`);
  }
  const text = (row as { text?: unknown } | null)?.text;
  if (typeof text !== 'string') throw new CliError(`${where}: field "text" must be a string`);
  return text;
}

/**
 * `scan --jsonl`: one output line per input line, in order, streamed. A bad line gets an `{"error"}`
 * line in its place (so outputs stay aligned) and the exit code becomes 2.
 */
export async function scanJsonl(input: Readable, output: Writable, errors: Writable): Promise<number> {
  let lineNo = 0;
  let bad = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let out: string;
    try {
      out = JSON.stringify(scanText(textOf(line, `stdin line ${lineNo}`)));
    } catch (err) {
      bad++;
      errors.write(`promptops scan: ${(err as Error).message}\n`);
      out = JSON.stringify({ error: (err as Error).message });
    }
    if (!output.write(out + '\n')) await new Promise((resolve) => output.once('drain', resolve));
  }
  return bad ? EXIT.usage : EXIT.ok;
}

function tableRow(where: string, r: ScanResult): string {
  const counts = new Map<string, number>();
  for (const p of r.pii) counts.set(p.type, (counts.get(p.type) ?? 0) + 1);
  const pii = [...counts].map(([t, n]) => `${t}x${n}`).join(' ') || '-';
  return `${where.padEnd(8)} ${r.injection.score.toFixed(2).padStart(5)} ${(r.injection.flagged ? 'YES' : 'no').padEnd(7)} ${(r.injection.reasons.join(',') || '-').slice(0, 48).padEnd(48)} ${pii}`;
}

/** `scan FILE`: a table for people; each line (or each `text` of a .jsonl file) is one item. */
export async function scanFile(path: string, output: Writable, errors: Writable & { isTTY?: boolean }): Promise<number> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CliError(`${path}: no such file`);
  }
  const jsonl = path.endsWith('.jsonl');
  const bar = size > 1_000_000 && errors.isTTY ? new cliProgress.SingleBar({ stream: errors }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(size, 0);
  output.write(`${'line'.padEnd(8)} score flagged ${'reasons'.padEnd(48)} pii\n`);
  let lineNo = 0;
  let read = 0;
  let flagged = 0;
  let withPii = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    lineNo++;
    read += Buffer.byteLength(line) + 1;
    bar?.update(read);
    if (!line.trim()) continue;
    const r = scanText(jsonl ? textOf(line, `${path}:${lineNo}`) : line);
    if (r.injection.flagged) flagged++;
    if (r.pii.length) withPii++;
    if (r.injection.flagged || r.pii.length) output.write(tableRow(String(lineNo), r) + '\n');
  }
  bar?.stop();
  output.write(`${lineNo} lines: ${flagged} flagged as injection, ${withPii} with PII\n`);
  return flagged ? EXIT.failure : EXIT.ok;
}

export function registerScanCommand(program: Command): void {
  program
    .command('scan')
    .description('check text for prompt injection and PII (FILE: a table; --jsonl: stdin lines {"text"} to JSON lines)')
    .argument('[file]', 'a text file (one item a line) or a .jsonl file with a "text" field')
    .option('--jsonl', 'read {"text": ...} lines on stdin, write one JSON result a line')
    .action(async (file: string | undefined, opts: { jsonl?: boolean }) => {
      if (opts.jsonl) process.exitCode = await scanJsonl(process.stdin, process.stdout, process.stderr);
      else if (file) process.exitCode = await scanFile(file, process.stdout, process.stderr);
      else throw new CliError('scan: give a FILE or --jsonl');
    });
}
