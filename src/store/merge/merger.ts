// The row-level work of a merge, shared by every table's step (tables.ts): inserting the other copy's rows,
// merging a row's fields (the later change wins, see history.ts), the audit notes of what was overwritten
// or discarded, and the list of changes the summary counts.
import type { Statement } from 'better-sqlite3';
import type { Db, WorkshopStore } from '../db.js';
import { ChangeHistory, type Row } from './history.js';
import type { MergeChange, MergeTable } from './summary.js';

export interface FieldSpec {
  column: string;
  /** The other copy's value as it is written here (foreign keys become local ids). */
  map?: (value: unknown) => unknown;
  /** Must stay unique in its table: a clash keeps the local value. */
  unique?: boolean;
  /** Masked when it goes into the audit log. */
  phone?: boolean;
}

export const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

export function showValue(value: unknown, spec?: FieldSpec): string {
  if (value === null || value === undefined) return '(empty)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (spec?.phone) return text.replace(/\d(?=(?:\D*\d){3})/g, '*');
  return JSON.stringify(text.length > 200 ? text.slice(0, 200) + '…' : text);
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
  private readonly columnsCache = new Map<string, string[]>();
  private readonly statements = new Map<string, Statement>();

  constructor(
    readonly store: WorkshopStore,
    readonly other: Db,
    readonly source: string,
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
    if ('uuid' in values && this.sql(`SELECT 1 FROM ${table} WHERE uuid = ?`).get(values.uuid)) values.uuid = this.store.uuid();
    const names = Object.keys(values);
    const info = this.sql(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => '@' + n).join(', ')})`).run(values);
    return Number(info.lastInsertRowid);
  }

  /** A row the local copy deleted after the other copy last touched it stays deleted. */
  deletedHere(row: Row): boolean {
    return this.history.deletedHere(row);
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
      if (otherTime > localTime) {
        if (spec.unique && ov !== null && this.sql(`SELECT 1 FROM ${table} WHERE ${spec.column} = ? AND id != ?`).get(ov, local.id)) continue;
        taken[spec.column] = ov;
        this.note(entity, local.uuid, spec.column, `${spec.column}: ${this.source} ${otherTime} > ${localTime}; replaced ${showValue(lv, spec)}`);
      } else {
        this.note(entity, local.uuid, spec.column, `${spec.column}: kept ${localTime} >= ${this.source} ${otherTime}; discarded ${showValue(ov, spec)}`);
      }
    }
    const columns = Object.keys(taken);
    if (columns.length === 0) return columns;
    const updatedAt = [local.updated_at, other.updated_at].filter((v): v is string => typeof v === 'string').sort().pop();
    const sets = [...columns.map((c) => `${c} = @${c}`), ...(updatedAt ? ['updated_at = @updated_at'] : [])].join(', ');
    this.sql(`UPDATE ${table} SET ${sets} WHERE id = @id`).run({ ...taken, updated_at: updatedAt, id: local.id });
    return columns;
  }

  /** The one place a value goes into the audit log: what a merge overwrote or discarded (phones masked). */
  note(entity: string, uuid: string, field: string, detail: string): void {
    const key = `${uuid}|${detail}`;
    if (this.history.localMergeNotes.has(key)) return;
    this.history.localMergeNotes.add(key);
    this.store.audit({ action: 'merge', entity, entityUuid: uuid, fields: [field], detail });
  }

  /** Every row of one of the other copy's tables. */
  all(table: string, order = 'id'): Row[] {
    return this.other.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Row[];
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
