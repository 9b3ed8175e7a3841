import { sql } from 'kysely';
import { openStore } from '../../src/store/index.js';

/** Creates a SQLite database a gateway can open and migrate but cannot record prompt versions in. */
export async function createStoreRefusingPromptVersions(path: string): Promise<void> {
  const store = await openStore({ url: `sqlite:${path}` });
  await sql`create trigger refuse before insert on prompt_versions begin select raise(abort, 'refused by the test'); end`.execute(store.db);
  await store.close();
}
