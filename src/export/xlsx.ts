// XLSX workbooks for the people who open exports in Excel (exceljs, loaded only by the commands that write
// one). Identifiers (NIP, phone, uuid, email) are text cells, so Excel never turns a NIP into 1,97E+17;
// dates are real dates shown day-first as Indonesian offices write them; no cell is ever a formula.
import type { Workbook, Worksheet } from 'exceljs';
import type { CsvColumn, CsvValue } from './csv.js';

/** Columns whose values are identifiers: text cells, and the whole column formatted as Text for rows typed later. */
const TEXT_COLUMNS = new Set(['nip', 'phone', 'uuid', 'participant_uuid', 'email']);
const DATE_COLUMNS = new Set(['date', 'due_date', 'last_update']);
const TIME_COLUMNS = new Set(['created_at', 'updated_at', 'checked_in_at']);

export const DATE_FORMAT = 'dd/mm/yyyy';
const TIME_FORMAT = 'dd/mm/yyyy hh:mm';

export interface SheetSpec<Row> {
  name: string;
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
  /** The header a person reads, for a column's stable snake_case name. */
  label: (header: string) => string;
}

export async function newWorkbook(now: Date): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'innolab';
  workbook.created = now;
  workbook.modified = now;
  return workbook;
}

/**
 * "2022-11-07" → that day; "2022-11-07T08:15:00+07:00" → that wall-clock time. Excel dates have no time zone:
 * the time shown is the one written, whatever the offset. Anything else stays text.
 */
export function sheetDate(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

type CellValue = string | number | Date | null;

function cellValue(header: string, value: CsvValue): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (DATE_COLUMNS.has(header) || TIME_COLUMNS.has(header)) return sheetDate(value) ?? value;
  return value;
}

function displayLength(value: CellValue, header: string): number {
  if (value === null) return 0;
  if (value instanceof Date) return TIME_COLUMNS.has(header) ? 16 : 10;
  const text = String(value);
  return Math.max(...text.split('\n').map((l) => l.length));
}

/** Adds one table as a sheet: bold frozen header row, autofilter, widths from the content. */
export function addSheet<Row>(workbook: Workbook, spec: SheetSpec<Row>): Worksheet {
  const sheet = workbook.addWorksheet(spec.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = spec.columns.map((c) => c.header);
  sheet.addRow(headers.map((h) => spec.label(h)));
  sheet.getRow(1).font = { bold: true };
  const widths = headers.map((h) => spec.label(h).length);
  for (const row of spec.rows) {
    const values = spec.columns.map((c) => cellValue(c.header, c.value(row)));
    const added = sheet.addRow(values);
    values.forEach((v, i) => {
      const header = headers[i]!;
      const cell = added.getCell(i + 1);
      if (v instanceof Date) cell.numFmt = TIME_COLUMNS.has(header) ? TIME_FORMAT : DATE_FORMAT;
      else if (typeof v === 'string') cell.numFmt = '@';
      if (typeof v === 'string' && v.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
      widths[i] = Math.max(widths[i]!, displayLength(v, header));
    });
  }
  headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(60, Math.max(6, widths[i]! + 2));
    if (TEXT_COLUMNS.has(h)) column.numFmt = '@';
  });
  if (headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return sheet;
}

export async function workbookBytes(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
