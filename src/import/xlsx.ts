// Reading an XLSX workbook as the rows of one sheet (exceljs, loaded only when a workbook is imported), so
// that every import takes a workbook with the same rules, messages and all-or-nothing behaviour as a CSV:
// a row's "line" is its row number in the sheet.
import type { CellValue, Workbook } from 'exceljs';
import { UsageError } from '../errors.js';
import type { CsvRow } from './csv-records.js';

/** A ZIP archive (every XLSX is one) starts with "PK\x03\x04". */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as the text a CSV of it would hold. A number is written as its shortest form, in full below 1e21
 * ("197404182003122000", so that a NIP Excel rounded is recognised for what it is); a date as ISO (a day, or a day and time); a formula
 * as its result; rich text and links as their text.
 */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return markedText(value);
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER ? excelDigits(value) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const h = value.getUTCHours();
    const m = value.getUTCMinutes();
    return h === 0 && m === 0 && value.getUTCSeconds() === 0 ? day : `${day}T${pad(h)}:${pad(m)}`;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('result' in value) return cellText((value.result ?? null) as CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * A whole number too long for a double to hold exactly (a NIP typed into a number cell), as Excel keeps it:
 * 15 significant digits, then zeros. The digits beyond the 15th are gone whichever program saved the cell,
 * so the import says so (a NIP ending in 000) rather than take a near miss for a real NIP.
 */
function excelDigits(value: number): string {
  const [mantissa, exponent] = Math.abs(value).toExponential(14).split('e') as [string, string];
  return (value < 0 ? '-' : '') + mantissa.replace('.', '').padEnd(Number(exponent) + 1, '0');
}

/**
 * A text cell is text, never a formula, even when it starts with = + - @ (a name exported as it was typed).
 * Such a value reads with the apostrophe a spreadsheet uses to mark text, which the imports take off, so it is
 * imported as given instead of refused as a formula. A sign before digits only (a phone, a negative number)
 * is left alone.
 */
function markedText(value: string): string {
  return /^\s*[=+\-@]/.test(value) && !/^[+-]?[\d\s().-]+$/.test(value) ? `'${value.trimStart()}` : value;
}

async function loadWorkbook(bytes: Uint8Array, file: string): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new UsageError('xlsx.unreadable', { file, reason: (error as Error).message });
  }
  return workbook;
}

/** The non-blank rows of one sheet (`sheet` by name, any case; else the first), numbered as the sheet numbers them. */
export async function readXlsxRows(bytes: Uint8Array, file: string, sheet?: string): Promise<CsvRow[]> {
  const workbook = await loadWorkbook(bytes, file);
  const sheets = workbook.worksheets;
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name.trim().toLowerCase() === sheet.trim().toLowerCase());
  if (!chosen) throw new UsageError('xlsx.sheetMissing', { file, sheet: sheet ?? '', sheets: sheets.map((s) => s.name).join(', ') });
  const rows: CsvRow[] = [];
  chosen.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cellText(cell.value).replace(/\r\n?/g, '\n');
    });
    for (let i = 0; i < values.length; i++) values[i] ??= '';
    if (values.some((v) => v.trim() !== '')) rows.push({ line: rowNumber, values });
  });
  return rows;
}
