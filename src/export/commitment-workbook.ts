// The follow-up workbook an OPD receives (`commitment export --format xlsx`): its commitments, with what the
// OPD may change unlocked (status from a drop-down, progress 0–100, report date, update note) and the rest
// (number, uuid, the commitment itself, where it stood when the sheet was made) locked, so that
// `commitment import` can match every row and tell what changed.
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../domain/commitments.js';
import type { CommitmentExportRow } from '../store/export-queries.js';
import type { CsvColumn } from './csv.js';
import { DATE_FORMAT, addSheet, newWorkbook, sheetDate, workbookBytes } from './xlsx.js';

/** The workbook's words in the chosen language. */
export interface RtlWords {
  column: (header: string) => string;
  status: (status: CommitmentStatus) => string;
  statusTitle: string;
  statusPrompt: string;
  statusError: string;
  progressTitle: string;
  progressPrompt: string;
  progressError: string;
  dateError: string;
}

/** Columns in order; `status`, `progress`, `date` and `note` are the ones the OPD fills in. */
function columns(words: RtlWords): CsvColumn<CommitmentExportRow>[] {
  return [
    { header: 'no', value: (c) => c.no },
    { header: 'uuid', value: (c) => c.uuid },
    { header: 'unit', value: (c) => c.unit_name },
    { header: 'idea_title', value: (c) => c.idea_title },
    { header: 'action', value: (c) => c.action },
    { header: 'owner', value: (c) => c.owner },
    { header: 'output', value: (c) => c.output },
    { header: 'indicator', value: (c) => c.indicator },
    { header: 'due_date', value: (c) => c.due_date },
    { header: 'status', value: (c) => words.status(c.status) },
    { header: 'progress', value: (c) => c.progress },
    { header: 'date', value: () => null },
    { header: 'note', value: () => null },
    { header: 'last_update', value: (c) => c.last_update },
    { header: 'last_note', value: (c) => c.last_note },
  ];
}

const EDITABLE = new Set(['status', 'progress', 'date', 'note']);
const RTL_HEADERS: Record<string, string> = { date: 'rtl.date', note: 'rtl.note' };

/** One OPD's workbook: a sheet named after the unit, protected except for the cells to fill in. */
export async function commitmentWorkbook(sheetName: string, rows: readonly CommitmentExportRow[], words: RtlWords, now: Date): Promise<Buffer> {
  const workbook = await newWorkbook(now);
  const cols = columns(words);
  const label = (header: string) => words.column(RTL_HEADERS[header] ?? header);
  // `date` is a day the OPD types, and `last_update` a day: both dates (addSheet knows `date` and `last_update`).
  const sheet = addSheet(workbook, { name: sheetName.replace(/[\\/?*[\]:]/g, ' '), columns: cols, rows, label });
  const statusList = `"${COMMITMENT_STATUSES.map((s) => words.status(s)).join(',')}"`;
  cols.forEach((column, i) => {
    if (!EDITABLE.has(column.header)) return;
    for (let r = 2; r <= rows.length + 1; r++) {
      const cell = sheet.getCell(r, i + 1);
      cell.protection = { locked: false };
      if (column.header === 'status') {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [statusList],
          showInputMessage: true,
          promptTitle: words.statusTitle,
          prompt: words.statusPrompt,
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: words.statusTitle,
          error: words.statusError,
        };
      } else if (column.header === 'progress') {
        cell.dataValidation = {
          type: 'whole',
          operator: 'between',
          allowBlank: true,
          formulae: [0, 100],
          showInputMessage: true,
          promptTitle: words.progressTitle,
          prompt: words.progressPrompt,
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: words.progressTitle,
          error: words.progressError,
        };
      } else if (column.header === 'date') {
        cell.numFmt = DATE_FORMAT;
        cell.dataValidation = { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [sheetDate('2000-01-01')!], showErrorMessage: true, errorStyle: 'stop', error: words.dateError };
      } else {
        cell.numFmt = '@';
        cell.alignment = { wrapText: true, vertical: 'top' };
      }
    }
    // The columns to fill in stand out from the locked ones.
    sheet.getCell(1, i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });
  // No password: the lock keeps numbers and uuids from being typed over by accident, it is no secret.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: false });
  return workbookBytes(workbook);
}
