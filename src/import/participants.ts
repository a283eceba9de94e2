// Participant rows from a registration spreadsheet: which headers mean what, what makes a row invalid, and
// the import itself (duplicates by NIP or e-mail, unknown units created, all or nothing by default).
import { checkNip } from '../domain/nip.js';
import { type ParticipantRole, checkEmail, checkPhone, duplicateKey, looksLikeFormula, parseRole } from '../domain/participant.js';
import type { WorkshopStore } from '../store/db.js';
import { type ImportRecord, ParticipantImportWriter, importTransaction } from '../store/participants.js';
import type { CsvRow } from './csv.js';
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

export type DuplicatePolicy = 'skip' | 'update' | 'error';
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['skip', 'update', 'error'];

export interface ImportOptions {
  onDuplicate: DuplicatePolicy;
  skipInvalid: boolean;
  dryRun: boolean;
  /** About how many rows the file has: a large import into a small table loads in bulk (see ParticipantImportWriter). */
  expectedRows?: number;
  onProgress?: (rows: number) => void;
}

export interface ImportResult {
  rows: number;
  added: number;
  updated: number;
  duplicates: number;
  invalid: RowProblem[];
  warnings: RowProblem[];
  units_created: string[];
  dry_run: boolean;
  /** False when nothing was written: a dry run, or invalid rows without --skip-invalid. */
  written: boolean;
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

/**
 * Validates every row, sorts out duplicates against the file and within it, and writes the new people batch
 * by batch (the event loop gets a turn in between, for a progress bar), all in one transaction that is
 * committed only at the end: rolled back when a row is invalid (unless skipInvalid) and on a dry run.
 */
export async function importParticipants(
  store: WorkshopStore,
  batches: AsyncIterable<CsvRow[]> | Iterable<CsvRow[]>,
  columns: Partial<Record<ParticipantImportField, number>>,
  options: ImportOptions,
): Promise<ImportResult> {
  // A large import touches more pages than SQLite's default 2 MB cache holds; without a bigger cache it
  // spills pages to the WAL mid-transaction and reads them back.
  if (!options.dryRun) store.db.pragma('cache_size = -131072');
  return importTransaction(store, !options.dryRun, async () => {
    const writer = new ParticipantImportWriter(store, !options.dryRun, options.expectedRows);
    const invalid: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    /** The first row of each person in this file (until written), its line, and their number once written. */
    const firstSeen = new Map<string, { row?: CleanRow; line: number; no?: number }>();
    let rows = 0;
    let added = 0;
    let updated = 0;
    let duplicates = 0;
    // All or nothing: after the first invalid row nothing more is written; the transaction is rolled back.
    let writing = true;
    const stop = () => {
      if (!options.skipInvalid) writing = false;
    };
    for await (const batch of batches) {
      rows += batch.length;
      const pending: CleanRow[] = [];
      const pendingSeen: ({ row?: CleanRow; line: number; no?: number } | undefined)[] = [];
      for (const csvRow of batch) {
        const result = validateRow(csvRow, columns);
        if (result.warnings.length > 0) warnings.push(...result.warnings);
        if (!result.clean) {
          invalid.push(...result.problems);
          stop();
          continue;
        }
        const row = result.clean;
        const key = duplicateKey(row);
        const existingId = key === undefined ? undefined : writer.byKey.get(key);
        const earlier = key === undefined ? undefined : firstSeen.get(key);
        if (existingId === undefined && earlier === undefined) {
          const seen = key === undefined ? undefined : { row, line: row.line };
          if (seen) firstSeen.set(key!, seen);
          pending.push(row);
          pendingSeen.push(seen);
          added++;
          continue;
        }
        duplicates++;
        const field = row.nip ? 'nip' : 'email';
        if (options.onDuplicate === 'error') {
          invalid.push(
            existingId !== undefined
              ? { line: row.line, field, code: 'duplicate.registered', ref: writer.labelOf(existingId) }
              : { line: row.line, field, code: 'duplicate.inFile', ref: earlier!.line },
          );
          stop();
        } else if (options.onDuplicate === 'update') {
          if (existingId !== undefined) {
            if (writer.changedFields(existingId, row).length > 0) {
              updated++;
              if (writing) writer.update(existingId, row);
            }
          } else if (earlier!.row) {
            Object.assign(earlier!.row, withoutNulls(row), { line: earlier!.line });
          } else if (writing) writer.patchImported(earlier!.no!, row);
        }
      }
      if (writing) {
        const first = writer.insert(pending);
        pendingSeen.forEach((seen, i) => {
          if (seen && first !== undefined) {
            seen.no = first + i;
            seen.row = undefined;
          }
        });
      }
      options.onProgress?.(batch.length);
    }
    const result: ImportResult = {
      rows,
      added,
      updated,
      duplicates,
      invalid,
      warnings,
      units_created: writer.unitsCreated,
      dry_run: options.dryRun,
      written: false,
    };
    if (invalid.length > 0 && !options.skipInvalid) return { value: { ...result, added: 0, updated: 0, units_created: [] }, commit: false };
    if (options.dryRun || added + updated === 0) return { value: result, commit: false };
    writer.restoreIndexes();
    store.audit({
      action: 'import',
      entity: 'participant',
      fields: Object.keys(columns),
      detail: `added ${added}, updated ${updated}, duplicates ${duplicates}, invalid rows ${new Set(invalid.map((p) => p.line)).size}, units created ${writer.unitsCreated.length}`,
    });
    return { value: { ...result, written: true }, commit: true };
  });
}

function withoutNulls(row: CleanRow): Partial<CleanRow> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as Partial<CleanRow>;
}
