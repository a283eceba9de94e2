import { initial } from './001-initial.js';
import { lookupIndexes } from './002-lookup-indexes.js';
import { participantIndexes } from './003-participant-indexes.js';
import { participantEmailIndex } from './004-participant-email-index.js';

/**
 * Ordered and append-only: a released migration is never edited, a change to the schema is a new entry at
 * the end. Each runs with its `PRAGMA user_version` bump in one transaction (see db.ts).
 */
export interface Migration {
  version: number;
  name: string;
  up: string;
  /**
   * The migration drops and re-creates a table others refer to: it runs with foreign keys off (else dropping
   * the table would delete or empty the rows that point at it), and must leave `foreign_key_check` clean.
   */
  rebuildsTables?: boolean;
}

export const migrations: readonly Migration[] = [initial, lookupIndexes, participantIndexes, participantEmailIndex];

export const SCHEMA_VERSION = migrations.length;
