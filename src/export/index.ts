// Builds export documents (CSV or JSON) from the workshop; the command decides where they go.
import type { WorkshopStore } from '../store/db.js';
import { type CsvColumn, toCsv } from './csv.js';
import { EXPORT_COLUMNS, type ExportFilter, type ExportRecord, type ExportTable, PLAIN_NUMBER_COLUMNS, readTable, redactRecord } from './tables.js';

export { EXPORT_TABLES, type ExportTable } from './tables.js';

export type ExportFormat = 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json'];

export interface ExportOptions {
  format: ExportFormat;
  redact: boolean;
  filter: ExportFilter;
}

export interface ExportedTable {
  table: ExportTable;
  records: ExportRecord[];
}

/** Reads every requested table in one read transaction, so the files agree with each other. */
export function collectTables(store: WorkshopStore, tables: readonly ExportTable[], options: ExportOptions): ExportedTable[] {
  return store.read(() =>
    tables.map((table) => {
      const records = readTable(store, table, options.filter);
      return { table, records: options.redact ? records.map(redactRecord) : records };
    }),
  );
}

export function csvColumns(table: ExportTable): CsvColumn<ExportRecord>[] {
  return EXPORT_COLUMNS[table].map((name) => ({ header: name, value: (r: ExportRecord) => r[name], plainNumber: PLAIN_NUMBER_COLUMNS.has(name) }));
}

/** One table as a file's text: CSV (BOM, CRLF, formulas neutralised) or a JSON array of records. */
export function renderTable(exported: ExportedTable, format: ExportFormat): string {
  if (format === 'json') return JSON.stringify(exported.records, null, 2) + '\n';
  return toCsv(exported.records, csvColumns(exported.table));
}

export function fileName(table: ExportTable, format: ExportFormat): string {
  return `${table}.${format}`;
}
