export { answerFingerprint } from './fingerprint.js';
export { BaselineError, fromStored, loadResultsFile, toStored, type StoredCaseResult } from './load-results.js';
export { createProgress, type ProgressReporter } from './progress.js';
export { REPORT_FORMATS, writeReport, type ReportFormat } from './write-report.js';
export { recordRun, type EvalRunStore } from './record-run.js';
