// One participant row of a registration spreadsheet checked on its own: which headers mean what and what
// makes a row invalid, and the batches of valid rows the import writes.
import { TEXT_LIMITS, textFieldProblem } from '../domain/text-limits.js';
import { mayRefuseLine } from '../domain/text.js';
import { checkNip, excelDamage } from '../domain/nip.js';
import { type IdentityFacts, IdentityIndex } from '../domain/identity.js';
import { type ParticipantRole, checkEmail, checkPhone, looksLikeFormula, parseRole } from '../domain/participant.js';
import { IMPORT_OFFSET, IMPORT_WIDTH, type ImportRecord, unitKey } from '../store/participant-import.js';
import type { CsvRow } from './csv-records.js';
import type { CsvStream } from './csv.js';
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

/** The entry limits of domain/text-limits.ts, checked here too: the import's bulk path writes rows itself. */
const MAX_NAME = TEXT_LIMITS.name!;
const MAX_POSITION = TEXT_LIMITS.position!;

export type ProblemCode =
  | 'required'
  | 'tooLong'
  | 'control'
  | 'bidi'
  | 'invisible'
  | 'formula'
  | 'nip.length'
  | 'nip.scientific'
  | 'nip.rounded'
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
function isMarkedText(value: string | null): value is string {
  return value !== null && value.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(value);
}

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

/**
 * The slow path of a cell the one-pass test flagged (too long, or a character domain/text.ts may refuse):
 * the problem, if any, with the limit or the character as ref. A unit is limited like a name.
 */
function textCheck(problems: RowProblem[], line: number, field: 'name' | 'position' | 'unit', value: string): void {
  const problem = textFieldProblem(field === 'unit' ? 'name' : field, value);
  if (problem) problems.push({ line, field, ...problem });
}

/** A batch of rows validated, the valid ones as flat arrays (see IMPORT_OFFSET: no object per row). */
export interface ValidatedBatch {
  /** Data rows in the batch, valid or not. */
  rows: number;
  /** The line of each valid row. */
  lines: number[];
  /** The values of the valid rows, IMPORT_WIDTH per row (see IMPORT_OFFSET); null = not in the file. */
  values: (string | null)[];
  /**
   * For each valid row, the line of the first valid row of the file that is the same person when it is an
   * earlier one, else 0 (filled by RepeatMarker; empty until then).
   */
  earlier: number[];
  /** Invalid rows' problems and every row's warnings, in file order. */
  problems: RowProblem[];
  warnings: RowProblem[];
  /** The values as they crossed threads (see VALUE_SEPARATOR), when they did: what RepeatMarker keeps of the batch. */
  text?: string;
}

/**
 * A large import's worker sends a batch's values as one string, joined by this character when the file has
 * none (parallel.ts): one copy across threads instead of one per value. null travels as '' (no valid value
 * is empty; the worker checks).
 */
export const VALUE_SEPARATOR = '\u0001';

/** A batch's values from their text (see VALUE_SEPARATOR). */
export function splitValues(text: string): (string | null)[] {
  const values: (string | null)[] = text === '' ? [] : text.split(VALUE_SEPARATOR);
  for (let i = 0; i < values.length; i++) if (values[i] === '') values[i] = null;
  return values;
}

/**
 * Checks each row; a valid one's cleaned values go to the end of batch.values, an invalid one's problems
 * (every field's, in the order of the fields) to batch.problems. Runs once per row of a registration import
 * (50,000 in SPEC §6's target): nothing is allocated for a valid row but its cleaned values.
 */
export function validateBatch(rows: readonly CsvRow[], columns: Partial<Record<ParticipantImportField, number>>): ValidatedBatch {
  const batch: ValidatedBatch = { rows: rows.length, lines: [], values: [], earlier: [], problems: [], warnings: [] };
  const { problems, warnings, values: out } = batch;
  const F = IMPORT_OFFSET;
  for (const { line, values } of rows) {
    const before = problems.length;
    let name = cell(values, columns.name);
    if (isMarkedText(name)) name = name.slice(1);
    else if (name === null) problems.push({ line, field: 'name', code: 'required' });
    else if (looksLikeFormula(name)) problems.push({ line, field: 'name', code: 'formula' });
    if (name !== null && (name.length > MAX_NAME || mayRefuseLine(name))) textCheck(problems, line, 'name', name);
    let nip: string | null = null;
    const rawNip = cell(values, columns.nip);
    const damage = rawNip === null ? undefined : excelDamage(rawNip);
    if (damage) problems.push({ line, field: 'nip', code: `nip.${damage}` });
    else if (rawNip !== null) {
      const check = checkNip(rawNip);
      if (!check.ok) problems.push({ line, field: 'nip', code: `nip.${check.problem}` });
      else {
        nip = check.nip;
        if (check.warnings.length > 0) warnings.push({ line, field: 'nip', code: 'nip.appointment' });
      }
    }
    let email: string | null = null;
    const rawEmail = cell(values, columns.email);
    if (rawEmail !== null) {
      const check = checkEmail(rawEmail);
      if (!check.ok || looksLikeFormula(rawEmail)) problems.push({ line, field: 'email', code: 'email' });
      else email = check.email.toLowerCase();
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
      role = roleOf(rawRole);
      if (role === null) problems.push({ line, field: 'role', code: 'role' });
    }
    let position = cell(values, columns.position);
    if (isMarkedText(position)) position = position.slice(1);
    else if (position !== null && looksLikeFormula(position)) problems.push({ line, field: 'position', code: 'formula' });
    if (position !== null && (position.length > MAX_POSITION || mayRefuseLine(position))) textCheck(problems, line, 'position', position);
    let unit = cell(values, columns.unit);
    if (isMarkedText(unit)) unit = unit.slice(1);
    else if (unit !== null && looksLikeFormula(unit)) problems.push({ line, field: 'unit', code: 'formula' });
    if (unit !== null && (unit.length > MAX_NAME || mayRefuseLine(unit))) textCheck(problems, line, 'unit', unit);
    if (problems.length > before) continue;
    batch.lines.push(line);
    // In offset order (0, 1, … 6), so each value lands at the end of the array.
    const at = out.length;
    out[at + F.name] = name;
    out[at + F.nip] = nip;
    out[at + F.position] = position;
    out[at + F.unit] = unit;
    out[at + F.phone] = phone;
    out[at + F.email] = email;
    out[at + F.role] = role;
  }
  return batch;
}

const RECORD_FIELDS = Object.keys(IMPORT_OFFSET) as (keyof ImportRecord)[];

/** Valid row i of a batch as an object again. */
export function recordAt(batch: ValidatedBatch, i: number): CleanRow {
  const row: Record<string, unknown> = { line: batch.lines[i]! };
  for (const field of RECORD_FIELDS) row[field] = batch.values[i * IMPORT_WIDTH + IMPORT_OFFSET[field]];
  return row as unknown as CleanRow;
}

/**
 * The first line of each NIP of a file, by number: a valid NIP is 18 digits, its first nine and its last
 * nine each a small integer. No string is kept, so the batches the NIPs came from are garbage once written;
 * a map of NIP strings kept every batch's text alive (docs/PERFORMANCE.md).
 */
class NipLines {
  private readonly byHead = new Map<number, Map<number, number>>();

  /** The line `nip` was first seen on, else 0 (and `line` is its first). */
  firstLine(nip: string, line: number): number {
    let head = 0;
    let tail = 0;
    for (let i = 0; i < 9; i++) head = head * 10 + nip.charCodeAt(i) - 48;
    for (let i = 9; i < 18; i++) tail = tail * 10 + nip.charCodeAt(i) - 48;
    let tails = this.byHead.get(head);
    if (tails === undefined) this.byHead.set(head, (tails = new Map<number, number>()));
    const first = tails.get(tail);
    if (first !== undefined) return first;
    tails.set(tail, line);
    return 0;
  }
}

/**
 * Fills batch.earlier, batch by batch in file order: which valid rows are an earlier row of the file by the
 * identity rule (domain/identity.ts: same NIP, else same e-mail in any case, else, for a row with neither,
 * the same name without titles in the same unit as written). A large import's worker validates the rows;
 * this runs on the writing thread, which would otherwise wait for it (see parallel.ts).
 */
export class RepeatMarker {
  /**
   * While every row so far has a NIP, a row can only be an earlier one by its NIP (IdentityIndex.find matches
   * e-mails of people with a NIP only for a row without one, names only for a row with neither): a plain
   * NIP → line map (NipLines, by number) and the batches kept, no objects per row. The first row without a
   * NIP builds the index from the kept batches (docs/PERFORMANCE.md, "Repeats marked on the writing thread").
   */
  private nips: NipLines | undefined = new NipLines();
  /**
   * Each batch marked by NIP, for the index: its text when it has one. The batch's values (a string per
   * value) are garbage once written; kept for the whole import, every scavenge would copy them again.
   */
  private kept: { lines: number[]; earlier: number[]; values: (string | null)[] | string }[] = [];
  /** Each valid row's line, from batch to batch, once a row without a NIP came. */
  private readonly seen = new IdentityIndex<number>();
  /** A file names a few units over and over: each spelling is folded once. */
  private readonly unitKeys = new Map<string, string>();

  mark(batch: ValidatedBatch): ValidatedBatch {
    const { values, lines, earlier } = batch;
    const F = IMPORT_OFFSET;
    let i = 0;
    const nips = this.nips;
    if (nips !== undefined) {
      for (let at = 0; i < lines.length; i++, at += IMPORT_WIDTH) {
        const nip = values[at + F.nip];
        if (!nip) break;
        earlier.push(nips.firstLine(nip, lines[i]!));
      }
      this.kept.push({ lines, earlier, values: batch.text ?? values });
      if (i === lines.length) return batch;
      this.useIndex();
    }
    for (let at = i * IMPORT_WIDTH; i < lines.length; i++, at += IMPORT_WIDTH) {
      const facts = this.factsAt(values, at);
      const nameOnly = !facts.nip && !facts.email;
      const first = this.seen.find(facts, nameOnly)?.value ?? 0;
      if (first === 0) this.seen.add(facts, lines[i]!, nameOnly);
      earlier.push(first);
    }
    return batch;
  }

  /** Every first row marked so far goes into the index, in file order (each had a NIP). */
  private useIndex(): void {
    for (const kept of this.kept) {
      const { lines, earlier } = kept;
      const values = typeof kept.values === 'string' ? splitValues(kept.values) : kept.values;
      for (let i = 0, at = 0; i < earlier.length; i++, at += IMPORT_WIDTH) if (earlier[i] === 0) this.seen.add(this.factsAt(values, at), lines[i]!, false);
    }
    this.nips = undefined;
    this.kept = [];
  }

  private factsAt(values: readonly (string | null)[], at: number): IdentityFacts {
    const unit = values[at + IMPORT_OFFSET.unit] ?? null;
    return { nip: values[at + IMPORT_OFFSET.nip] ?? null, email: values[at + IMPORT_OFFSET.email] ?? null, name: values[at + IMPORT_OFFSET.name]!, unit: unit === null ? null : this.unitKeyOf(unit) };
  }

  private unitKeyOf(unit: string): string {
    let key = this.unitKeys.get(unit);
    if (key === undefined) this.unitKeys.set(unit, (key = `u:${unitKey(unit)}`));
    return key;
  }
}

/** A CSV's data rows, validated and their repeats marked, batch by batch in file order (a large file's: see parallel.ts). */
export async function* validatedBatches(stream: CsvStream, columns: Partial<Record<ParticipantImportField, number>>): AsyncGenerator<ValidatedBatch> {
  const repeats = new RepeatMarker();
  for await (const rows of stream.batches) yield repeats.mark(validateBatch(rows, columns));
}
