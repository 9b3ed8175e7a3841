import type { RunSummary } from '../runner/index.js';
import { signed } from './format.js';

export interface ChangelogFigures {
  unit: RunSummary;
  /** Workflow (integration) suites, when there are any. */
  integration?: { passed: number; total: number };
  /** The previous version's run, for the delta. */
  previous?: { version: string; summary: RunSummary };
}

/** The bullet lines of the version's "Test Results" section, in the guide's wording. */
export function testResultLines({ unit, integration, previous }: ChangelogFigures): string[] {
  const lines = [`Unit tests: ${unit.passed}/${unit.total} passed`];
  if (integration) lines.push(`Integration tests: ${integration.passed}/${integration.total} passed`);
  lines.push(`Pass rate: ${(unit.passRate * 100).toFixed(1)}%`);
  const quality = `Mean quality score: ${unit.meanScore.toFixed(2)}`;
  lines.push(previous ? `${quality} (${signed(unit.meanScore - previous.summary.meanScore, 2)} vs ${previous.version})` : quality);
  if (previous) {
    const points = (unit.passRate - previous.summary.passRate) * 100;
    lines.push(`Pass rate vs ${previous.version}: ${signed(points, 1)} points`);
  }
  return lines;
}
