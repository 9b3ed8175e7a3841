export { testResultLines, type ChangelogFigures } from './changelog.js';
export { brief, compareResults, renderComparison, type CaseBrief, type ComparisonRow } from './compare.js';
export { writeHtmlReport, writeJsonReport, writeJunitReport, type ReportRun, type Write } from './files.js';
export { allowedDrop, detectRegressions, renderRegressions, type RegressionOptions, type RegressionReport } from './regression.js';
export { renderTerminal, summaryLine, type TerminalOptions } from './terminal.js';
