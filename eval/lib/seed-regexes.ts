// The guide's five `injectionPatterns` (shared/prompt-operations-guide.md, "Input Sanitization"): the baseline.
const SEED_PATTERNS = [
  /ignore.{0,20}(previous|above|prior).{0,20}instructions?/i,
  /forget.{0,20}(everything|all).{0,20}(above|before)/i,
  /instead.{0,20}(of|do|write|say)/i,
  /system.{0,20}prompt/i,
  /you.{0,20}are.{0,20}now/i,
];

export function seedRegexFlags(text: string): boolean {
  return SEED_PATTERNS.some((p) => p.test(text));
}
