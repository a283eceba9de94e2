// Reading back the follow-up sheet an OPD filled in (export/commitment-sheet.ts writes it): progress,
// status, note and date per commitment. Rows are matched by uuid, else by number; every problem is reported
// as line, field, problem before anything is written.
import { type TextFieldProblemCode, textFieldProblem } from '../domain/text-limits.js';
import { type CommitmentStatus, isValidProgress, nextCommitmentState } from '../domain/commitments.js';
import { parseIsoDate } from '../domain/dates.js';
import { commitmentUpdatesOn, hasCommitmentUpdate, latestCommitmentUpdate } from '../store/commitment-updates.js';
import { type CommitmentRow, findCommitmentById, findCommitmentByNo, findCommitmentByUuid } from '../store/commitments.js';
import type { WorkshopStore } from '../store/db.js';
import type { CsvRow } from './csv-records.js';
import type { Synonyms } from './headers.js';
import { lookup } from '../domain/lookup.js';

export const SHEET_FIELDS = ['no', 'uuid', 'progress', 'status', 'note', 'date', 'last_update', 'last_note'] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

export const SHEET_HEADERS: Synonyms<SheetField> = {
  no: ['no', 'no.', 'nomor', 'no rtl', 'nomor rtl', 'number'],
  uuid: ['uuid'],
  progress: ['progress', 'progres', 'progress %', 'kemajuan', 'kemajuan %', 'capaian', 'capaian %', 'realisasi', 'persentase'],
  status: ['status', 'status rtl'],
  note: ['note', 'notes', 'catatan', 'keterangan', 'catatan pembaruan', 'update note'],
  date: ['date', 'tanggal', 'tgl', 'tanggal laporan', 'tanggal update', 'report date'],
  // Where the commitment stood when the sheet was made (read only): tells what the OPD changed.
  last_update: ['last_update', 'pembaruan terakhir'],
  last_note: ['last_note', 'catatan terakhir'],
};

/** What OPDs write in the status column, in either language. */
const STATUS_WORDS: Record<string, CommitmentStatus> = {
  planned: 'planned',
  direncanakan: 'planned',
  rencana: 'planned',
  belum: 'planned',
  'belum mulai': 'planned',
  'in-progress': 'in-progress',
  'in progress': 'in-progress',
  berjalan: 'in-progress',
  'sedang berjalan': 'in-progress',
  proses: 'in-progress',
  'dalam proses': 'in-progress',
  done: 'done',
  selesai: 'done',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  batal: 'cancelled',
  dibatalkan: 'cancelled',
};

export type SheetProblemCode =
  | 'required'
  | 'notFound'
  | 'uuidMismatch'
  | 'duplicate'
  | 'progress'
  | 'status'
  | 'date'
  | 'doneNeedsNote'
  | TextFieldProblemCode;

export interface SheetProblem {
  line: number;
  field: SheetField;
  code: SheetProblemCode;
  value?: string;
  ref?: string | number;
}

export interface SheetUpdate {
  line: number;
  commitmentId: number;
  no: number;
  progress?: number;
  status?: CommitmentStatus;
  note?: string;
  date?: string;
}

/** Undoes the export's protection: `'=…` was written so a spreadsheet shows it as text; the value is `=…`. */
function cellText(value: string | undefined): string {
  const text = (value ?? '').trim();
  return /^'\s*[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** "60", "60%", "60,0" → 60; undefined when it is not a whole number 0–100. */
export function parseSheetProgress(text: string): number | undefined {
  const m = /^(\d{1,3})(?:[.,]0+)?\s*%?$/.exec(text);
  const n = m ? Number(m[1]) : NaN;
  return isValidProgress(n) ? n : undefined;
}

export function parseSheetStatus(text: string): CommitmentStatus | undefined {
  return lookup(STATUS_WORDS, text.toLowerCase().replace(/[_\s]+/g, ' ').trim());
}

/** ISO dates, and the day-first dates Indonesian Excel writes when it reformats a cell (7/11/2022, 07-11-2022). */
export function parseSheetDate(text: string): string | undefined {
  const iso = parseIsoDate(text);
  if (iso) return iso;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!m) return undefined;
  return parseIsoDate(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
}

type CommitmentState = Pick<CommitmentRow, 'id' | 'no' | 'uuid' | 'status' | 'progress'>;

/** Checks every row against the file; returns the updates to apply and every problem found. */
export function readSheetRows(store: WorkshopStore, rows: readonly CsvRow[], columns: Partial<Record<SheetField, number>>): { updates: SheetUpdate[]; problems: SheetProblem[] } {
  const updates: SheetUpdate[] = [];
  const problems: SheetProblem[] = [];
  const seen = new Map<number, number>();
  const cell = (row: CsvRow, field: SheetField) => (columns[field] === undefined ? '' : cellText(row.values[columns[field]]));
  for (const row of rows) {
    const line = row.line;
    const rowProblems: SheetProblem[] = [];
    const noText = cell(row, 'no');
    const uuidText = cell(row, 'uuid');
    let commitment: CommitmentState | undefined;
    if (uuidText !== '') {
      commitment = findCommitmentByUuid(store, uuidText);
      if (!commitment) rowProblems.push({ line, field: 'uuid', code: 'notFound', value: uuidText });
      else if (noText !== '' && noText !== String(commitment.no)) rowProblems.push({ line, field: 'uuid', code: 'uuidMismatch', value: noText, ref: commitment.no });
    } else if (noText !== '') {
      commitment = /^\d+$/.test(noText) ? findCommitmentByNo(store, Number(noText)) : undefined;
      if (!commitment) rowProblems.push({ line, field: 'no', code: 'notFound', value: noText });
    } else {
      rowProblems.push({ line, field: 'no', code: 'required' });
    }
    if (commitment) {
      const earlier = seen.get(commitment.id);
      if (earlier !== undefined) rowProblems.push({ line, field: uuidText !== '' ? 'uuid' : 'no', code: 'duplicate', value: String(commitment.no), ref: earlier });
      else seen.set(commitment.id, line);
    }
    const update: Partial<SheetUpdate> = { line };
    const progressText = cell(row, 'progress');
    if (progressText !== '') {
      update.progress = parseSheetProgress(progressText);
      if (update.progress === undefined) rowProblems.push({ line, field: 'progress', code: 'progress', value: progressText });
    }
    const statusText = cell(row, 'status');
    if (statusText !== '') {
      update.status = parseSheetStatus(statusText);
      if (update.status === undefined) rowProblems.push({ line, field: 'status', code: 'status', value: statusText });
    }
    const dateText = cell(row, 'date');
    if (dateText !== '') {
      update.date = parseSheetDate(dateText);
      if (update.date === undefined) rowProblems.push({ line, field: 'date', code: 'date', value: dateText });
    }
    const note = cell(row, 'note');
    const noteText = note === '' ? null : textFieldProblem('note', note);
    if (noteText) rowProblems.push({ line, field: 'note', ...noteText });
    else if (note !== '') update.note = note;
    if (rowProblems.length === 0 && commitment) {
      // The sheet shows the progress and status of the day it was made; a value left as it was is no report.
      const before = stateWhenExported(store, commitment, columns.last_update === undefined ? undefined : cell(row, 'last_update'), cell(row, 'last_note'));
      if (update.progress === before.progress) delete update.progress;
      if (update.status === before.status) delete update.status;
      // A row the OPD left as it was (no note, same progress and status) is no update at all.
      if (update.progress === undefined && update.status === undefined && update.note === undefined) continue;
      const next = nextCommitmentState(commitment, { progress: update.progress, status: update.status, note: update.note });
      if (!next.ok && next.problem.field === 'note') rowProblems.push({ line, field: 'note', code: 'doneNeedsNote', ref: next.problem.progress });
      else updates.push({ ...update, line, commitmentId: commitment.id, no: commitment.no });
    }
    problems.push(...rowProblems);
  }
  return { updates, problems };
}

/**
 * The commitment's progress and status when the sheet was exported: the history entry the sheet names in
 * last_update / last_note, the starting state when it names none, the current state when the sheet has no
 * last_update column at all.
 */
function stateWhenExported(store: WorkshopStore, c: CommitmentState, lastUpdate: string | undefined, lastNote: string): { progress: number; status: CommitmentStatus } {
  if (lastUpdate === undefined) return c;
  if (lastUpdate === '') return latestCommitmentUpdate(store, c.id) ? { progress: 0, status: 'planned' } : c;
  const candidates = commitmentUpdatesOn(store, c.id, parseSheetDate(lastUpdate) ?? lastUpdate);
  const found = candidates.find((h) => (h.note ?? '') === lastNote) ?? candidates[0];
  return found ? { progress: found.progress ?? c.progress, status: found.status ?? c.status } : c;
}

/**
 * True when this row was already applied: the commitment stands where the row says (and the note is the
 * latest one), or its history holds an update with these values, so re-importing an old sheet never moves
 * a commitment back.
 */
export function alreadyApplied(store: WorkshopStore, u: SheetUpdate): boolean {
  const current = findCommitmentById(store, u.commitmentId);
  if (!current) return false;
  const latest = latestCommitmentUpdate(store, u.commitmentId);
  const stateSame = (u.progress === undefined || u.progress === current.progress) && (u.status === undefined || u.status === current.status);
  if (stateSame && (u.note === undefined || (latest?.note === u.note && (u.date === undefined || latest.date === u.date)))) return true;
  return hasCommitmentUpdate(store, u.commitmentId, u);
}
