// Merging another laptop's copy of the same workshop into this one. Rows travel by uuid (then by their natural
// key: a unit's name, a participant's NIP, a person's day); what the other copy added comes in with the next
// free `no` here, so numbers people already wrote on paper stay as they are. When both copies changed the same
// field, the later change wins: the time of a change is the latest audit entry naming that field (merge entries
// themselves do not count, they only carry changes made elsewhere), else the row's updated_at. The other
// copy's audit entries are copied over, which is also how a second merge of the same file knows there is
// nothing new: a change whose audit entry is already here has been seen.
import Database from 'better-sqlite3';
import { basename } from 'node:path';
import { ConflictError, FileError, NotFoundError } from '../errors.js';
import type { Statement } from 'better-sqlite3';
import { APPLICATION_ID, type Db, type WorkshopStore, sqliteError } from './db.js';
import { SCHEMA_VERSION } from './migrations/index.js';

type Row = Record<string, unknown> & { id: number; uuid: string; updated_at?: string };

export const MERGE_TABLES = [
  'workshop',
  'units',
  'criteria',
  'participants',
  'attendance',
  'ideas',
  'idea_status_history',
  'scores',
  'commitments',
  'commitment_updates',
] as const;
export type MergeTable = (typeof MERGE_TABLES)[number];

export interface MergeChange {
  table: MergeTable;
  action: 'added' | 'updated';
  uuid: string | null;
  no: number | null;
  label: string | null;
  fields: string[];
}

export interface MergeResult {
  workshop_uuid: string;
  dry_run: boolean;
  counts: Record<MergeTable, { added: number; updated: number }>;
  /** Changes to data rows; copied audit entries are counted apart. */
  total: number;
  audit_entries: number;
  changes: MergeChange[];
}

/** Opens the other copy read-only: it is never changed, and must have exactly this innolab's schema. */
export function openOtherCopy(path: string): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_CANTOPEN' || code === 'ENOENT') throw new NotFoundError('merge.otherNotFound', { file: path });
    throw sqliteError(error, path);
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw new FileError('error.notInnolab', { file: path });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new ConflictError('error.newerFile', { file: path, found: version, known: SCHEMA_VERSION });
    }
    if (version < SCHEMA_VERSION) {
      throw new ConflictError('merge.olderSchema', { file: path, found: version, known: SCHEMA_VERSION });
    }
    return db;
  } catch (error) {
    db.close();
    throw sqliteError(error, path);
  }
}

interface FieldSpec {
  column: string;
  /** The other copy's value as it is written here (foreign keys become local ids). */
  map?: (value: unknown) => unknown;
  /** Must stay unique in its table: a clash keeps the local value. */
  unique?: boolean;
  /** Masked when it goes into the audit log. */
  phone?: boolean;
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

function showValue(value: unknown, spec?: FieldSpec): string {
  if (value === null || value === undefined) return '(empty)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (spec?.phone) return text.replace(/\d(?=(?:\D*\d){3})/g, '*');
  return JSON.stringify(text.length > 200 ? text.slice(0, 200) + '…' : text);
}

class Merger {
  readonly changes: MergeChange[] = [];
  auditCopied = 0;
  private readonly localAudit = new Set<string>();
  private readonly localMergeNotes = new Set<string>();
  /** entity uuid → field → latest time of a change made here (or copied here from elsewhere). */
  private readonly localFieldTime = new Map<string, Map<string, string>>();
  /** entity uuid → field → latest change in the other copy. */
  private readonly otherFieldLatest = new Map<string, Map<string, { at: string; uuid: string }>>();
  private readonly localDeleted = new Map<string, string>();
  /** Entities with audit entries on each side: a field none of them names was never changed there. */
  private readonly localAudited = new Set<string>();
  private readonly otherAudited = new Set<string>();
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
    const db = store.db;
    for (const a of db.prepare('SELECT uuid, at, action, entity_uuid, fields, detail FROM audit_log').iterate() as Iterable<AuditRow>) {
      this.localAudit.add(a.uuid);
      if (a.action === 'merge') {
        if (a.entity_uuid && a.detail) this.localMergeNotes.add(`${a.entity_uuid}|${a.detail}`);
        continue;
      }
      if (a.action === 'delete' && a.entity_uuid) {
        if ((this.localDeleted.get(a.entity_uuid) ?? '') < a.at) this.localDeleted.set(a.entity_uuid, a.at);
      }
      if (a.entity_uuid) this.localAudited.add(a.entity_uuid);
      for (const field of parseFields(a)) {
        const byField = getOrCreate(this.localFieldTime, a.entity_uuid!);
        if ((byField.get(field) ?? '') < a.at) byField.set(field, a.at);
      }
    }
    for (const a of other.prepare('SELECT uuid, at, action, entity_uuid, fields FROM audit_log').iterate() as Iterable<AuditRow>) {
      if (a.action === 'merge') continue;
      if (a.entity_uuid) this.otherAudited.add(a.entity_uuid);
      for (const field of parseFields(a)) {
        const byField = getOrCreate(this.otherFieldLatest, a.entity_uuid!);
        const seen = byField.get(field);
        if (!seen || seen.at < a.at) byField.set(field, { at: a.at, uuid: a.uuid });
      }
    }
  }

  /** Prepared once per merge: the same few statements run for every row. */
  private sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.store.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  private record(table: MergeTable, action: MergeChange['action'], row: { uuid?: unknown; no?: unknown }, label: unknown, fields: string[] = []): void {
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
    const at = this.localDeleted.get(row.uuid);
    return at !== undefined && at >= (row.updated_at ?? row.at ?? '');
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
      const latest = this.otherFieldLatest.get(other.uuid)?.get(spec.column);
      if (latest && this.localAudit.has(latest.uuid)) continue;
      const otherTime = latest?.at ?? unchangedSince(other, this.otherAudited);
      const localTime = this.localFieldTime.get(local.uuid)?.get(spec.column) ?? unchangedSince(local, this.localAudited);
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
    if (this.localMergeNotes.has(key)) return;
    this.localMergeNotes.add(key);
    this.store.audit({ action: 'merge', entity, entityUuid: uuid, fields: [field], detail });
  }

  run(): void {
    this.workshop();
    this.units();
    this.criteria();
    this.participants();
    this.attendance();
    this.ideas();
    this.ideaHistory();
    this.scores();
    this.commitments();
    this.commitmentUpdates();
    this.audit();
  }

  private all(table: string, order = 'id'): Row[] {
    return this.other.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Row[];
  }

  private byUuid(table: string, uuid: string): Row | undefined {
    return this.sql(`SELECT * FROM ${table} WHERE uuid = ?`).get(uuid) as Row | undefined;
  }

  private workshop(): void {
    const local = this.sql('SELECT * FROM workshop WHERE id = 1').get() as Row;
    const other = this.other.prepare('SELECT * FROM workshop WHERE id = 1').get() as Row;
    const columns = ['title', 'organizer', 'partner', 'city', 'venue', 'start_date', 'end_date', 'legal_basis', 'lang', 'signatory_position', 'signatory_name', 'signatory_nip'];
    const fields = this.mergeFields('workshop', 'workshop', local, other, columns.map((column) => ({ column })));
    if (fields.length > 0) this.record('workshop', 'updated', local, other.title, fields);
  }

  private units(): void {
    for (const o of this.all('unit', 'no')) {
      const local = this.byUuid('unit', o.uuid) ?? (this.sql('SELECT * FROM unit WHERE name = ? COLLATE NOCASE').get(o.name) as Row | undefined);
      if (!local) {
        const id = this.insert('unit', o, { no: this.store.nextNo('unit') });
        this.unitMap.set(o.id, id);
        this.record('units', 'added', this.localRow('unit', id), o.name);
        continue;
      }
      this.unitMap.set(o.id, local.id);
      const fields = this.mergeFields('unit', 'unit', local, o, [{ column: 'name', unique: true }, { column: 'short_name' }, { column: 'kind' }]);
      if (fields.length > 0) this.record('units', 'updated', local, o.name, fields);
    }
  }

  private criteria(): void {
    for (const o of this.all('criterion', 'position')) {
      const local = this.sql('SELECT * FROM criterion WHERE name = ? COLLATE NOCASE').get(o.name) as Row | undefined;
      if (!local) {
        const position = this.sql('SELECT COALESCE(MAX(position), 0) + 1 FROM criterion').pluck().get() as number;
        const id = this.insert('criterion', o, { position });
        this.criterionMap.set(o.id, id);
        this.record('criteria', 'added', {}, o.name);
        continue;
      }
      this.criterionMap.set(o.id, local.id);
      // Criteria have no uuid and no per-field audit: the later row wins as a whole.
      if ((o.updated_at ?? '') > (local.updated_at ?? '') && (!same(o.weight, local.weight) || !same(o.label, local.label))) {
        this.sql('UPDATE criterion SET weight = ?, label = ?, updated_at = ? WHERE id = ?').run(o.weight, o.label, o.updated_at, local.id);
        this.store.audit({ action: 'merge', entity: 'criterion', fields: ['weight', 'label'], detail: `${String(o.name)}: replaced weight ${String(local.weight)}, label ${showValue(local.label)}` });
        this.record('criteria', 'updated', {}, o.name, ['weight', 'label']);
      }
    }
  }

  private participants(): void {
    const mapUnit = (v: unknown) => (v == null ? null : (this.unitMap.get(v as number) ?? null));
    for (const o of this.all('participant', 'no')) {
      const local =
        this.byUuid('participant', o.uuid) ??
        (o.nip ? (this.sql('SELECT * FROM participant WHERE nip = ?').get(o.nip) as Row | undefined) : undefined) ??
        (!o.nip && o.email ? (this.sql('SELECT * FROM participant INDEXED BY participant_email WHERE nip IS NULL AND email = ? COLLATE NOCASE').get(o.email) as Row | undefined) : undefined);
      if (!local) {
        if (this.deletedHere(o)) continue;
        const id = this.insert('participant', o, { no: this.store.nextNo('participant'), unit_id: mapUnit(o.unit_id) });
        this.participantMap.set(o.id, id);
        this.record('participants', 'added', this.localRow('participant', id), o.name);
        continue;
      }
      this.participantMap.set(o.id, local.id);
      const fields = this.mergeFields('participant', 'participant', local, o, [
        { column: 'name' },
        { column: 'nip', unique: true },
        { column: 'position' },
        { column: 'unit_id', map: mapUnit },
        { column: 'role' },
        { column: 'phone', phone: true },
        { column: 'email' },
      ]);
      if (fields.length > 0) this.record('participants', 'updated', local, o.name, fields);
    }
  }

  /** One row per person per day: a day only the other copy has comes in; on both, the later update wins. */
  private attendance(): void {
    const columns = ['status', 'checked_in_at', 'how', 'note', 'representative'] as const;
    for (const o of this.all('attendance', 'date, id')) {
      const participantId = this.participantMap.get(o.participant_id as number);
      if (participantId === undefined) continue;
      const local = this.sql('SELECT * FROM attendance WHERE participant_id = ? AND date = ?').get(participantId, o.date) as Row | undefined;
      const label = `${String(o.date)} #${this.localNo('participant', participantId)}`;
      if (!local) {
        if (this.deletedHere(o)) continue;
        const id = this.insert('attendance', o, { participant_id: participantId });
        this.record('attendance', 'added', this.localRow('attendance', id), label);
        continue;
      }
      const differing = columns.filter((c) => !same(local[c], o[c]));
      if (differing.length === 0 || (o.updated_at ?? '') <= (local.updated_at ?? '')) continue;
      this.store.db
        .prepare('UPDATE attendance SET status = ?, checked_in_at = ?, how = ?, note = ?, representative = ?, updated_at = ? WHERE id = ?')
        .run(o.status, o.checked_in_at, o.how, o.note, o.representative, o.updated_at, local.id);
      for (const c of differing) this.note('attendance', local.uuid, c, `${c}: ${this.source} ${String(o.updated_at)} > ${String(local.updated_at)}; replaced ${showValue(local[c])}`);
      this.record('attendance', 'updated', local, label, differing);
    }
  }

  private ideas(): void {
    const mapUnit = (v: unknown) => (v == null ? null : (this.unitMap.get(v as number) ?? null));
    const mapParticipant = (v: unknown) => (v == null ? null : (this.participantMap.get(v as number) ?? null));
    for (const o of this.all('idea', 'no')) {
      const local = this.byUuid('idea', o.uuid);
      if (!local) {
        if (this.deletedHere(o)) continue;
        const id = this.insert('idea', o, { no: this.store.nextNo('idea'), unit_id: mapUnit(o.unit_id), proposer_id: mapParticipant(o.proposer_id) });
        this.ideaMap.set(o.id, id);
        this.record('ideas', 'added', this.localRow('idea', id), o.title);
        continue;
      }
      this.ideaMap.set(o.id, local.id);
      const plain = ['title', 'form', 'kind', 'affair', 'problem', 'description', 'objective', 'benefit', 'expected_result', 'proposer_name', 'status'];
      const fields = this.mergeFields('idea', 'idea', local, o, [
        { column: 'unit_id', map: mapUnit },
        { column: 'proposer_id', map: mapParticipant },
        ...plain.map((column) => ({ column })),
      ]);
      if (fields.length > 0) this.record('ideas', 'updated', local, o.title, fields);
    }
  }

  private ideaHistory(): void {
    for (const o of this.all('idea_status_history', 'at, id')) {
      const ideaId = this.ideaMap.get(o.idea_id as number);
      if (ideaId === undefined || this.byUuid('idea_status_history', o.uuid)) continue;
      const id = this.insert('idea_status_history', o, { idea_id: ideaId });
      this.record('idea_status_history', 'added', this.localRow('idea_status_history', id), `#${this.localNo('idea', ideaId)} ${String(o.to_status)}`);
    }
  }

  /** A score is one scorer's value for one idea and criterion; the later one wins. */
  private scores(): void {
    for (const o of this.all('score', 'at, id')) {
      const ideaId = this.ideaMap.get(o.idea_id as number);
      const criterionId = this.criterionMap.get(o.criterion_id as number);
      if (ideaId === undefined || criterionId === undefined) continue;
      const local =
        this.byUuid('score', o.uuid) ??
        (this.sql('SELECT * FROM score WHERE idea_id = ? AND criterion_id = ? AND scorer = ?').get(ideaId, criterionId, o.scorer) as Row | undefined);
      const label = `#${this.localNo('idea', ideaId)} ${String(o.scorer)}`;
      if (!local) {
        const id = this.insert('score', o, { idea_id: ideaId, criterion_id: criterionId });
        this.record('scores', 'added', this.localRow('score', id), label);
        continue;
      }
      if (same(local.value, o.value) || String(o.at) <= String(local.at)) continue;
      this.sql('UPDATE score SET value = ?, at = ? WHERE id = ?').run(o.value, o.at, local.id);
      this.note('score', local.uuid, 'value', `value: ${this.source} ${String(o.at)} > ${String(local.at)}; replaced ${showValue(local.value)}`);
      this.record('scores', 'updated', local, label, ['value']);
    }
  }

  private commitments(): void {
    const mapUnit = (v: unknown) => (v == null ? null : (this.unitMap.get(v as number) ?? null));
    const mapIdea = (v: unknown) => (v == null ? null : (this.ideaMap.get(v as number) ?? null));
    const mapParticipant = (v: unknown) => (v == null ? null : (this.participantMap.get(v as number) ?? null));
    for (const o of this.all('commitment', 'no')) {
      const local = this.byUuid('commitment', o.uuid);
      if (!local) {
        if (this.deletedHere(o)) continue;
        const id = this.insert('commitment', o, {
          no: this.store.nextNo('commitment'),
          unit_id: mapUnit(o.unit_id),
          idea_id: mapIdea(o.idea_id),
          owner_id: mapParticipant(o.owner_id),
        });
        this.commitmentMap.set(o.id, id);
        this.record('commitments', 'added', this.localRow('commitment', id), o.action);
        continue;
      }
      this.commitmentMap.set(o.id, local.id);
      const fields = this.mergeFields('commitment', 'commitment', local, o, [
        { column: 'unit_id', map: mapUnit },
        { column: 'idea_id', map: mapIdea },
        { column: 'owner_id', map: mapParticipant },
        ...['action', 'owner_name', 'output', 'indicator', 'due_date', 'status', 'progress'].map((column) => ({ column })),
      ]);
      if (fields.length > 0) this.record('commitments', 'updated', local, o.action, fields);
    }
  }

  private commitmentUpdates(): void {
    for (const o of this.all('commitment_update', 'at, id')) {
      const commitmentId = this.commitmentMap.get(o.commitment_id as number);
      if (commitmentId === undefined || this.byUuid('commitment_update', o.uuid)) continue;
      const id = this.insert('commitment_update', o, { commitment_id: commitmentId });
      this.record('commitment_updates', 'added', this.localRow('commitment_update', id), `#${this.localNo('commitment', commitmentId)} ${String(o.date)}`);
    }
  }

  /** The other copy's history comes along, so the log tells the whole story and the next merge knows what it saw. */
  private audit(): void {
    const insert = this.sql(
      `INSERT INTO audit_log (uuid, at, command, action, entity, entity_uuid, fields, detail)
       VALUES (@uuid, @at, @command, @action, @entity, @entity_uuid, @fields, @detail)`,
    );
    for (const a of this.other.prepare('SELECT uuid, at, command, action, entity, entity_uuid, fields, detail FROM audit_log ORDER BY id').iterate() as Iterable<Record<string, unknown>>) {
      if (this.localAudit.has(a.uuid as string)) continue;
      insert.run(a);
      this.localAudit.add(a.uuid as string);
      this.auditCopied++;
    }
  }

  private localRow(table: string, id: number): Row {
    return this.sql(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row;
  }

  private localNo(table: 'participant' | 'idea' | 'commitment', id: number): number {
    return this.sql(`SELECT no FROM ${table} WHERE id = ?`).pluck().get(id) as number;
  }
}

/**
 * When no audit entry names a field, the field has kept its first value: its time is the row's creation. Only
 * a row without any audit entry (written by something that did not audit) falls back to its updated_at.
 */
function unchangedSince(row: Row, audited: ReadonlySet<string>): string {
  const time = audited.has(row.uuid) ? row.created_at : row.updated_at;
  return typeof time === 'string' ? time : '';
}

interface AuditRow {
  uuid: string;
  at: string;
  action: string;
  entity_uuid: string | null;
  fields: string | null;
  detail?: string | null;
}

function parseFields(a: AuditRow): string[] {
  if (!a.entity_uuid || !a.fields) return [];
  try {
    const fields = JSON.parse(a.fields) as unknown;
    return Array.isArray(fields) ? fields.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

function getOrCreate<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

class DryRunRollback extends Error {}

/**
 * Brings the other copy's additions and changes into `store`, in one transaction. With `dryRun` the same
 * work is done and then rolled back, so the counts it reports are exactly what a real merge would do.
 */
export function mergeCopies(store: WorkshopStore, other: Db, options: { dryRun: boolean; otherPath: string }): MergeResult {
  const localUuid = store.db.prepare('SELECT uuid FROM workshop WHERE id = 1').pluck().get() as string;
  const otherUuid = other.prepare('SELECT uuid FROM workshop WHERE id = 1').pluck().get() as string | undefined;
  if (otherUuid !== localUuid) {
    throw new ConflictError('merge.otherWorkshop', { file: options.otherPath });
  }
  let merger: Merger | undefined;
  try {
    store.change(() => {
      merger = new Merger(store, other, basename(options.otherPath));
      merger.run();
      const total = merger.changes.length;
      if (total > 0 || merger.auditCopied > 0) {
        store.audit({ action: 'merge', entity: 'workshop', entityUuid: localUuid, detail: `${basename(options.otherPath)}: ${total} changes, ${merger.auditCopied} audit entries` });
      }
      if (options.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  const counts = Object.fromEntries(MERGE_TABLES.map((t) => [t, { added: 0, updated: 0 }])) as MergeResult['counts'];
  for (const change of merger!.changes) counts[change.table][change.action]++;
  return { workshop_uuid: localUuid, dry_run: options.dryRun, counts, total: merger!.changes.length, audit_entries: merger!.auditCopied, changes: merger!.changes };
}
