import { normalizeText } from '../normalize/index.js';
import { RULE_VALUE } from './features.js';
import { pickWindow, textSums } from './model.js';
import type { InjectionModel } from './model.js';
import { INJECTION_RULES, RULE_FAMILY } from './rules.js';

export interface Span {
  start: number;
  end: number;
}

/** The best-scoring window of one text: its margin, the rules behind it, and spans in the text. */
export interface Analysis {
  z: number;
  /** margin without the rule weights and family bonus: what the n-gram model alone says */
  zModel: number;
  rules: string[];
  /** rule matches in source offsets, or the best window when no rule matched */
  spans: Span[];
}

export function analyseText(model: InjectionModel, text: string): Analysis {
  const norm = normalizeText(text);
  const sums = textSums(model, norm.text);
  const best = pickWindow(model, sums, norm.text.length)!;
  const hitsByRule = sums.rules;
  const rules: string[] = [];
  const spans: Span[] = [];
  let ruleSum = 0;
  for (let r = 0; r < hitsByRule.length; r++) {
    const hits = hitsByRule[r];
    let inside = false;
    for (const [s, e] of hits) {
      if (s < best.start || s >= best.end) continue;
      inside = true;
      spans.push({ start: norm.sourceIndex[s], end: norm.sourceIndex[e] });
    }
    if (!inside) continue;
    ruleSum += model.ruleWeights[r] * RULE_VALUE;
    if (model.ruleWeights[r] > 0) rules.push(INJECTION_RULES[r].name);
  }
  if (spans.length === 0) spans.push({ start: norm.sourceIndex[best.start], end: norm.sourceIndex[best.end] });
  const bonus = model.familyBonus * familiesMatched(hitsByRule);
  return { z: best.z + bonus, zModel: best.z - ruleSum, rules, spans };
}

/** Distinct rule families (override, role, extract, ...) with a match anywhere in the text. */
function familiesMatched(hits: ReadonlyArray<ReadonlyArray<unknown>>): number {
  let seen = 0;
  for (let r = 0; r < hits.length; r++) if (hits[r].length > 0) seen |= 1 << RULE_FAMILY[r];
  let n = 0;
  for (; seen !== 0; seen &= seen - 1) n++;
  return n;
}
