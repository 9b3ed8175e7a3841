export { insertAudit, listAudit } from './audit.js';
export { getTurns, purgeTurns, saveTurn } from './conversations.js';
export { getEvalRun, listEvalRuns, upsertEvalResults, upsertEvalRun } from './eval-runs.js';
export { listPromptVersions, recordPromptVersion } from './prompt-versions.js';
export { listRequests, requestInsertQueries, toRequestRow } from './requests.js';
