import { classifyTone, TONES, type Tone } from './classify-tone.js';
import type { LabelledReply } from './labelled-set.js';

export interface ToneMeasurement {
  /** Share of (reply, tone) decisions that agree with the label at the 0.7 bar. */
  accuracy: number;
  /** Per tone precision and recall. */
  perTone: Record<Tone, { precision: number; recall: number }>;
  macroF1: number;
  decisions: number;
  mistakes: { text: string; tone: Tone; score: number; expected: boolean }[];
}

/** Scores the classifier against labelled replies: every reply is a yes/no decision for every tone. */
export function measureTone(set: LabelledReply[], bar = 0.7): ToneMeasurement {
  const counts = Object.fromEntries(TONES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<Tone, { tp: number; fp: number; fn: number }>;
  const mistakes: ToneMeasurement['mistakes'] = [];
  let agree = 0;
  for (const reply of set) {
    const { scores } = classifyTone(reply.text);
    for (const tone of TONES) {
      const expected = reply.tones.includes(tone);
      const predicted = scores[tone] >= bar;
      if (expected === predicted) agree++;
      else mistakes.push({ text: reply.text, tone, score: scores[tone], expected });
      if (expected && predicted) counts[tone].tp++;
      else if (predicted) counts[tone].fp++;
      else if (expected) counts[tone].fn++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const perTone = Object.fromEntries(
    TONES.map((t) => {
      const { tp, fp, fn } = counts[t];
      return [t, { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }];
    }),
  ) as ToneMeasurement['perTone'];
  const f1 = TONES.map((t) => {
    const { precision: p, recall: r } = perTone[t];
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  });
  const decisions = set.length * TONES.length;
  return { accuracy: agree / decisions, perTone, macroF1: f1.reduce((a, b) => a + b, 0) / f1.length, decisions, mistakes };
}
