import type { Kysely } from 'kysely';
import type { EvalRunsTable, StoreDatabase } from '../schema.js';
import type { EvalCaseResult, EvalRun, EvalRunWithResults } from '../types.js';
import { parseJson } from './json.js';

const ROWS_PER_STATEMENT = 1_000;

export async function upsertEvalRun(db: Kysely<StoreDatabase>, run: EvalRun): Promise<void> {
  const row: EvalRunsTable = {
    id: run.id,
    prompt_id: run.promptId,
    version: run.version,
    started_at: run.startedAt,
    finished_at: run.finishedAt ?? null,
    summary: JSON.stringify(run.summary ?? {}),
  };
  await db
    .insertInto('eval_runs')
    .values(row)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        prompt_id: row.prompt_id,
        version: row.version,
        started_at: row.started_at,
        finished_at: row.finished_at,
        summary: row.summary,
      }),
    )
    .execute();
}

export async function upsertEvalResults(
  db: Kysely<StoreDatabase>,
  runId: string,
  results: EvalCaseResult[],
): Promise<void> {
  const rows = results.map((r) => ({
    run_id: runId,
    case_id: r.caseId,
    passed: r.passed ? 1 : 0,
    score: r.score,
    details: JSON.stringify(r.details ?? {}),
  }));
  if (rows.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      await trx
        .insertInto('eval_results')
        .values(rows.slice(i, i + ROWS_PER_STATEMENT))
        .onConflict((oc) =>
          oc.columns(['run_id', 'case_id']).doUpdateSet((eb) => ({
            passed: eb.ref('excluded.passed'),
            score: eb.ref('excluded.score'),
            details: eb.ref('excluded.details'),
          })),
        )
        .execute();
    }
  });
}

function fromRunRow(row: EvalRunsTable): EvalRun {
  return {
    id: row.id,
    promptId: row.prompt_id,
    version: row.version,
    startedAt: Number(row.started_at),
    ...(row.finished_at === null ? {} : { finishedAt: Number(row.finished_at) }),
    summary: parseJson<Record<string, unknown>>(row.summary, {}),
  };
}

export async function getEvalRun(db: Kysely<StoreDatabase>, id: string): Promise<EvalRunWithResults | undefined> {
  const run = await db.selectFrom('eval_runs').selectAll().where('id', '=', id).executeTakeFirst();
  if (run === undefined) return undefined;
  const results = await db.selectFrom('eval_results').selectAll().where('run_id', '=', id).orderBy('case_id').execute();
  return {
    ...fromRunRow(run),
    results: results.map((r) => ({
      caseId: r.case_id,
      passed: r.passed === 1,
      score: r.score,
      details: parseJson<Record<string, unknown>>(r.details, {}),
    })),
  };
}

/** Newest first. */
export async function listEvalRuns(
  db: Kysely<StoreDatabase>,
  query: { promptId?: string; limit: number },
): Promise<EvalRun[]> {
  let select = db.selectFrom('eval_runs').selectAll();
  if (query.promptId !== undefined) select = select.where('prompt_id', '=', query.promptId);
  const rows = await select.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
  return rows.map(fromRunRow);
}
