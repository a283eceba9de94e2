// The writing side of a participant import: rows as flat arrays of values, units looked up or created by
// name, new people inserted in batches, existing ones updated. The transaction around it is
// import-transaction.ts.
import type Database from 'better-sqlite3';
import { IdentityIndex } from '../domain/identity.js';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../domain/participant.js';
import type { WorkshopStore } from './db.js';
import { buildIndexes, dropIndexes } from './import-transaction.js';
import { type ParticipantPatch, getParticipant, getParticipantByNo, participantLabel, updateParticipant } from './participants.js';
import { UsageError } from '../errors.js';
import { nearUnit } from './unit-near.js';
import { type Unit, addUnit, resolveUnit } from './units.js';
import { uuidV7Sequence } from './uuid-v7.js';

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
export function unitKey(name: string): string {
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

/**
 * The indexes a bulk load keeps: each new row goes at their end (numbers count up, uuids are time-ordered),
 * which costs the inserts less than building the two again (50,000 rows: ~12 ms more inserting, ~19 ms less
 * index building, where the writing thread waits for nothing).
 */
const APPENDED_INDEXES = ['participant_no', 'participant_uuid'];

/** An import expected to add at least this many people, and more than are registered, loads in bulk. */
export const BULK_MIN_ROWS = 1000;

/**
 * The writing side of a participant import, inside the caller's transaction. What it needs to know about
 * the file is loaded once (a Map lookup per row instead of a query): registered NIPs and e-mails, units by
 * name and short name. With `write` false (a dry run) it only notes which units it would create.
 */
export class ParticipantImportWriter {
  /** Everyone registered, by the identity rule (domain/identity.ts) → participant id. */
  readonly known = new IdentityIndex<number>();
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

  /**
   * `expectedRows`: about how many rows the file has (a large import into a small table loads in bulk).
   * `units`: how unit names of the file that are not units yet are taken: `map` (file name → an existing
   * unit, --map-unit) first; a name close to an existing unit stops the import naming it, unless `create`.
   */
  constructor(
    private readonly store: WorkshopStore,
    private readonly write: boolean,
    expectedRows = 0,
    private readonly unitRules: { create?: boolean; map?: ReadonlyMap<string, string> } = {},
  ) {
    const people = store.db.prepare('SELECT id, name, nip, email, unit_id FROM participant ORDER BY no').all() as {
      id: number;
      name: string;
      nip: string | null;
      email: string | null;
      unit_id: number | null;
    }[];
    this.bulk = write && expectedRows >= BULK_MIN_ROWS && expectedRows >= people.length;
    for (const p of people) this.known.add({ nip: p.nip, email: p.email, name: p.name, unit: p.unit_id === null ? null : `#${p.unit_id}` }, p.id, false);
    this.units = unitIndex(store);
    this.now = store.now();
    this.nextUuid = store.session.uuids ?? uuidV7Sequence(store.session.now().getTime());
    this.no = store.nextNo('participant');
  }

  /**
   * The registered person a row is by the identity rule, and whether the row's NIP is new for them (a row
   * with a NIP that matches someone registered without one by e-mail or name fills their NIP).
   */
  match(values: readonly (string | null)[], at: number): { id: number; fillsNip: boolean } | undefined {
    if (this.known.size === 0) return undefined;
    const F = IMPORT_OFFSET;
    const unitText = values[at + F.unit] ?? null;
    const unitId = unitText === null ? null : this.units.get(unitKey(unitText));
    // A unit this import would create has nobody in it yet: no one to match by name there.
    const unit = unitText === null ? null : unitId === undefined ? `new:${unitKey(unitText)}` : `#${unitId}`;
    const nip = values[at + F.nip] ?? null;
    const found = this.known.find({ nip, email: values[at + F.email] ?? null, name: values[at + F.name]!, unit });
    if (!found) return undefined;
    return { id: found.value, fillsNip: nip !== null && found.nip === null };
  }

  /** Gives a person registered without a NIP the NIP a row brought (audited as a change of nip). */
  fillNip(id: number, nip: string): void {
    if (!this.write) return;
    this.restoreIndexes();
    updateParticipant(this.store, id, { nip });
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
    const mapped = id === null ? this.unitRules.map?.get(key) : undefined;
    if (mapped !== undefined) {
      id = resolveUnit(this.store, mapped).id;
      this.units.set(key, id);
    }
    if (id === null && !this.unitRules.create) {
      const all = this.store.db.prepare('SELECT id, no, name, short_name FROM unit ORDER BY no').all() as Pick<Unit, 'id' | 'no' | 'name' | 'short_name'>[];
      const near = nearUnit(all, name);
      if (near) throw new UsageError('unit.error.nearDuplicate', { name: name.trim(), match: near.short_name ?? near.name });
    }
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
    this.dropped = dropIndexes(this.store, 'participant', APPENDED_INDEXES);
  }

  /**
   * Builds the indexes a bulk load dropped; needed before anything looks people up by number or NIP, and
   * before the import commits. A duplicate number, uuid or NIP fails here as it would have on insert.
   */
  restoreIndexes(): void {
    if (!this.dropped) return;
    buildIndexes(this.store, this.dropped);
    this.dropped = undefined;
  }

  private patchOf(row: ImportRecord): ParticipantPatch {
    const patch: ParticipantPatch = {};
    for (const key of UPDATABLE) if (row[key] !== null) (patch as Record<string, unknown>)[key] = row[key];
    if (row.unit !== null) patch.unit_id = this.unitId(row.unit);
    return patch;
  }
}

