import type { Kysely, Migration } from 'kysely';

// Migrations take Kysely<any>: they must keep working after the row types in schema.ts move on.
export const initial: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('ts', 'bigint', (c) => c.notNull())
      .addColumn('prompt_id', 'text')
      .addColumn('version', 'text')
      .addColumn('provider', 'text')
      .addColumn('model', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('http_status', 'integer', (c) => c.notNull())
      .addColumn('latency_ms', 'double precision', (c) => c.notNull())
      .addColumn('input_tokens', 'integer', (c) => c.notNull())
      .addColumn('output_tokens', 'integer', (c) => c.notNull())
      .addColumn('cost_usd', 'double precision')
      .addColumn('error_kind', 'text')
      .addColumn('error_message', 'text')
      .addColumn('input', 'text')
      .addColumn('output', 'text')
      .addColumn('attempts', 'text', (c) => c.notNull())
      .addColumn('fallback', 'integer', (c) => c.notNull())
      .addColumn('guard', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('requests_ts').on('requests').column('ts').execute();
    await db.schema.createIndex('requests_prompt_ts').on('requests').columns(['prompt_id', 'ts']).execute();

    await db.schema
      .createTable('prompt_versions')
      .addColumn('prompt_id', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('prompt_versions_pk', ['prompt_id', 'version'])
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('actor', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target', 'text')
      .addColumn('details', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'id']).execute();

    await db.schema
      .createTable('eval_runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('prompt_id', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('started_at', 'bigint', (c) => c.notNull())
      .addColumn('finished_at', 'bigint')
      .addColumn('summary', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('eval_runs_prompt_started')
      .on('eval_runs')
      .columns(['prompt_id', 'started_at'])
      .execute();

    await db.schema
      .createTable('eval_results')
      .addColumn('run_id', 'text', (c) => c.notNull().references('eval_runs.id').onDelete('cascade'))
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('passed', 'integer', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('eval_results_pk', ['run_id', 'case_id'])
      .execute();

    await db.schema
      .createTable('conversation_turns')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('conversation_id', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('conversation_turns_conversation')
      .on('conversation_turns')
      .columns(['conversation_id', 'id'])
      .execute();
    await db.schema
      .createIndex('conversation_turns_created')
      .on('conversation_turns')
      .column('created_at')
      .execute();
  },
  async down(db: Kysely<any>) {
    for (const table of ['conversation_turns', 'eval_results', 'eval_runs', 'audit_log', 'prompt_versions', 'requests']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
