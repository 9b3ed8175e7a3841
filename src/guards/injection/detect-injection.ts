import { decodeEmbedded } from '../normalize/index.js';
import { analyseText } from './analyse.js';
import type { Analysis, Span } from './analyse.js';
import { defaultInjectionModel } from './default-model.js';
import { sigmoid } from './model.js';
import type { InjectionModel } from './model.js';

export interface InjectionResult {
  /** calibrated so that 0.5 is the decision threshold chosen on dev (<= 2% FPR on hard negatives) */
  score: number;
  flagged: boolean;
  reasons: string[];
  /** offending parts of the input (UTF-16 offsets, end exclusive), for `sanitizeInjection` */
  spans: Span[];
}

export interface DetectInjectionOptions {
  /** a model other than the shipped one (evaluation, cross-validation) */
  model?: InjectionModel;
  /** flag at this score instead of 0.5 */
  threshold?: number;
}

/**
 * Scores a text for prompt injection: normalises it, scores the whole text and overlapping windows
 * with the trained model (rules are features of it), and does the same for any embedded encoded text.
 */
export function detectInjection(text: string, options: DetectInjectionOptions = {}): InjectionResult {
  const model = options.model ?? defaultInjectionModel();
  const threshold = options.threshold ?? 0.5;
  const { best, via } = injectionMargin(model, text);
  const score = sigmoid(best.z - model.offset);
  const flagged = score >= threshold;
  const reasons = [...best.rules];
  if (sigmoid(best.zModel - model.offset) >= threshold) reasons.push('classifier');
  if (via) reasons.push(via);
  return { score, flagged, reasons, spans: flagged ? best.spans : [] };
}

/** The highest-scoring analysis over the text and its decoded parts (raw margin, before the offset). */
export function injectionMargin(model: InjectionModel, text: string): { best: Analysis; via?: string } {
  let best = analyseText(model, text);
  let via: string | undefined;
  for (const seg of decodeEmbedded(text)) {
    const a = analyseText(model, seg.text);
    if (a.z > best.z) {
      best = { ...a, spans: [{ start: seg.start, end: seg.end }] };
      via = `encoded:${seg.encoding}`;
    }
  }
  return { best, via };
}
