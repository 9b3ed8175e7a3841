import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeHtmlReport, writeJsonReport, writeJunitReport, type Write } from '../report/index.js';
import { readJsonl, type CaseResult, type RunSummary } from '../runner/index.js';

export type ReportFormat = 'json' | 'junit' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'junit', 'html'];

const WRITERS = { json: writeJsonReport, junit: writeJunitReport, html: writeHtmlReport };

/** Renders finished runs from their results files to `out` (a path) or stdout, streaming. */
export async function writeReport(format: ReportFormat, summaries: RunSummary[], out?: string): Promise<void> {
  const runs = summaries.map((summary) => ({ summary, results: readJsonl<CaseResult>(summary.resultsPath!) }));
  if (!out) {
    const write: Write = (chunk) =>
      process.stdout.write(chunk) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
    await WRITERS[format](runs, write);
    return;
  }
  await mkdir(dirname(out), { recursive: true });
  const stream = createWriteStream(out);
  const write: Write = (chunk) => (stream.write(chunk) ? undefined : new Promise<void>((resolve) => stream.once('drain', () => resolve())));
  await WRITERS[format](runs, write);
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
