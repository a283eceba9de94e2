// What `check` asks SQLite about a workshop file: page-level integrity, dangling references, the schema
// version, and how many rows each table holds.
import type { WorkshopStore } from './db.js';
import { TABLES, countRows } from './counts.js';
import { DATE_RANGE, workshopDatesProblem } from '../domain/dates.js';

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
  /** Stored values out of their range, each as "table.column = value": the file opens, but commands fail on them. */
  problems: string[];
}

export function fileHealth(store: WorkshopStore): FileHealth {
  const integrity = (store.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const violations = (store.db.pragma('foreign_key_check') as ForeignKeyViolation[]).map((r) => ({ table: r.table, rowid: r.rowid, parent: r.parent }));
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = countRows(store, table);
  return { integrity, foreign_key_violations: violations, schema_version: store.schemaVersion(), counts, problems: valueProblems(store) };
}

/** Values no innolab command writes (dates out of range), left by another tool or an older innolab. */
function valueProblems(store: WorkshopStore): string[] {
  const problems: string[] = [];
  const dates = store.db.prepare('SELECT start_date, end_date FROM workshop WHERE id = 1').get() as { start_date: unknown; end_date: unknown } | undefined;
  const bad = dates ? workshopDatesProblem(dates.start_date, dates.end_date) : undefined;
  if (bad) problems.push(`workshop.${bad.field} = ${bad.value}`);
  const dues = store.db
    .prepare("SELECT no, due_date FROM commitment WHERE typeof(due_date) <> 'text' OR due_date NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' OR due_date < ? OR due_date > ? ORDER BY no LIMIT 20")
    .all(DATE_RANGE.from, DATE_RANGE.to) as { no: number; due_date: unknown }[];
  for (const c of dues) problems.push(`commitment ${c.no}: due_date = ${String(c.due_date)}`);
  return problems;
}
