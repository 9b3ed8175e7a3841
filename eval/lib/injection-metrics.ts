import type { InjectionRow } from '../../src/guards/injection/training/dataset.js';

export interface InjectionMetrics {
  precision: number;
  recall: number;
  f1: number;
  recallByKind: Record<string, number>;
  fprHardNegative: number;
  fprBenign: number;
  n: number;
}

export function injectionMetrics(rows: readonly InjectionRow[], flagged: readonly boolean[]): InjectionMetrics {
  let tp = 0, fp = 0, fn = 0;
  const kindHit: Record<string, [number, number]> = {};
  let hn = 0, hnFp = 0, neg = 0, negFp = 0;
  rows.forEach((r, i) => {
    const f = flagged[i];
    if (r.label === 1) {
      if (f) tp++; else fn++;
      const k = (kindHit[r.kind] ??= [0, 0]);
      k[1]++;
      if (f) k[0]++;
    } else {
      neg++;
      if (f) { fp++; negFp++; }
      if (r.kind === 'hard-negative') { hn++; if (f) hnFp++; }
    }
  });
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    recallByKind: Object.fromEntries(Object.entries(kindHit).map(([k, [h, n]]) => [k, h / n])),
    fprHardNegative: hn ? hnFp / hn : 0,
    fprBenign: neg ? negFp / neg : 0,
    n: rows.length,
  };
}

const pct = (x: number | undefined): string => (x === undefined ? '    -' : (x * 100).toFixed(1).padStart(5));

export function formatInjectionTable(lines: Array<{ name: string; set: string; m: InjectionMetrics }>): string {
  const kinds = ['direct', 'indirect', 'jailbreak', 'cs-attack'];
  const head = `${'detector'.padEnd(34)} ${'set'.padEnd(4)}     P     R    F1 | ${kinds.map((k) => k.slice(0, 9).padStart(9)).join(' ')} | FPR-hard FPR-all`;
  const out = [head, '-'.repeat(head.length)];
  for (const { name, set, m } of lines) {
    out.push(`${name.padEnd(34)} ${set.padEnd(4)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)} | ${kinds.map((k) => pct(m.recallByKind[k]).padStart(9)).join(' ')} | ${pct(m.fprHardNegative).padStart(8)} ${pct(m.fprBenign).padStart(7)}`);
  }
  return out.join('\n');
}
