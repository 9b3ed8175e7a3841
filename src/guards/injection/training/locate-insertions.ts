import type { InjectionRow } from './dataset.js';

/**
 * Rows made by inserting an attack into a document whose clean copy is also in the data (BIPIA-style):
 * returns, per row index, the inserted text with `context` characters either side. Training on that
 * piece instead of the whole document keeps the document's own words from being learnt as attack words.
 */
export function locateInsertions(rows: readonly InjectionRow[], context = 150): Map<number, string> {
  const clean = rows.filter((r) => r.label === 0 && r.text.length >= 80);
  const byHead = new Map<string, InjectionRow[]>();
  const byTail = new Map<string, InjectionRow[]>();
  for (const c of clean) {
    (byHead.get(c.text.slice(0, 60)) ?? byHead.set(c.text.slice(0, 60), []).get(c.text.slice(0, 60))!).push(c);
    (byTail.get(c.text.slice(-60)) ?? byTail.set(c.text.slice(-60), []).get(c.text.slice(-60))!).push(c);
  }
  const out = new Map<number, string>();
  rows.forEach((r, i) => {
    if (r.label !== 1 || r.text.length < 80) return;
    const candidates = [...(byHead.get(r.text.slice(0, 60)) ?? []), ...(byTail.get(r.text.slice(-60)) ?? [])];
    for (const c of candidates) {
      if (c.text.length >= r.text.length) continue;
      let p = 0;
      while (p < c.text.length && c.text[p] === r.text[p]) p++;
      let s = 0;
      while (s < c.text.length - p && c.text[c.text.length - 1 - s] === r.text[r.text.length - 1 - s]) s++;
      if (p + s < c.text.length) continue;
      out.set(i, r.text.slice(Math.max(0, p - context), Math.min(r.text.length, r.text.length - s + context)));
      return;
    }
  });
  return out;
}
