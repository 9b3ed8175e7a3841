import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectPii } from '../../src/guards/index.js';
import { CHALLENGE_ROWS } from '../../src/guards/pii/challenge.fixture.js';

interface GoldRow { id: string; text: string; entities: unknown[]; source?: string; locale?: string }
interface Scorer {
  score: (gold: GoldRow[], pred: Map<string, unknown[]>, opt?: { types?: string[] }) => unknown;
  formatTable: (r: unknown) => string;
}
interface ScoreErrors { errors: Record<string, { fp: Array<{ id: string; span: string }>; fn: Array<{ id: string; span: string }> }> }

const loadScorer = async (dataDir: string): Promise<Scorer> => (await import(pathToFileURL(resolve(join(dataDir, 'score.mjs'))).href)) as Scorer;

/** PII per type (exact and overlap) with the data set's own scorer, overall and per source. */
export async function evalPii(dataDir: string): Promise<string> {
  const scorer = await loadScorer(dataDir);
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

/**
 * The same tables on src/guards/pii/challenge.fixture.ts (other locales, obfuscations and negatives), its
 * `tune` and `check` rows apart, URL included; with `errors`, the missed and the false spans of each row.
 */
export async function evalPiiChallenge(dataDir: string, errors = false): Promise<string> {
  const scorer = await loadScorer(dataDir);
  const types = ['EMAIL', 'PHONE', 'SSN', 'CREDIT_CARD', 'IBAN', 'IP_ADDRESS', 'PERSON', 'ADDRESS', 'DATE_OF_BIRTH', 'SECRET', 'URL'];
  const pred = new Map<string, unknown[]>();
  for (const row of CHALLENGE_ROWS) pred.set(row.id, detectPii(row.text));
  const parts: string[] = [];
  for (const split of ['tune', 'check'] as const) {
    const rows = CHALLENGE_ROWS.filter((r) => r.split === split);
    const result = scorer.score(rows, pred, { types });
    parts.push(`${split} rows (${rows.length}):`, scorer.formatTable(result), '');
    if (!errors) continue;
    for (const [type, e] of Object.entries((result as ScoreErrors).errors)) {
      for (const x of e.fn) parts.push(`  FN ${type} [${x.id}] ${JSON.stringify(x.span)}`);
      for (const x of e.fp) parts.push(`  FP ${type} [${x.id}] ${JSON.stringify(x.span)}`);
    }
  }
  return parts.join('\n');
}
