// Builds export documents (CSV or JSON) from the workshop; the command decides where they go.
import type { WorkshopStore } from '../store/db.js';
import { toCsv } from './csv.js';
import { type ExportFilter, type ExportTable, TABLES, redactRow } from './tables.js';

export { EXPORT_TABLES, type ExportTable } from './tables.js';

export type ExportFormat = 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json'];

export interface ExportOptions {
  redact: boolean;
  filter: ExportFilter;
}

export interface ExportedTable {
  table: ExportTable;
  rows: unknown[];
}

/** Reads every requested table in one read transaction, so the files agree with each other. */
export function collectTables(store: WorkshopStore, tables: readonly ExportTable[], options: ExportOptions): ExportedTable[] {
  return store.read(() =>
    tables.map((table) => {
      const rows = TABLES[table].read(store, options.filter);
      return { table, rows: options.redact ? rows.map(redactRow) : rows };
    }),
  );
}

/** One table's rows as JSON records (references as objects, README "JSON output"). */
export function tableRecords(exported: ExportedTable): Record<string, unknown>[] {
  return exported.rows.map(TABLES[exported.table].record);
}

/** One table as a file's text: CSV (BOM, CRLF, formulas neutralised) or a JSON array of records. */
export function renderTable(exported: ExportedTable, format: ExportFormat): string {
  if (format === 'json') return JSON.stringify(tableRecords(exported), null, 2) + '\n';
  return toCsv(exported.rows, TABLES[exported.table].columns);
}

export function fileName(table: ExportTable, format: ExportFormat): string {
  return `${table}.${format}`;
}
