// The row-level work of a merge, shared by every table's step (tables.ts): inserting the other copy's rows,
// merging a row's fields (the later change wins, see history.ts), the audit notes of what was overwritten
// or discarded, and the list of changes the summary counts.
import type { Statement } from 'better-sqlite3';
import type { Db, WorkshopStore } from '../db.js';
import { ChangeHistory, type Row } from './history.js';
import type { MergeChange, MergeConflict, MergeTable } from './summary.js';

export interface FieldSpec {
  column: string;
  /** The other copy's value as it is written here (foreign keys become local ids). */
  map?: (value: unknown) => unknown;
  /** Must stay unique in its table: a clash keeps the local value. */
  unique?: boolean;
}

export const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** A foreign key of the other copy as the local id of the same row (null when empty or not carried over). */
export const localIdOf = (ids: ReadonlyMap<number, number>) => (v: unknown) => (v == null ? null : (ids.get(v as number) ?? null));

/** A deterministic order of two whole rows (the same on every copy): by time, then uuid, then values. */
export function rowStamp(time: unknown, row: Row, columns: readonly string[]): string {
  return `${typeof time === 'string' ? time : ''}|${row.uuid}|${JSON.stringify(columns.map((c) => row[c] ?? null))}`;
}

export class Merger {
  readonly changes: MergeChange[] = [];
  auditCopied = 0;
  readonly history: ChangeHistory;
  /** The other copy's id → the id of the same row here, per table. */
  readonly unitMap = new Map<number, number>();
  readonly participantMap = new Map<number, number>();
  readonly ideaMap = new Map<number, number>();
  readonly criterionMap = new Map<number, number>();
  readonly commitmentMap = new Map<number, number>();
  /** The other copy's uuid → the smaller one this copy keeps for the same record (see unify). */
  readonly renamed = new Map<string, string>();
  /** The same NIP for two different people (see tables.ts, mergeParticipants). */
  readonly conflicts: MergeConflict[] = [];
  private readonly columnsCache = new Map<string, string[]>();
  private readonly statements = new Map<string, Statement>();

  constructor(
    readonly store: WorkshopStore,
    readonly other: Db,
    readonly source: string,
    /** How a NIP conflict is settled: the NIP stays with ours, or goes to theirs; undefined: refused. */
    readonly prefer?: 'ours' | 'theirs',
  ) {
    this.history = new ChangeHistory(store.db, other);
  }

  /** Prepared once per merge: the same few statements run for every row. */
  sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.store.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  record(table: MergeTable, action: MergeChange['action'], row: { uuid?: unknown; no?: unknown }, label: unknown, fields: string[] = []): void {
    this.changes.push({ table, action, uuid: typeof row.uuid === 'string' ? row.uuid : null, no: typeof row.no === 'number' ? row.no : null, label: typeof label === 'string' ? label : null, fields });
  }

  private columns(table: string): string[] {
    let columns = this.columnsCache.get(table);
    if (!columns) {
      columns = (this.sql(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id');
      this.columnsCache.set(table, columns);
    }
    return columns;
  }

  /** Inserts the other copy's row here with `overrides` (local ids, the next free no); returns the new id. */
  insert(table: string, row: Row, overrides: Record<string, unknown>): number {
    const values: Record<string, unknown> = {};
    for (const c of this.columns(table)) values[c] = c in overrides ? overrides[c] : (row[c] ?? null);
    const names = Object.keys(values);
    const info = this.sql(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`).run(values);
    return Number(info.lastInsertRowid);
  }

  /** Removed here (or on a copy this one merged): the row does not come back. */
  tombstoned(uuid: string): boolean {
    return this.sql('SELECT 1 FROM tombstone WHERE uuid = ? AND replaced_by IS NULL').get(uuid) !== undefined;
  }

  /** The uuid a record lives on as after merges that found it under two uuids (itself when never replaced). */
  current(uuid: string): string {
    let at = uuid;
    for (let hop = 0; hop < 16; hop++) {
      const next = this.sql('SELECT replaced_by FROM tombstone WHERE uuid = ? AND replaced_by IS NOT NULL').pluck().get(at) as string | undefined;
      if (next === undefined) return at;
      at = next;
    }
    return at;
  }

  /** A row that lost to another with the same natural key: its uuid is removed on every copy that merges this one. */
  bury(entity: string, uuid: string): void {
    this.sql('INSERT OR IGNORE INTO tombstone (uuid, entity, deleted_at) VALUES (?, ?, ?)').run(uuid, entity, this.store.now());
  }

  /**
   * The same record found under two uuids (registered on two laptops): both copies keep the smaller one, and
   * the audit entries about it follow, so field times stay with the record.
   */
  unify(table: string, local: Row, other: Row): void {
    // Registered first on whichever laptop was first (also once both hold the same uuid).
    if (typeof other.created_at === 'string' && typeof local.created_at === 'string' && other.created_at < local.created_at) {
      this.sql(`UPDATE ${table} SET created_at = ? WHERE id = ?`).run(other.created_at, local.id);
    }
    if (other.uuid === local.uuid) return;
    const alias = this.sql('INSERT OR IGNORE INTO tombstone (uuid, entity, deleted_at, replaced_by) VALUES (?, ?, ?, ?)');
    if (other.uuid > local.uuid) {
      this.renamed.set(other.uuid, local.uuid);
      alias.run(other.uuid, table, this.store.now(), local.uuid);
      return;
    }
    alias.run(local.uuid, table, this.store.now(), other.uuid);
    this.sql(`UPDATE ${table} SET uuid = ? WHERE id = ?`).run(other.uuid, local.id);
    this.sql('UPDATE audit_log SET entity_uuid = ? WHERE entity_uuid = ?').run(other.uuid, local.uuid);
    local.uuid = other.uuid;
  }

  /**
   * Field by field, the later change wins. Returns the columns taken from the other copy. A change already
   * seen here (its audit entry was copied by an earlier merge) is not a change any more.
   */
  mergeFields(table: string, entity: string, local: Row, other: Row, specs: readonly FieldSpec[]): string[] {
    const taken: Record<string, unknown> = {};
    for (const spec of specs) {
      const lv = local[spec.column];
      const ov = spec.map ? spec.map(other[spec.column]) : other[spec.column];
      if (same(lv, ov)) continue;
      const times = this.history.fieldTimes(local, other, spec.column);
      if (!times) continue;
      const { other: otherTime, local: localTime } = times;
      // Equal times (neither side ever changed it): the same value wins on every copy.
      const otherWins = otherTime > localTime || (otherTime === localTime && JSON.stringify(ov ?? null) > JSON.stringify(lv ?? null));
      if (otherWins) {
        if (spec.unique && ov !== null && this.sql(`SELECT 1 FROM ${table} WHERE ${spec.column} = ? AND id != ?`).get(ov, local.id)) continue;
        taken[spec.column] = ov;
        this.note(entity, local.uuid, spec.column, `${spec.column}: ${this.source} changed it later (${otherTime.slice(0, 24)}); its value taken`);
      } else {
        this.note(entity, local.uuid, spec.column, `${spec.column}: changed here later (${localTime.slice(0, 24)}); ${this.source}'s value not taken`);
      }
    }
    const columns = Object.keys(taken);
    // updated_at is the later of the two on both copies, whichever values won.
    const updatedAt = [local.updated_at, other.updated_at].filter((v): v is string => typeof v === 'string').sort().pop();
    if (columns.length === 0 && (updatedAt === undefined || updatedAt === local.updated_at)) return columns;
    const sets = [...columns.map((c) => `${c} = @${c}`), ...(updatedAt ? ['updated_at = @updated_at'] : [])].join(', ');
    this.sql(`UPDATE ${table} SET ${sets} WHERE id = @id`).run({ ...taken, updated_at: updatedAt, id: local.id });
    return columns;
  }

  /** What a merge changed or kept, by field name only: never a value (SPEC §4: no personal data in the log). */
  note(entity: string, uuid: string, field: string, detail: string): void {
    const key = `${uuid}|${detail}`;
    if (this.history.localMergeNotes.has(key)) return;
    this.history.localMergeNotes.add(key);
    this.store.audit({ action: 'merge', entity, entityUuid: uuid, fields: [field], detail });
  }

  /**
   * Every row of one of the other copy's tables, one at a time from an iterated statement (never `.all()`):
   * a merge of two 100,000-person copies does not hold either copy's table in memory (docs/PERFORMANCE.md).
   * The other copy is a connection of its own, so writing here while reading there is safe.
   */
  rows(table: string, order = 'id'): IterableIterator<Row> {
    return this.other.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).iterate() as IterableIterator<Row>;
  }

  byUuid(table: string, uuid: string): Row | undefined {
    return this.sql(`SELECT * FROM ${table} WHERE uuid = ?`).get(uuid) as Row | undefined;
  }

  localRow(table: string, id: number): Row {
    return this.sql(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row;
  }

  localNo(table: 'participant' | 'idea' | 'commitment', id: number): number {
    return this.sql(`SELECT no FROM ${table} WHERE id = ?`).pluck().get(id) as number;
  }
}
