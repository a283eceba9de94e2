// One participant row of a registration spreadsheet checked on its own: which headers mean what and what
// makes a row invalid, and the batches of valid rows the import writes.
import { checkNip } from '../domain/nip.js';
import { type ParticipantRole, checkEmail, checkPhone, looksLikeFormula, parseRole } from '../domain/participant.js';
import { IMPORT_OFFSET, IMPORT_WIDTH, type ImportRecord } from '../store/participants.js';
import type { CsvRow, CsvStream } from './csv.js';
import type { Synonyms } from './headers.js';

export const PARTICIPANT_IMPORT_FIELDS = ['name', 'nip', 'position', 'unit', 'phone', 'email', 'role'] as const;
export type ParticipantImportField = (typeof PARTICIPANT_IMPORT_FIELDS)[number];

export const PARTICIPANT_HEADERS: Synonyms<ParticipantImportField> = {
  name: ['nama', 'nama lengkap', 'nama peserta', 'nama lengkap dan gelar', 'name', 'full name'],
  nip: ['nip', 'nip/nik', 'nomor induk pegawai', 'nip baru'],
  position: ['jabatan', 'position', 'job title', 'title'],
  unit: ['opd', 'instansi', 'asal instansi', 'unit kerja', 'perangkat daerah', 'unit', 'satuan kerja', 'satker', 'skpd', 'organisasi'],
  phone: ['no hp', 'no. hp', 'nomor hp', 'hp', 'wa', 'no wa', 'whatsapp', 'no. wa', 'telepon', 'telp', 'no telp', 'no. telp', 'phone', 'mobile'],
  email: ['email', 'e-mail', 'surel', 'alamat email', 'email address'],
  role: ['peran', 'role', 'sebagai', 'keterangan peran'],
};

export type ProblemCode =
  | 'required'
  | 'formula'
  | 'nip.length'
  | 'nip.birthDate'
  | 'nip.gender'
  | 'nip.appointment'
  | 'email'
  | 'phone'
  | 'role'
  | 'duplicate.registered'
  | 'duplicate.inFile';

export interface RowProblem {
  line: number;
  field: ParticipantImportField;
  code: ProblemCode;
  /** What the problem refers to: the person already registered, or the earlier line. */
  ref?: string | number;
}

/** A valid row, values cleaned; null = the file did not give it. */
export interface CleanRow extends ImportRecord {
  line: number;
}

/** Office placeholders for "nothing": empty, "-", "–". */
function cell(values: readonly string[], index: number | undefined): string | null {
  if (index === undefined) return null;
  const v = (values[index] ?? '').trim();
  return v === '' || v === '-' || v === '–' || v === '—' ? null : v;
}

/**
 * A cell that a spreadsheet or `innolab export` marked as text with a leading apostrophe ('=…, '-…): the
 * apostrophe is not part of the value, and the value is deliberate text, not a formula.
 */
function markedText(value: string | null): { value: string | null; marked: boolean } {
  if (value !== null && value.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(value)) return { value: value.slice(1), marked: true };
  return { value, marked: false };
}

/** No problems: shared, never written to (most rows have none; an array each is garbage to collect). */
const NONE: readonly RowProblem[] = Object.freeze([]);

/** Roles as written, parsed once per spelling (a file repeats a handful of them thousands of times). */
const roleSpellings = new Map<string, ParticipantRole | null>();

function roleOf(raw: string): ParticipantRole | null {
  let role = roleSpellings.get(raw);
  if (role === undefined) {
    role = parseRole(raw) ?? null;
    if (roleSpellings.size < 256) roleSpellings.set(raw, role);
  }
  return role;
}

export function validateRow(
  row: CsvRow,
  columns: Partial<Record<ParticipantImportField, number>>,
): { clean?: CleanRow; problems: readonly RowProblem[]; warnings: readonly RowProblem[] } {
  const { line, values } = row;
  let problems: RowProblem[] | undefined;
  let warnings: RowProblem[] | undefined;
  const problem = (field: ParticipantImportField, code: ProblemCode) => (problems ??= []).push({ line, field, code });
  const { value: name, marked: nameMarked } = markedText(cell(values, columns.name));
  if (name === null) problem('name', 'required');
  else if (!nameMarked && looksLikeFormula(name)) problem('name', 'formula');
  let nip: string | null = null;
  const rawNip = cell(values, columns.nip);
  if (rawNip !== null) {
    const check = checkNip(rawNip);
    if (!check.ok) problem('nip', `nip.${check.problem}`);
    else {
      nip = check.nip;
      if (check.warnings.includes('appointment')) (warnings ??= []).push({ line, field: 'nip', code: 'nip.appointment' });
    }
  }
  let email: string | null = null;
  const rawEmail = cell(values, columns.email);
  if (rawEmail !== null) {
    const check = checkEmail(rawEmail);
    if (!check.ok || looksLikeFormula(rawEmail)) problem('email', 'email');
    else email = check.email;
  }
  let phone: string | null = null;
  const rawPhone = cell(values, columns.phone);
  if (rawPhone !== null) {
    const check = checkPhone(rawPhone);
    if (!check.ok) problem('phone', 'phone');
    else phone = check.phone;
  }
  let role: ParticipantRole | null = null;
  const rawRole = cell(values, columns.role);
  if (rawRole !== null) {
    role = roleOf(rawRole);
    if (role === null) problem('role', 'role');
  }
  const { value: position, marked: positionMarked } = markedText(cell(values, columns.position));
  if (position !== null && !positionMarked && looksLikeFormula(position)) problem('position', 'formula');
  const { value: unit, marked: unitMarked } = markedText(cell(values, columns.unit));
  if (unit !== null && !unitMarked && looksLikeFormula(unit)) problem('unit', 'formula');
  if (problems) return { problems, warnings: warnings ?? NONE };
  return { clean: { line, name: name!, nip, position, unit, phone, email, role }, problems: NONE, warnings: warnings ?? NONE };
}

const RECORD_FIELDS = Object.keys(IMPORT_OFFSET) as (keyof ImportRecord)[];

/** A batch of rows validated, the valid ones as flat arrays (see IMPORT_OFFSET: no object per row). */
export interface ValidatedBatch {
  /** Data rows in the batch, valid or not. */
  rows: number;
  /** The line of each valid row. */
  lines: number[];
  /** The values of the valid rows, IMPORT_WIDTH per row (see IMPORT_OFFSET); null = not in the file. */
  values: (string | null)[];
  /** Invalid rows' problems and every row's warnings, in file order. */
  problems: RowProblem[];
  warnings: RowProblem[];
}

export function validateBatch(rows: readonly CsvRow[], columns: Partial<Record<ParticipantImportField, number>>): ValidatedBatch {
  const batch: ValidatedBatch = { rows: rows.length, lines: [], values: [], problems: [], warnings: [] };
  for (const row of rows) {
    const result = validateRow(row, columns);
    for (const w of result.warnings) batch.warnings.push(w);
    if (!result.clean) {
      for (const p of result.problems) batch.problems.push(p);
      continue;
    }
    batch.lines.push(row.line);
    const at = batch.values.length;
    for (const field of RECORD_FIELDS) batch.values[at + IMPORT_OFFSET[field]] = result.clean[field];
  }
  return batch;
}

/** Valid row i of a batch as an object again. */
export function recordAt(batch: ValidatedBatch, i: number): CleanRow {
  const row: Record<string, unknown> = { line: batch.lines[i]! };
  for (const field of RECORD_FIELDS) row[field] = batch.values[i * IMPORT_WIDTH + IMPORT_OFFSET[field]];
  return row as unknown as CleanRow;
}

/** A CSV's data rows, validated, batch by batch in file order. */
export async function* validatedBatches(stream: CsvStream, columns: Partial<Record<ParticipantImportField, number>>): AsyncGenerator<ValidatedBatch> {
  for await (const rows of stream.batches) yield validateBatch(rows, columns);
}
