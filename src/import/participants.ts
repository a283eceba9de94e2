// Participant rows from a registration spreadsheet: which headers mean what, what makes a row invalid, and
// the import itself (duplicates by NIP or e-mail, unknown units created, all or nothing by default).
import { checkNip } from '../domain/nip.js';
import { type ParticipantRole, checkEmail, checkPhone, duplicateKey, looksLikeFormula, parseRole } from '../domain/participant.js';
import type { WorkshopStore } from '../store/db.js';
import { type ImportRecord, applyParticipantImport, loadImportIndex } from '../store/participants.js';
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
 * Validates every row, sorts out duplicates against the file and within it, then writes everything in one
 * transaction, or nothing when a row is invalid (unless skipInvalid) or on a dry run.
 */
export function importParticipants(
  store: WorkshopStore,
  rows: readonly CsvRow[],
  columns: Partial<Record<ParticipantImportField, number>>,
  options: ImportOptions,
): ImportResult {
  const invalid: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const clean: CleanRow[] = [];
  for (const row of rows) {
    const result = validateRow(row, columns);
    invalid.push(...result.problems);
    warnings.push(...result.warnings);
    if (result.clean) clean.push(result.clean);
  }

  const plan = (): ImportResult => {
    const index = loadImportIndex(store);
    const inserts: CleanRow[] = [];
    const updates: { id: number; row: CleanRow }[] = [];
    const firstLine = new Map<string, CleanRow>();
    let duplicates = 0;
    for (const row of clean) {
      const key = duplicateKey(row);
      const existingId = key === undefined ? undefined : index.byKey.get(key);
      const earlier = key === undefined ? undefined : firstLine.get(key);
      const field = row.nip ? 'nip' : 'email';
      if (existingId !== undefined || earlier !== undefined) {
        duplicates++;
        if (options.onDuplicate === 'error') {
          invalid.push(
            existingId !== undefined
              ? { line: row.line, field, code: 'duplicate.registered', ref: index.labelOf(existingId) }
              : { line: row.line, field, code: 'duplicate.inFile', ref: earlier!.line },
          );
        } else if (options.onDuplicate === 'update') {
          if (existingId !== undefined) {
            if (index.changedFields(existingId, row).length > 0) updates.push({ id: existingId, row });
          } else Object.assign(earlier!, withoutNulls(row), { line: earlier!.line });
        }
        continue;
      }
      if (key !== undefined) firstLine.set(key, row);
      inserts.push(row);
    }
    invalid.sort((a, b) => a.line - b.line);
    const result: ImportResult = {
      rows: rows.length,
      added: inserts.length,
      updated: updates.length,
      duplicates,
      invalid,
      warnings,
      units_created: index.missingUnits([...inserts, ...updates.map((u) => u.row)].map((r) => r.unit)),
      dry_run: options.dryRun,
      written: false,
    };
    // A dry run reports exactly what the import would do, so invalid rows without --skip-invalid mean nothing.
    if (invalid.length > 0 && !options.skipInvalid) return { ...result, added: 0, updated: 0, units_created: [] };
    if (options.dryRun || result.added + result.updated === 0) return result;
    applyParticipantImport(store, index, inserts, updates, options.onProgress);
    store.audit({
      action: 'import',
      entity: 'participant',
      fields: Object.keys(columns),
      detail: `added ${result.added}, updated ${result.updated}, duplicates ${duplicates}, invalid rows ${new Set(invalid.map((p) => p.line)).size}, units created ${result.units_created.length}`,
    });
    result.written = true;
    return result;
  };
  return options.dryRun ? store.read(plan) : store.change(plan);
}

function withoutNulls(row: CleanRow): Partial<CleanRow> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as Partial<CleanRow>;
}
