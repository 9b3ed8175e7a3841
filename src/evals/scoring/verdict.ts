import { classifyTone, normalizeTone } from '../tone/index.js';
import { TONE_THRESHOLD } from '../assertions/index.js';
import type { AssertionResult, TestCase } from '../types.js';
import type { QualityScore } from './quality-score.js';

/**
 * A case passes when its quality score reaches the threshold and every check the author wrote holds:
 * each expected element present, the expected tone at >= 0.7 (the guide's assertContains/assertTone),
 * and every assertion passing. Returns the reasons it failed, empty when it passed.
 */
export function failureReasons(
  testCase: Pick<TestCase, 'expectedElements' | 'expectedTone'>,
  output: string,
  assertions: AssertionResult[],
  quality: QualityScore,
): string[] {
  const reasons: string[] = [];
  const lower = output.toLowerCase();
  const missing = testCase.expectedElements.filter((e) => !lower.includes(e.toLowerCase()));
  if (missing.length) reasons.push(`missing ${missing.map((m) => `"${m}"`).join(', ')}`);
  const tone = testCase.expectedTone ? normalizeTone(testCase.expectedTone) : undefined;
  if (tone) {
    const score = classifyTone(output).scores[tone];
    if (score < TONE_THRESHOLD) reasons.push(`tone ${tone} ${score.toFixed(2)} < ${TONE_THRESHOLD}`);
  }
  for (const a of assertions) if (!a.pass) reasons.push(`${a.type}: ${a.reason}`);
  if (quality.overall < quality.threshold) {
    const weak = Object.entries(quality.breakdown)
      .filter(([, v]) => (v as number) < quality.threshold)
      .map(([k, v]) => `${k} ${(v as number).toFixed(2)}`);
    reasons.push(`quality ${quality.overall.toFixed(2)} < ${quality.threshold}${weak.length ? ` (${weak.join(', ')})` : ''}`);
  }
  return reasons;
}
