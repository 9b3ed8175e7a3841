/** snake_case spellings accepted for case fields, mapped to the canonical camelCase. */
const SNAKE: Record<string, string> = {
  expected_elements: 'expectedElements',
  expected_tone: 'expectedTone',
  max_tokens: 'maxTokens',
  top_p: 'topP',
  test_cases: 'testCases',
  assert: 'assertions',
};

export function canonical(key: string): string {
  return SNAKE[key] ?? key;
}

/** Levenshtein distance, for "did you mean" hints on misspelt field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export function suggest(key: string, known: readonly string[]): string {
  const lower = canonical(key).toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
