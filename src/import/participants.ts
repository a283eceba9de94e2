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

export function validateRow(row: CsvRow, columns: Partial<Record<ParticipantImportField, number>>): { clean?: CleanRow; problems: RowProblem[]; warnings: RowProblem[] } {
  const { line, values } = row;
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const name = cell(values, columns.name);
  if (name === null) problems.push({ line, field: 'name', code: 'required' });
  else if (looksLikeFormula(name)) problems.push({ line, field: 'name', code: 'formula' });
  let nip: string | null = null;
  const rawNip = cell(values, columns.nip);
  if (rawNip !== null) {
    const check = checkNip(rawNip);
    if (!check.ok) problems.push({ line, field: 'nip', code: `nip.${check.problem}` });
    else {
      nip = check.nip;
      if (check.warnings.includes('appointment')) warnings.push({ line, field: 'nip', code: 'nip.appointment' });
    }
  }
  let email: string | null = null;
  const rawEmail = cell(values, columns.email);
  if (rawEmail !== null) {
    const check = checkEmail(rawEmail);
    if (!check.ok || looksLikeFormula(rawEmail)) problems.push({ line, field: 'email', code: 'email' });
    else email = check.email;
  }
  let phone: string | null = null;
  const rawPhone = cell(values, columns.phone);
  if (rawPhone !== null) {
    const check = checkPhone(rawPhone);
    if (!check.ok) problems.push({ line, field: 'phone', code: 'phone' });
    else phone = check.phone;
  }
  let role: ParticipantRole | null = null;
  const rawRole = cell(values, columns.role);
  if (rawRole !== null) {
    role = parseRole(rawRole) ?? null;
    if (role === null) problems.push({ line, field: 'role', code: 'role' });
  }
  const position = cell(values, columns.position);
  if (position !== null && looksLikeFormula(position)) problems.push({ line, field: 'position', code: 'formula' });
  const unit = cell(values, columns.unit);
  if (unit !== null && looksLikeFormula(unit)) problems.push({ line, field: 'unit', code: 'formula' });
  if (problems.length > 0) return { problems, warnings };
  return { clean: { line, name: name!, nip, position, unit, phone, email, role }, problems, warnings };
}

/**
 * Validates every row, sorts out duplicates against the file and within it, and writes the new people as
 * their batch arrives (rows may still be being parsed on a worker thread), all in one transaction that is
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
    const writer = new ParticipantImportWriter(store, !options.dryRun);
    const invalid: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    /** The first row of each person in this file, and their number once written. */
    const firstSeen = new Map<string, { row: CleanRow; no?: number }>();
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
      const pending: { key: string | undefined; row: CleanRow }[] = [];
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
          if (key !== undefined) firstSeen.set(key, { row });
          pending.push({ key, row });
          added++;
          continue;
        }
        duplicates++;
        const field = row.nip ? 'nip' : 'email';
        if (options.onDuplicate === 'error') {
          invalid.push(
            existingId !== undefined
              ? { line: row.line, field, code: 'duplicate.registered', ref: writer.labelOf(existingId) }
              : { line: row.line, field, code: 'duplicate.inFile', ref: earlier!.row.line },
          );
          stop();
        } else if (options.onDuplicate === 'update') {
          if (existingId !== undefined) {
            if (writer.changedFields(existingId, row).length > 0) {
              updated++;
              if (writing) writer.update(existingId, row);
            }
          } else if (earlier!.no === undefined) {
            Object.assign(earlier!.row, withoutNulls(row), { line: earlier!.row.line });
          } else if (writing) writer.patchImported(earlier!.no, row);
        }
      }
      if (writing) {
        const numbers = writer.insert(pending.map((p) => p.row));
        numbers.forEach((no, i) => {
          const key = pending[i]!.key;
          if (key !== undefined) firstSeen.get(key)!.no = no;
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
