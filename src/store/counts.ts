// How many of each thing the file holds: the dashboard's counts, people per unit for `unit list`, rows per
// table for `check`.
import type { IdeaStatus } from '../domain/idea-status.js';
import type { WorkshopStore } from './db.js';

/** Every table of the schema, in the order `check` lists them. */
export const TABLES = ['unit', 'participant', 'attendance', 'idea', 'idea_status_history', 'criterion', 'score', 'commitment', 'commitment_update', 'audit_log'] as const;
export type TableName = (typeof TABLES)[number];

export function countRows(store: WorkshopStore, table: TableName): number {
  // The name comes from TABLES, never from the user: safe to splice into the statement.
  return store.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
}

/** Unit id → how many people are registered in it (units nobody is in are absent). */
export function participantsPerUnit(store: WorkshopStore): Map<number, number> {
  const rows = store.db.prepare('SELECT unit_id, COUNT(*) AS n FROM participant WHERE unit_id IS NOT NULL GROUP BY unit_id').all() as { unit_id: number; n: number }[];
  return new Map(rows.map((r) => [r.unit_id, r.n]));
}

/** How many ideas each unit has in each status (only the pairs that occur). */
export function ideaCountsByUnitAndStatus(store: WorkshopStore): { unit_id: number; status: IdeaStatus; n: number }[] {
  return store.db.prepare('SELECT unit_id, status, COUNT(*) AS n FROM idea GROUP BY unit_id, status').all() as { unit_id: number; status: IdeaStatus; n: number }[];
}
