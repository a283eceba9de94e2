// Builds export documents (CSV, JSON or an XLSX workbook) from the workshop; the command decides where they go.
import type { WorkshopStore } from '../store/db.js';
import { prettyJsonArray } from '../domain/json-array.js';
import { type CsvDelimiter, csvPieces, toCsv } from './csv.js';
import { type ExportFilter, type ExportTable, TABLES, redactRow } from './tables.js';
import { addSheet, newWorkbook, workbookBytes } from './xlsx.js';

export { CSV_DELIMITERS, type CsvDelimiter } from './csv.js';

export { EXPORT_TABLES, type ExportTable } from './tables.js';

export type ExportFormat = 'csv' | 'json' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'xlsx'];

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
      const rows = [...TABLES[table].read(store, options.filter)];
      return { table, rows: options.redact ? rows.map(redactRow) : rows };
    }),
  );
}

/** One table's rows as JSON records (references as objects, README "JSON output"). */
export function tableRecords(exported: ExportedTable): Record<string, unknown>[] {
  return exported.rows.map(TABLES[exported.table].record);
}

/** One table as a file's text: CSV (BOM, CRLF, formulas neutralised) or a JSON array of records. */
export function renderTable(exported: ExportedTable, format: 'csv' | 'json', delimiter: CsvDelimiter = ','): string {
  if (format === 'json') return JSON.stringify(tableRecords(exported), null, 2) + '\n';
  return toCsv(exported.rows, TABLES[exported.table].columns, delimiter);
}

/**
 * One table as its file holds it (what renderTable() gives), written piece by piece as the rows are read:
 * `write` gets chunks of about 64 KiB, and no table is ever held whole (an export of 100,000 people stays
 * flat in memory; test/commands/streaming.test.ts). Call it inside `store.read()` for files that agree with
 * each other. Returns the number of rows.
 */
export function writeTable(
  store: WorkshopStore,
  table: ExportTable,
  options: ExportOptions,
  format: 'csv' | 'json',
  delimiter: CsvDelimiter,
  write: (chunk: string) => void,
): number {
  const spec = TABLES[table];
  let count = 0;
  const rows = (function* () {
    for (const row of spec.read(store, options.filter)) {
      count++;
      yield options.redact ? redactRow(row) : row;
    }
  })();
  if (format === 'json') {
    for (const piece of prettyJsonArray(rows, spec.record)) write(piece);
    write('\n');
  } else for (const piece of csvPieces(rows, spec.columns, delimiter)) write(piece);
  return count;
}

/** The words a workbook is written in: each sheet's name and each column's header, in the chosen language. */
export interface SheetWords {
  sheet: (table: ExportTable) => string;
  column: (header: string) => string;
}

/** Every table as a sheet of one XLSX workbook. */
export async function renderWorkbook(exported: readonly ExportedTable[], words: SheetWords, now: Date): Promise<Buffer> {
  const workbook = await newWorkbook(now);
  for (const e of exported) addSheet(workbook, { name: words.sheet(e.table), columns: TABLES[e.table].columns, rows: e.rows, label: words.column });
  return workbookBytes(workbook);
}

export function fileName(table: ExportTable, format: ExportFormat): string {
  return `${table}.${format}`;
}
