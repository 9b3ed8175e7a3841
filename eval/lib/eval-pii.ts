import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectPii } from '../../src/guards/index.js';

interface GoldRow { id: string; text: string; entities: unknown[]; source?: string; locale?: string }
interface Scorer {
  score: (gold: GoldRow[], pred: Map<string, unknown[]>, opt?: { types?: string[] }) => unknown;
  formatTable: (r: unknown) => string;
}

/** PII per type (exact and overlap) with the data set's own scorer, overall and per source. */
export async function evalPii(dataDir: string): Promise<string> {
  const scorer = (await import(pathToFileURL(resolve(join(dataDir, 'score.mjs'))).href)) as Scorer;
  const gold = readFileSync(join(dataDir, 'dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldRow);
  const pred = new Map<string, unknown[]>();
  for (const row of gold) pred.set(row.id, detectPii(row.text, { locales: row.locale ? [row.locale] : undefined }));
  const parts = [`all ${gold.length} rows (locale hint from the row):`, scorer.formatTable(scorer.score(gold, pred))];
  for (const [name, keep] of [['presidio-research rows only', (r: GoldRow) => r.id.startsWith('dev-p')], ['generated rows only', (r: GoldRow) => r.id.startsWith('dev-g')]] as const) {
    const rows = gold.filter(keep);
    parts.push(`\n${name} (${rows.length}):`, scorer.formatTable(scorer.score(rows, pred)));
  }
  const noHint = new Map<string, unknown[]>();
  for (const row of gold) noHint.set(row.id, detectPii(row.text));
  const o = (scorer.score(gold, noHint) as { overall: { overlap: { f1: number } } }).overall.overlap.f1;
  parts.push(`\nwithout locale hints: overall overlap F1 ${(o * 100).toFixed(1)}`);
  return parts.join('\n');
}
