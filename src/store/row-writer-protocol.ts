import type { RequestsTable } from './schema.js';

/** Which database the writer thread opens. */
export interface RowWriterTarget {
  path: string;
  display: string;
}

export interface RowBatch {
  id: number;
  rows: RequestsTable[];
}

/** The answer to one batch: no error means it is committed. */
export interface RowBatchDone {
  id: number;
  error?: { message: string; code?: string };
}
