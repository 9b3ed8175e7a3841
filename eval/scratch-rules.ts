import { readInjectionRows } from '../src/guards/injection/training/dataset.js';
import { normalizeText, decodeEmbedded } from '../src/guards/normalize/index.js';
import { INJECTION_RULES } from '../src/guards/injection/rules.js';
const rows = [...readInjectionRows('../shared/data/injection/dev.jsonl', 'dev'), ...readInjectionRows('../shared/data/injection/cs-dev.jsonl', 'cs')];
const stat: Record<string, number[]> = {};
const hits = (t: string) => { const n = normalizeText(t).text; return INJECTION_RULES.filter((r) => { r.pattern.lastIndex = 0; return r.pattern.test(n); }).map((r) => r.name); };
for (const r of rows) {
  const names = new Set([...hits(r.text), ...decodeEmbedded(r.text).flatMap((s) => hits(s.text))]);
  const key = r.set + ':' + r.kind;
  for (const n of names) { (stat[n] ??= []); }
  for (const n of Object.keys(stat)) {}
  (stat['ANY:' + key] ??= [0, 0]); stat['ANY:' + key][1]++; if (names.size) stat['ANY:' + key][0]++;
  for (const n of names) { const k = n + ' @' + key; (stat[k] ??= [0, 0]); stat[k][0]++; }
  if (process.argv[2] === r.kind && r.set === 'cs' && (r.label === 1 ? names.size === 0 : names.size > 0)) console.log([...names].join(','), JSON.stringify(r.text.slice(0, 160)));
}
if (!process.argv[2]) for (const [k, v] of Object.entries(stat).sort()) if (v.length) console.log(k, v[0], v[1] ?? '');
