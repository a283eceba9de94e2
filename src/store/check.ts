// What `check` asks SQLite about a workshop file: page-level integrity, dangling references, the schema
// version, and how many rows each table holds.
import type { WorkshopStore } from './db.js';
import { TABLES, countRows } from './counts.js';

export interface ForeignKeyViolation {
  table: string;
  rowid: number;
  parent: string;
}

export interface FileHealth {
  /** SQLite's integrity_check lines: just "ok" for a sound file. */
  integrity: string[];
  foreign_key_violations: ForeignKeyViolation[];
  schema_version: number;
  counts: Record<string, number>;
}

export function fileHealth(store: WorkshopStore): FileHealth {
  const integrity = (store.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const violations = (store.db.pragma('foreign_key_check') as ForeignKeyViolation[]).map((r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }));
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = countRows(store, table);
  return { integrity, foreign_key_violations: violations, schema_version: store.schemaVersion(), counts };
}
