import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { ConflictError, NotFoundError, UsageError } from '../errors.js';
import { normalizeNip } from '../domain/nip.js';
import { PARTICIPANT_ROLES, type ParticipantRole, foldText } from '../domain/participant.js';
import type { WorkshopStore } from './db.js';
import { addUnit } from './units.js';
import { whereEquals } from './where.js';

export interface Participant {
  id: number;
  no: number;
  uuid: string;
  name: string;
  nip: string | null;
  position: string | null;
  unit_id: number | null;
  unit_name: string | null;
  unit_short: string | null;
  role: ParticipantRole;
  phone: string | null;
  email: string | null;
  created_at: string;
  updated_at: string;
}

/** What a caller gives to register someone; values already validated (see domain/participant.ts, nip.ts). */
export interface ParticipantInput {
  name: string;
  nip?: string | null;
  position?: string | null;
  unitId?: number | null;
  role?: ParticipantRole;
  phone?: string | null;
  email?: string | null;
}

/** Columns `updateParticipant` may change, by their column name. */
export type ParticipantPatch = Partial<{
  name: string;
  nip: string | null;
  position: string | null;
  unit_id: number | null;
  role: ParticipantRole;
  phone: string | null;
  email: string | null;
}>;

const SELECT = `
  SELECT p.id, p.no, p.uuid, p.name, p.nip, p.position, p.unit_id, u.name AS unit_name, u.short_name AS unit_short,
         p.role, p.phone, p.email, p.created_at, p.updated_at
  FROM participant p LEFT JOIN unit u ON u.id = p.unit_id`;

export function getParticipant(store: WorkshopStore, id: number): Participant | undefined {
  return store.db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as Participant | undefined;
}

export function getParticipantByNo(store: WorkshopStore, no: number): Participant | undefined {
  return store.db.prepare(`${SELECT} WHERE p.no = ?`).get(no) as Participant | undefined;
}

export function getParticipantByNip(store: WorkshopStore, nip: string): Participant | undefined {
  return store.db.prepare(`${SELECT} WHERE p.nip = ?`).get(normalizeNip(nip)) as Participant | undefined;
}

/** "12. Drs. H. Zul Abdiman, M.Si (Bappeda)": how a person is listed when a reference is ambiguous. */
export function participantLabel(p: Pick<Participant, 'no' | 'name' | 'unit_name' | 'unit_short'>): string {
  const unit = p.unit_short ?? p.unit_name;
  return unit ? `${p.no}. ${p.name} (${unit})` : `${p.no}. ${p.name}`;
}

/** Registers one person: next `no`, a fresh uuid, timestamps from the store's clock, one audit entry. */
export function insertParticipant(store: WorkshopStore, input: ParticipantInput): Participant {
  const nip = input.nip ? normalizeNip(input.nip) : null;
  if (nip) {
    const clash = getParticipantByNip(store, nip);
    if (clash) throw new ConflictError('error.nipTaken', { nip, who: participantLabel(clash) });
  }
  const now = store.now();
  const row = {
    no: store.nextNo('participant'),
    uuid: store.uuid(),
    name: input.name.trim(),
    nip,
    position: input.position?.trim() || null,
    unit_id: input.unitId ?? null,
    role: input.role ?? 'peserta',
    phone: input.phone?.trim() || null,
    email: input.email?.trim() || null,
    created_at: now,
    updated_at: now,
  };
  const info = store.db
    .prepare(
      `INSERT INTO participant (no, uuid, name, nip, position, unit_id, role, phone, email, created_at, updated_at)
       VALUES (@no, @uuid, @name, @nip, @position, @unit_id, @role, @phone, @email, @created_at, @updated_at)`,
    )
    .run(row);
  const fields = Object.entries(row)
    .filter(([key, value]) => value !== null && !['no', 'uuid', 'created_at', 'updated_at'].includes(key))
    .map(([key]) => key);
  store.audit({ action: 'create', entity: 'participant', entityUuid: row.uuid, fields });
  return getParticipant(store, Number(info.lastInsertRowid))!;
}

/**
 * Changes the given columns; returns the names of those whose value really changed (audited as such).
 * Nothing changed: no write and no audit entry.
 */
export function updateParticipant(store: WorkshopStore, id: number, patch: ParticipantPatch): string[] {
  const current = getParticipant(store, id);
  if (!current) throw new NotFoundError('error.participantNotFound', { who: String(id) });
  if (patch.nip) {
    patch = { ...patch, nip: normalizeNip(patch.nip) };
    const clash = getParticipantByNip(store, patch.nip!);
    if (clash && clash.id !== id) throw new ConflictError('error.nipTaken', { nip: patch.nip!, who: participantLabel(clash) });
  }
  const changed = (Object.keys(patch) as (keyof ParticipantPatch)[]).filter(
    (key) => patch[key] !== undefined && (patch[key] ?? null) !== current[key],
  );
  if (changed.length === 0) return [];
  const sets = changed.map((key) => `${key} = @${key}`).join(', ');
  const values: Record<string, unknown> = { id, updated_at: store.now() };
  for (const key of changed) values[key] = patch[key] ?? null;
  store.db.prepare(`UPDATE participant SET ${sets}, updated_at = @updated_at WHERE id = @id`).run(values);
  store.audit({ action: 'update', entity: 'participant', entityUuid: current.uuid, fields: changed });
  return changed;
}

/** Removes a person (their attendance rows go with them: ON DELETE CASCADE). */
export function deleteParticipant(store: WorkshopStore, participant: Pick<Participant, 'id' | 'uuid'>): void {
  store.db.prepare('DELETE FROM participant WHERE id = ?').run(participant.id);
  store.audit({ action: 'delete', entity: 'participant', entityUuid: participant.uuid });
}

/** The dates a person has an attendance row for, with its status. */
export function participantAttendance(store: WorkshopStore, id: number): { date: string; status: string }[] {
  return store.db.prepare('SELECT date, status FROM attendance WHERE participant_id = ? ORDER BY date').all(id) as {
    date: string;
    status: string;
  }[];
}

export interface ParticipantFilters {
  unitId?: number;
  role?: ParticipantRole;
  /** Matched against name, NIP, position, e-mail and unit, case- and accent-insensitively. */
  search?: string;
}

export function listParticipants(store: WorkshopStore, filters: ParticipantFilters = {}): Participant[] {
  const where = whereEquals({ 'p.unit_id': filters.unitId, 'p.role': filters.role });
  const rows = store.db.prepare(`${SELECT}${where.sql} ORDER BY p.no`).all(...where.params) as Participant[];
  const search = filters.search?.trim();
  if (!search) return rows;
  const needle = foldText(search);
  const nip = normalizeNip(search);
  return rows.filter(
    (p) =>
      foldText([p.name, p.position, p.email, p.unit_name, p.unit_short].filter(Boolean).join(' | ')).includes(needle) ||
      (/^\d{3,}$/.test(nip) && (p.nip ?? '').includes(nip)),
  );
}

/**
 * Everyone a typed reference could mean, best first: the person with that number, with that NIP (or part
 * of one, six digits or more) or badge uuid; else everyone whose name contains the text (case- and accent-insensitive), with an exact full-name
 * match alone when there is one. The check-in loop shows these to pick from.
 */
export function findParticipants(store: WorkshopStore, text: string): Participant[] {
  const key = text.trim();
  if (key === '') return [];
  const nip = normalizeNip(key);
  if (/^\d{1,9}$/.test(key)) {
    const byNo = getParticipantByNo(store, Number(key));
    if (byNo || key.length < 6) return byNo ? [byNo] : [];
  }
  if (/^\d{18}$/.test(nip)) {
    const byNip = getParticipantByNip(store, nip);
    return byNip ? [byNip] : [];
  }
  // Part of a NIP (six digits or more, e.g. the birth date): whoever's NIP contains it.
  if (/^\d{6,17}$/.test(nip)) {
    return store.db.prepare(`${SELECT} WHERE instr(p.nip, ?) > 0 ORDER BY p.no`).all(nip) as Participant[];
  }
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key)) {
    const byUuid = store.db.prepare(`${SELECT} WHERE p.uuid = ?`).get(key.toLowerCase()) as Participant | undefined;
    if (byUuid) return [byUuid];
  }
  const needle = foldText(key);
  const names = store.db.prepare('SELECT id, name FROM participant ORDER BY no').all() as { id: number; name: string }[];
  const matches = names.filter((p) => foldText(p.name).includes(needle));
  const exact = matches.filter((p) => foldText(p.name) === needle);
  const chosen = exact.length === 1 ? exact : matches;
  return chosen.map((p) => getParticipant(store, p.id)!);
}

/**
 * SPEC's `<who>`: a number, a NIP (spaces and dots accepted) or a name fragment matching exactly one person.
 * Several matches: exit 2 listing them; none: exit 3 with a hint.
 */
export function resolveParticipant(store: WorkshopStore, who: string): Participant {
  const matches = findParticipants(store, who);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    const shown = matches.slice(0, 10).map(participantLabel);
    if (matches.length > 10) shown.push(`… (+${matches.length - 10})`);
    throw new UsageError('error.participantAmbiguous', { who: who.trim(), matches: shown.join('; ') });
  }
  throw new NotFoundError('error.participantNotFound', { who: who.trim() });
}

/** One row of a participant import, validated; null = not given in the file. */
export interface ImportRecord {
  name: string;
  nip: string | null;
  position: string | null;
  /** The unit as written in the file (name or short name). */
  unit: string | null;
  phone: string | null;
  email: string | null;
  role: ParticipantRole | null;
}

/**
 * An import's rows as the writer takes them: flat arrays of values, IMPORT_WIDTH per row, the fields at
 * these offsets (no object per row: 50,000 of them cost the garbage collector, and they cross threads).
 */
export const IMPORT_OFFSET = { name: 0, nip: 1, position: 2, unit: 3, phone: 4, email: 5, role: 6 } as const satisfies Record<keyof ImportRecord, number>;
export const IMPORT_WIDTH = Object.keys(IMPORT_OFFSET).length;

/** How unit names from a file are compared: any case, spaces collapsed. */
function unitKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function unitIndex(store: WorkshopStore): Map<string, number> {
  const units = new Map<string, number>();
  const rows = store.db.prepare('SELECT id, name, short_name FROM unit ORDER BY no').all() as { id: number; name: string; short_name: string | null }[];
  // Full names last: a short name never shadows another unit's full name.
  for (const u of rows) if (u.short_name && !units.has(unitKey(u.short_name))) units.set(unitKey(u.short_name), u.id);
  for (const u of rows) units.set(unitKey(u.name), u.id);
  return units;
}

const IMPORT_COLUMNS = 'INSERT INTO participant (no, uuid, name, nip, position, unit_id, role, phone, email, created_at, updated_at) VALUES ';
const IMPORT_BATCH = 100;
/** The values bound per row; `no` counts up from @no and both timestamps are @now, bound once per statement. */
const IMPORT_ROW_PARAMS = 8;

type ImportParams = [unknown[], { no: number; now: string }];

/**
 * The role is bound as its index in PARTICIPANT_ROLES and spelled out by SQL: a number binds for a fraction
 * of what a string costs (better-sqlite3 copies every string twice), 50,000 times in a large import.
 */
const ROLE_FROM_INDEX = `CASE ? ${PARTICIPANT_ROLES.map((role, i) => `WHEN ${i} THEN '${role}'`).join(' ')} END`;
const ROLE_INDEX = new Map<string | null, number>(PARTICIPANT_ROLES.map((role, i) => [role, i]));

function importSql(rows: number): string {
  return IMPORT_COLUMNS + Array.from({ length: rows }, (_, k) => `(@no + ${k}, ?, ?, ?, ?, ?, ${ROLE_FROM_INDEX}, ?, ?, @now, @now)`).join(', ');
}

const UPDATABLE = ['name', 'nip', 'position', 'phone', 'email', 'role'] as const;

/** An import expected to add at least this many people, and more than are registered, loads in bulk. */
export const BULK_MIN_ROWS = 1000;

/**
 * The writing side of a participant import, inside the caller's transaction. What it needs to know about
 * the file is loaded once (a Map lookup per row instead of a query): registered NIPs and e-mails, units by
 * name and short name. With `write` false (a dry run) it only notes which units it would create.
 */
export class ParticipantImportWriter {
  /** duplicateKey() of everyone registered (NIP, else lower-case e-mail) → participant id. */
  readonly byKey = new Map<string, number>();
  /** Units created (or, on a dry run, that would be), as first written in the file. */
  readonly unitsCreated: string[] = [];
  private readonly units: Map<string, number>;
  private readonly unitOf = new Map<string, number | null>();
  /** Every unit id this import wrote (see checkUnits). */
  private readonly unitsUsed = new Set<number>();
  private readonly wouldCreate = new Set<string>();
  private readonly now: string;
  private readonly nextUuid: () => string;
  private no: number;
  private insertBatch: Database.Statement<ImportParams> | undefined;
  private insertOne: Database.Statement<ImportParams> | undefined;
  /** Bulk load: the participant indexes are dropped before the first insert and built again at the end. */
  private bulk: boolean;
  /** The CREATE INDEX statements of the indexes dropped for a bulk load, until they are built again. */
  private dropped: string[] | undefined;

  /** `expectedRows`: about how many rows the file has (a large import into a small table loads in bulk). */
  constructor(
    private readonly store: WorkshopStore,
    private readonly write: boolean,
    expectedRows = 0,
  ) {
    const people = store.db.prepare('SELECT id, nip, email FROM participant').all() as { id: number; nip: string | null; email: string | null }[];
    this.bulk = write && expectedRows >= BULK_MIN_ROWS && expectedRows >= people.length;
    for (const p of people) if (p.email) this.byKey.set(p.email.toLowerCase(), p.id);
    for (const p of people) if (p.nip) this.byKey.set(p.nip, p.id);
    this.units = unitIndex(store);
    this.now = store.now();
    this.nextUuid = uuidV7Sequence(store.session.now().getTime());
    this.no = store.nextNo('participant');
  }

  labelOf(id: number): string {
    const p = getParticipant(this.store, id);
    return p ? participantLabel(p) : String(id);
  }

  /** The unit's id, creating it on first sight (files repeat a few spellings thousands of times). */
  unitId(name: string | null): number | null {
    if (name === null) return null;
    const cached = this.unitOf.get(name);
    if (cached !== undefined) return cached;
    const key = unitKey(name);
    let id = this.units.get(key) ?? null;
    if (id === null) {
      const spelled = name.trim().replace(/\s+/g, ' ');
      if (this.write) {
        id = addUnit(this.store, { name: spelled }).id;
        this.units.set(key, id);
        this.unitsCreated.push(spelled);
      } else if (!this.wouldCreate.has(key)) {
        this.wouldCreate.add(key);
        this.unitsCreated.push(spelled);
      }
    }
    if (id !== null || this.write) this.unitOf.set(name, id);
    if (id !== null) this.unitsUsed.add(id);
    return id;
  }

  /** Throws unless every unit id this import wrote is a unit (foreign keys are off, see importTransaction). */
  checkUnits(): void {
    const ids = [...this.unitsUsed];
    const found = ids.length === 0 ? 0 : (this.store.db.prepare(`SELECT COUNT(*) FROM unit WHERE id IN (${ids.map(() => '?').join(', ')})`).pluck().get(...ids) as number);
    if (found !== ids.length) throw new Error(`participant import: ${ids.length - found} of its unit ids are not units`);
  }

  /** Field names a row would change on an existing participant (--on-duplicate update). */
  changedFields(id: number, row: ImportRecord): string[] {
    const current = getParticipant(this.store, id)!;
    const fields: string[] = UPDATABLE.filter((key) => row[key] !== null && row[key] !== current[key]);
    if (row.unit !== null) {
      const unit = this.units.get(unitKey(row.unit));
      if (unit === undefined || unit !== current.unit_id) fields.push('unit_id');
    }
    return fields;
  }

  /**
   * Inserts new people, BATCH rows per statement call, with time-ordered uuids so that the uuid index grows
   * at its end instead of splitting pages all over. The rows are records in `values` (see IMPORT_OFFSET)
   * starting at the offsets `picks`, in order. Returns the first one's
   * number (the others follow), or undefined on a dry run. No audit entry per row: the caller writes one
   * for the import.
   */
  insert(values: readonly (string | null)[], picks: readonly number[]): number | undefined {
    const F = IMPORT_OFFSET;
    if (!this.write) {
      for (const at of picks) this.unitId(values[at + F.unit]!);
      return undefined;
    }
    if (picks.length === 0) return this.no;
    if (this.bulk) this.dropIndexes();
    const first = this.no;
    const now = this.now;
    // In the statement's order: uuid, name, nip, position, unit_id, role, phone, email.
    const bind = (params: unknown[], to: number, at: number) => {
      params[to] = this.nextUuid();
      params[to + 1] = values[at + F.name];
      params[to + 2] = values[at + F.nip];
      params[to + 3] = values[at + F.position];
      params[to + 4] = this.unitId(values[at + F.unit]!);
      params[to + 5] = ROLE_INDEX.get(values[at + F.role] ?? 'peserta');
      params[to + 6] = values[at + F.phone];
      params[to + 7] = values[at + F.email];
    };
    let done = 0;
    if (picks.length >= IMPORT_BATCH) {
      this.insertBatch ??= this.store.db.prepare<ImportParams>(importSql(IMPORT_BATCH));
      const params: unknown[] = new Array(IMPORT_BATCH * IMPORT_ROW_PARAMS);
      for (; done + IMPORT_BATCH <= picks.length; done += IMPORT_BATCH) {
        for (let i = 0; i < IMPORT_BATCH; i++) bind(params, i * IMPORT_ROW_PARAMS, picks[done + i]!);
        this.insertBatch.run(params, { no: this.no, now });
        this.no += IMPORT_BATCH;
      }
    }
    this.insertOne ??= this.store.db.prepare<ImportParams>(importSql(1));
    const params: unknown[] = new Array(IMPORT_ROW_PARAMS);
    for (; done < picks.length; done++) {
      bind(params, 0, picks[done]!);
      this.insertOne.run(params, { no: this.no++, now });
    }
    return first;
  }

  /** An existing participant updated from a row: audited with the changed field names. */
  update(id: number, row: ImportRecord): void {
    if (!this.write) {
      this.unitId(row.unit);
      return;
    }
    this.restoreIndexes();
    updateParticipant(this.store, id, this.patchOf(row));
  }

  /** A later row of the same file for someone this import just added (--on-duplicate update). */
  patchImported(no: number, row: ImportRecord): void {
    this.restoreIndexes();
    const person = getParticipantByNo(this.store, no);
    if (!person) return;
    const patch = this.patchOf(row);
    const keys = (Object.keys(patch) as (keyof ParticipantPatch)[]).filter((k) => patch[k] !== undefined);
    if (keys.length === 0) return;
    const values: Record<string, unknown> = { id: person.id };
    for (const k of keys) values[k] = patch[k] ?? null;
    this.store.db.prepare(`UPDATE participant SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run(values);
  }

  /**
   * A bulk load (SPEC §6 import target): SQLite builds an index over rows already in the table in one sorted
   * pass, several times faster than growing it with each insert (50,000 people: ~0.1 s saved of ~0.35 s).
   * Inside the import's transaction, so a rollback, a crash or a kill brings the indexes back untouched; no
   * other writer can see the table meanwhile (the transaction holds the write lock) and readers see the last
   * commit. The import itself looks people up only by id until restoreIndexes().
   */
  private dropIndexes(): void {
    this.bulk = false;
    const indexes = this.store.db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'participant' AND sql IS NOT NULL")
      .all() as { name: string; sql: string }[];
    for (const index of indexes) this.store.db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
    this.dropped = indexes.map((index) => index.sql);
  }

  /**
   * Builds the indexes a bulk load dropped; needed before anything looks people up by number or NIP, and
   * before the import commits. A duplicate number, uuid or NIP fails here as it would have on insert.
   */
  restoreIndexes(): void {
    if (!this.dropped) return;
    for (const sql of this.dropped) this.store.db.exec(sql);
    this.dropped = undefined;
  }

  private patchOf(row: ImportRecord): ParticipantPatch {
    const patch: ParticipantPatch = {};
    for (const key of UPDATABLE) if (row[key] !== null) (patch as Record<string, unknown>)[key] = row[key];
    if (row.unit !== null) patch.unit_id = this.unitId(row.unit);
    return patch;
  }
}

/**
 * Runs an import whose rows arrive in batches, with awaits in between, in ONE transaction, like
 * `store.change()` but able to await between batches: BEGIN IMMEDIATE (BEGIN for a dry run, which only
 * reads), then COMMIT when `fn` says so, else ROLLBACK; any error rolls back. A killed process leaves the
 * file as it was (SQLite discards the uncommitted WAL frames, or rolls back from its journal).
 *
 * SQLite's foreign-key enforcement is off meanwhile: checking every new person's unit row by row costs
 * ~10% of a 50,000-row import, and the only reference an import writes is a unit id the writer looked up
 * or created itself under this transaction's write lock. ParticipantImportWriter.checkUnits() checks those
 * ids all at once before the commit.
 *
 * `bulk` (a large import): when no one else has the file open, its one transaction runs with a rollback
 * journal instead of the WAL. In WAL mode every new page is written twice, to the WAL at the commit and
 * into the file at the checkpoint right after; a rollback journal keeps only the few pages the import
 * changes (new pages need no copy), which halves the commit of 50,000 people (~60 ms → ~25 ms). The file
 * is back in WAL mode afterwards, and every open sets it again anyway. With someone else's connection open
 * SQLite refuses the switch and the import runs in WAL mode as usual.
 */
export async function importTransaction<T>(
  store: WorkshopStore,
  write: boolean,
  fn: () => Promise<{ value: T; commit: boolean }>,
  { bulk = false }: { bulk?: boolean } = {},
): Promise<T> {
  // Only outside a transaction do these pragmas take effect.
  store.db.pragma('foreign_keys = OFF');
  const journal = write && bulk ? trySetJournalMode(store, 'delete') : undefined;
  try {
    store.db.exec(write ? 'BEGIN IMMEDIATE' : 'BEGIN');
    try {
      const { value, commit } = await fn();
      store.db.exec(commit && write ? 'COMMIT' : 'ROLLBACK');
      return value;
    } catch (error) {
      if (store.db.inTransaction) store.db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    if (journal === 'delete') trySetJournalMode(store, 'wal');
    store.db.pragma('foreign_keys = ON');
  }
}

/** The journal mode after asking for `mode`: SQLite keeps the old one (or says busy) while others use the file. */
function trySetJournalMode(store: WorkshopStore, mode: 'delete' | 'wal'): string | undefined {
  try {
    return String(store.db.pragma(`journal_mode = ${mode}`, { simple: true })).toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * UUIDs version 7 (RFC 9562): 48-bit milliseconds, then a counter (method 1: 12 bits of rand_a and 18 of
 * rand_b, started at a random value) and 44 random bits. Successive ones sort in order, so a bulk insert
 * appends to the uuid index; they stay as unique as random ones for merging copies of the file. Written
 * UUID_BLOCK at a time as ASCII into one buffer that becomes one string, each uuid a slice of it: a uuid
 * built from a dozen joined pieces costs SQLite's binding a flattening and the garbage collector a dozen
 * objects, 50,000 times in a large import.
 */
export function uuidV7Sequence(ms: number): () => string {
  let counter = randomBytes(4).readUInt32BE(0) >>> 3; // 29 bits: room for 2^29 more before the 30 counter bits wrap
  const time = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
  const prefix = Buffer.from(`${time.slice(0, 8)}-${time.slice(8)}-7`, 'latin1'); // 15 characters
  const out = Buffer.alloc(UUID_BLOCK * 36);
  let block = '';
  let next = UUID_BLOCK;
  const hex = (at: number, value: number, digits: number) => {
    for (let d = digits - 1; d >= 0; d--, value >>>= 4) out[at + d] = HEX_CODES[value & 0xf]!;
  };
  const fill = () => {
    const random = randomBytes(UUID_BLOCK * 8);
    for (let i = 0; i < UUID_BLOCK; i++) {
      const at = i * 36;
      const r1 = random.readUInt32BE(i * 8);
      const r2 = random.readUInt16BE(i * 8 + 4);
      const c = counter++;
      prefix.copy(out, at);
      hex(at + 15, (c >>> 18) & 0x0fff, 3); // the counter's top 12 bits
      out[at + 18] = DASH;
      const counterLow = c & 0x3ffff; // its low 18 bits
      hex(at + 19, 0x8000 | (counterLow >>> 4), 4); // variant 10, then 14 counter bits
      out[at + 23] = DASH;
      hex(at + 24, (((counterLow & 0xf) << 28) | (r1 >>> 4)) >>> 0, 8); // 4 counter bits, 28 random bits
      hex(at + 32, r2, 4);
    }
    block = out.toString('latin1');
    next = 0;
  };
  return () => {
    if (next === UUID_BLOCK) fill();
    const at = next++ * 36;
    return block.slice(at, at + 36);
  };
}

const UUID_BLOCK = 1024;
const DASH = 0x2d;
const HEX_CODES = Buffer.from('0123456789abcdef', 'latin1');
