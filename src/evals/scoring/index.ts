export { DEFAULT_THRESHOLD, DEFAULT_WEIGHTS, formatChecks, lexicalRelevance, scoreQuality, type QualityScore, type ScoreInput } from './quality-score.js';
export { failureReasons } from './verdict.js';
export { RepeatAccumulator, type RepeatSummary } from './repeat.js';
