import type { Migration } from 'kysely';
import { initial } from './0001-initial.js';

/**
 * Every schema change, in order. Names sort lexically and are never renamed; a later feature adds
 * `000N-<what>.ts` here instead of editing an applied migration.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};
