import { classifyTone, normalizeTone, TONES } from '../tone/index.js';
import { bm25Cosine, vectorCosine } from '../similarity/index.js';
import type { AssertionSpec } from '../types.js';
import { outcome, type AssertionDefinition } from './types.js';

/** The guide passes a tone at 0.7. */
export const TONE_THRESHOLD = 0.7;
/** Lexical cosine runs lower than embedding cosine for the same paraphrase, hence a lower default. */
export const SIMILAR_LEXICAL_THRESHOLD = 0.5;
export const SIMILAR_EMBEDDING_THRESHOLD = 0.8;

function checkThreshold(spec: AssertionSpec): string | undefined {
  if (spec.threshold === undefined) return undefined;
  return typeof spec.threshold === 'number' && spec.threshold >= 0 && spec.threshold <= 1
    ? undefined
    : '"threshold" must be a number between 0 and 1';
}

export const toneAssertion: AssertionDefinition = {
  type: 'tone',
  metric: 'tone',
  check(spec) {
    if (typeof spec.value !== 'string' || !normalizeTone(spec.value)) {
      return `"value" must be one of ${TONES.join(', ')}`;
    }
    return checkThreshold(spec);
  },
  evaluate(spec, { output }) {
    const tone = normalizeTone(spec.value as string)!;
    const { scores, evidence } = classifyTone(output);
    const threshold = spec.threshold ?? TONE_THRESHOLD;
    const score = scores[tone];
    const why = evidence[tone].length ? ` (${evidence[tone].slice(0, 3).map((e) => `"${e}"`).join(', ')})` : '';
    return outcome(score >= threshold, `${tone} ${score.toFixed(2)}, pass at ${threshold}${why}`, score);
  },
};

export const similarAssertion: AssertionDefinition = {
  type: 'similar',
  metric: 'relevance',
  check(spec) {
    const ok = typeof spec.value === 'string' || (Array.isArray(spec.value) && spec.value.every((v) => typeof v === 'string'));
    return ok ? checkThreshold(spec) : '"value" must be a reference text or a list of them';
  },
  async evaluate(spec, { output, services }) {
    const references = Array.isArray(spec.value) ? (spec.value as string[]) : [spec.value as string];
    let best = 0;
    let method = 'bm25 cosine';
    if (services.embed) {
      method = 'embedding cosine';
      const [out, ...refs] = await services.embed([output, ...references]);
      for (const ref of refs) best = Math.max(best, vectorCosine(out, ref));
    } else {
      for (const ref of references) best = Math.max(best, bm25Cosine(output, ref, services.similarityCorpus));
    }
    const threshold = spec.threshold ?? (services.embed ? SIMILAR_EMBEDDING_THRESHOLD : SIMILAR_LEXICAL_THRESHOLD);
    return outcome(best >= threshold, `${method} ${best.toFixed(2)}, pass at ${threshold}`, best);
  },
};
