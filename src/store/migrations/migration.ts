/**
 * One step of the schema. Steps are ordered and append-only: a released step is never edited, a change to
 * the schema is a new step at the end (listed in index.ts). Each runs with its `PRAGMA user_version` bump in
 * one transaction (see store/schema.ts).
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
