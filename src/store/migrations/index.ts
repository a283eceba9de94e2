import { initial } from './001-initial.js';
import { lookupIndexes } from './002-lookup-indexes.js';

/**
 * Ordered and append-only: a released migration is never edited, a change to the schema is a new entry at
 * the end. Each runs with its `PRAGMA user_version` bump in one transaction (see db.ts).
 */
export interface Migration {
  version: number;
  name: string;
  up: string;
}

export const migrations: readonly Migration[] = [initial, lookupIndexes];

export const SCHEMA_VERSION = migrations.length;
