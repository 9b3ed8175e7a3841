import { join } from 'node:path';
import { defaultInjectionModel } from '../../src/guards/injection/default-model.js';
import { injectionMargin } from '../../src/guards/injection/detect-injection.js';
import { readInjectionRows } from '../../src/guards/injection/training/dataset.js';
import type { InjectionRow } from '../../src/guards/injection/training/dataset.js';
import { DEFAULT_TRAIN_OPTIONS, heldOutFamilyOffsets, outOfFoldMargins, prepareRows, sourceFamilyMargins } from '../../src/guards/injection/training/train-model.js';
import { formatInjectionTable, injectionMetrics } from './injection-metrics.js';
import type { InjectionMetrics } from './injection-metrics.js';
import { seedRegexFlags } from './seed-regexes.js';

type Line = { name: string; set: string; m: InjectionMetrics };

function bySet(name: string, rows: readonly InjectionRow[], flagged: readonly boolean[]): Line[] {
  return ['dev', 'cs'].map((set) => {
    const idx = rows.flatMap((r, i) => (r.set === set ? [i] : []));
    return { name, set, m: injectionMetrics(idx.map((i) => rows[i]), idx.map((i) => flagged[i])) };
  });
}

export function evalInjection(dataDir: string, withCv: boolean): string {
  const rows = [...readInjectionRows(join(dataDir, 'dev.jsonl'), 'dev'), ...readInjectionRows(join(dataDir, 'cs-dev.jsonl'), 'cs')];
  const shipped = defaultInjectionModel();
  const lines: Line[] = [];
  lines.push(...bySet('seed regexes (guide, 5 patterns)', rows, rows.map((r) => seedRegexFlags(r.text))));
  lines.push(...bySet('shipped model, full fit (in-sample)', rows, rows.map((r) => injectionMargin(shipped, r.text).best.z >= shipped.offset)));
  if (withCv) {
    const oof = outOfFoldMargins(prepareRows(rows, DEFAULT_TRAIN_OPTIONS.hashBits), DEFAULT_TRAIN_OPTIONS);
    lines.push(...bySet('5-fold CV, random rows', rows, oof.map((z) => z >= shipped.offset)));
    const loso = sourceFamilyMargins(prepareRows(rows, DEFAULT_TRAIN_OPTIONS.hashBits), DEFAULT_TRAIN_OPTIONS);
    // The shipped offset was picked on every family's margins, the held-out one's too: optimistic.
    lines.push(...bySet('LOSO at the shipped threshold', rows, loso.map((z) => z >= shipped.offset)));
    const offsets = heldOutFamilyOffsets(rows, loso, DEFAULT_TRAIN_OPTIONS);
    lines.push(...bySet('CV leave-one-source-family-out', rows, loso.map((z, i) => z >= offsets[i])));
  }
  return formatInjectionTable(lines);
}
