// One step per table, run in this order so that each finds the rows it refers to already merged (a
// participant's unit, an idea's proposer, a score's criterion). Removals come first: a row removed on either
// copy (its uuid in a tombstone) is removed on both and never comes back. Rows travel by uuid, else by their
// natural key (a unit's name, a person by the identity rule, a person's day); the same record under two
// uuids keeps the smaller one on every copy. What the other copy added comes in with the next free `no`
// here, so numbers people already wrote on paper stay as they are. Every rule is a function of what the two
// copies hold together, so copies merged in any order and direction end the same (README "Merging").
import { nameKey } from '../../domain/identity.js';
import { criterionTombstone } from '../corrections.js';
import { type Merger, localIdOf, rowStamp, same } from './merger.js';
import type { Row } from './history.js';
import { mergeCommitmentUpdates, mergeCommitments, mergeIdeaHistory, mergeIdeas, mergeScores } from './tables-work.js';

/** Tables whose removals travel, parents before children; the entity name a tombstone carries. */
const TOMBSTONED = ['unit', 'participant', 'idea', 'commitment', 'attendance', 'idea_status_history', 'score', 'commitment_update'] as const;
const MERGE_TABLE_OF: Record<(typeof TOMBSTONED)[number], Parameters<Merger['record']>[0]> = {
  unit: 'units',
  participant: 'participants',
  idea: 'ideas',
  commitment: 'commitments',
  attendance: 'attendance',
  idea_status_history: 'idea_status_history',
  score: 'scores',
  commitment_update: 'commitment_updates',
};

/** Merges every table of the other copy into this one, then copies its audit entries. */
export function mergeTables(m: Merger): void {
  mergeTombstones(m);
  mergeWorkshop(m);
  mergeUnits(m);
  mergeCriteria(m);
  mergeParticipants(m);
  mergeAttendance(m);
  mergeIdeas(m);
  mergeIdeaHistory(m);
  mergeScores(m);
  mergeCommitments(m);
  mergeCommitmentUpdates(m);
  // A removed unit last: its people, ideas and commitments have moved by now (unit merge on the other copy).
  removeTombstoned(m, ['unit']);
  copyAudit(m);
}

function mergeTombstones(m: Merger): void {
  const tombstones = m.other.prepare('SELECT uuid, entity, deleted_at, replaced_by FROM tombstone ORDER BY deleted_at, uuid').all() as {
    uuid: string;
    entity: string;
    deleted_at: string;
    replaced_by: string | null;
  }[];
  // First everything both know, so a removal follows a record to the uuid it now lives on as.
  const insert = m.sql('INSERT OR IGNORE INTO tombstone (uuid, entity, deleted_at, replaced_by) VALUES (@uuid, @entity, @deleted_at, @replaced_by)');
  for (const t of tombstones) insert.run(t);
  removeTombstoned(m, TOMBSTONED.filter((t) => t !== 'unit'));
}

/** Removes here every row of `tables` that a removal tombstone names (directly or through a replaced uuid). */
function removeTombstoned(m: Merger, tables: readonly (typeof TOMBSTONED)[number][]): void {
  const removals = m.sql('SELECT uuid, entity FROM tombstone WHERE replaced_by IS NULL').all() as { uuid: string; entity: string }[];
  for (const t of tables.includes('unit') ? [] : removals) {
    if (t.entity !== 'criterion') continue;
    const local = m.sql("SELECT * FROM criterion WHERE 'criterion:' || lower(name) = ?").get(t.uuid) as Row | undefined;
    if (local) m.sql('DELETE FROM criterion WHERE id = ?').run(local.id);
    if (local) m.record('criteria', 'removed', {}, local.name);
  }
  for (const table of tables) {
    for (const t of removals) {
      if (t.entity !== table) continue;
      const local = m.byUuid(table, t.uuid) ?? m.byUuid(table, m.current(t.uuid));
      if (!local) continue;
      // A unit still in use here stays (its removal was refused here for the same reason it would be).
      if (table === 'unit' && m.sql('SELECT 1 FROM participant WHERE unit_id = ? UNION ALL SELECT 1 FROM idea WHERE unit_id = ? UNION ALL SELECT 1 FROM commitment WHERE unit_id = ?').get(local.id, local.id, local.id)) continue;
      m.sql(`DELETE FROM ${table} WHERE id = ?`).run(local.id);
      m.record(MERGE_TABLE_OF[table], 'removed', local, local.name ?? local.title ?? local.action ?? null);
    }
  }
}

function mergeWorkshop(m: Merger): void {
  const local = m.sql('SELECT * FROM workshop WHERE id = 1').get() as Row;
  const other = m.other.prepare('SELECT * FROM workshop WHERE id = 1').get() as Row;
  const columns = ['title', 'organizer', 'partner', 'city', 'venue', 'start_date', 'end_date', 'legal_basis', 'lang', 'signatory_position', 'signatory_name', 'signatory_nip'];
  const present = new Set(Object.keys(local));
  const fields = m.mergeFields('workshop', 'workshop', local, other, columns.filter((c) => present.has(c)).map((column) => ({ column })));
  if (fields.length > 0) m.record('workshop', 'updated', local, other.title, fields);
}

function mergeUnits(m: Merger): void {
  for (const o of m.rows('unit', 'no')) {
    if (m.tombstoned(o.uuid)) continue;
    const local = m.byUuid('unit', o.uuid) ?? (m.sql('SELECT * FROM unit WHERE name = ? COLLATE NOCASE').get(o.name) as Row | undefined);
    if (!local) {
      const id = m.insert('unit', o, { no: m.store.nextNo('unit') });
      m.unitMap.set(o.id, id);
      m.record('units', 'added', m.localRow('unit', id), o.name);
      continue;
    }
    m.unitMap.set(o.id, local.id);
    const fields = m.mergeFields('unit', 'unit', local, o, [{ column: 'name', unique: true }, { column: 'short_name' }, { column: 'kind' }, { column: 'partner' }]);
    m.unify('unit', local, o);
    if (fields.length > 0) m.record('units', 'updated', local, o.name, fields);
  }
}

function mergeCriteria(m: Merger): void {
  for (const o of m.rows('criterion', 'position')) {
    if (m.tombstoned(criterionTombstone(String(o.name)))) continue;
    const local = m.sql('SELECT * FROM criterion WHERE name = ? COLLATE NOCASE').get(o.name) as Row | undefined;
    if (!local) {
      const position = m.sql('SELECT COALESCE(MAX(position), 0) + 1 FROM criterion').pluck().get() as number;
      const id = m.insert('criterion', o, { position });
      m.criterionMap.set(o.id, id);
      m.record('criteria', 'added', {}, o.name);
      continue;
    }
    m.criterionMap.set(o.id, local.id);
    // Criteria have no uuid and no per-field audit: the later row wins as a whole.
    const stamp = (r: Row) => `${String(r.updated_at ?? '')}|${JSON.stringify([r.weight, r.label])}`;
    if (stamp(o) > stamp(local) && (!same(o.weight, local.weight) || !same(o.label, local.label))) {
      m.sql('UPDATE criterion SET weight = ?, label = ?, updated_at = ? WHERE id = ?').run(o.weight, o.label, o.updated_at, local.id);
      m.store.audit({ action: 'merge', entity: 'criterion', fields: ['weight', 'label'], detail: `${String(o.name)}: ${m.source} changed it later` });
      m.record('criteria', 'updated', {}, o.name, ['weight', 'label']);
    }
  }
}

/** The person here that the other copy's row is, by uuid, else by the identity rule (domain/identity.ts). */
function samePerson(m: Merger, o: Row, unitId: number | null): Row | undefined {
  const byUuid = m.byUuid('participant', o.uuid) ?? m.byUuid('participant', m.current(o.uuid));
  if (byUuid) return byUuid;
  if (o.nip) {
    const byNip = m.sql('SELECT * FROM participant WHERE nip = ?').get(o.nip) as Row | undefined;
    if (byNip) return byNip;
  }
  if (o.email) {
    const byEmail = m.sql('SELECT * FROM participant WHERE email = ? ORDER BY uuid LIMIT 1').get(o.email) as Row | undefined;
    if (byEmail && (!o.nip || !byEmail.nip)) return byEmail;
  }
  const key = nameKey(String(o.name));
  const candidates = m.sql('SELECT * FROM participant WHERE unit_id IS ? ORDER BY uuid').all(unitId) as Row[];
  return candidates.find((p) => nameKey(String(p.name)) === key && (!o.nip || !p.nip) && (!o.email || !p.email || p.email === o.email));
}

function mergeParticipants(m: Merger): void {
  const mapUnit = localIdOf(m.unitMap);
  for (const o of m.rows('participant', 'no')) {
    if (m.tombstoned(o.uuid)) continue;
    let local = samePerson(m, o, mapUnit(o.unit_id) as number | null);
    let nip = o.nip;
    // The same NIP typed for two different people on two laptops: a conflict, never a silent fusion.
    if (local && local.uuid !== o.uuid && o.nip && local.nip === o.nip && nameKey(String(local.name)) !== nameKey(String(o.name))) {
      m.conflicts.push({ nip: o.nip as string, ours: { no: local.no as number, name: String(local.name) }, theirs: { no: o.no as number, name: String(o.name) } });
      if (m.prefer === undefined) continue;
      if (m.prefer === 'theirs') {
        m.sql('UPDATE participant SET nip = NULL, updated_at = ? WHERE id = ?').run(m.store.now(), local.id);
        m.store.audit({ action: 'merge', entity: 'participant', entityUuid: local.uuid, fields: ['nip'], detail: `nip: given to ${m.source}'s person (--prefer theirs)` });
      } else nip = null;
      local = undefined;
    }
    if (!local) {
      const id = m.insert('participant', o, { no: m.store.nextNo('participant'), unit_id: mapUnit(o.unit_id), nip });
      m.participantMap.set(o.id, id);
      m.record('participants', 'added', m.localRow('participant', id), o.name);
      continue;
    }
    m.participantMap.set(o.id, local.id);
    const fields = m.mergeFields('participant', 'participant', local, o, [
      { column: 'name' },
      { column: 'nip', unique: true },
      { column: 'position' },
      { column: 'unit_id', map: mapUnit },
      { column: 'role' },
      { column: 'phone' },
      { column: 'email' },
    ]);
    m.unify('participant', local, o);
    if (fields.length > 0) m.record('participants', 'updated', local, o.name, fields);
  }
}

const ATTENDANCE_COLUMNS = ['status', 'checked_in_at', 'how', 'note', 'representative', 'recorded_at', 'created_at'] as const;

/**
 * One row per person per day. A day only the other copy has comes in; on both, the whole row updated last
 * wins (then the larger uuid, then the values: the same choice on every copy), and the loser's uuid is
 * buried so the copies that hold it drop it too.
 */
function mergeAttendance(m: Merger): void {
  for (const o of m.rows('attendance', 'date, id')) {
    const participantId = m.participantMap.get(o.participant_id as number);
    if (m.tombstoned(o.uuid)) continue;
    // The person was removed: the day goes with them, on every copy (as ON DELETE CASCADE did here).
    if (participantId === undefined) {
      m.bury('attendance', o.uuid);
      continue;
    }
    const local = (m.byUuid('attendance', o.uuid) ?? m.sql('SELECT * FROM attendance WHERE participant_id = ? AND date = ?').get(participantId, o.date)) as Row | undefined;
    const label = `${String(o.date)} #${m.localNo('participant', participantId)}`;
    if (!local) {
      const id = m.insert('attendance', o, { participant_id: participantId });
      m.record('attendance', 'added', m.localRow('attendance', id), label);
      continue;
    }
    if (rowStamp(o.updated_at, o, ATTENDANCE_COLUMNS) <= rowStamp(local.updated_at, local, ATTENDANCE_COLUMNS)) {
      if (local.uuid !== o.uuid) m.bury('attendance', o.uuid);
      continue;
    }
    const differing = ATTENDANCE_COLUMNS.filter((c) => !same(local[c], o[c]));
    if (local.uuid !== o.uuid) m.bury('attendance', local.uuid);
    m.sql('UPDATE attendance SET uuid = ?, status = ?, checked_in_at = ?, how = ?, note = ?, representative = ?, recorded_at = ?, created_at = ?, updated_at = ? WHERE id = ?').run(
      o.uuid,
      o.status,
      o.checked_in_at,
      o.how,
      o.note,
      o.representative,
      o.recorded_at,
      o.created_at,
      o.updated_at,
      local.id,
    );
    for (const c of differing) m.note('attendance', o.uuid, c, `${c}: ${m.source} changed the day later; its value taken`);
    if (differing.length > 0) m.record('attendance', 'updated', local, label, differing);
  }
}

/** The other copy's history comes along, so the log tells the whole story and the next merge knows what it saw. */
function copyAudit(m: Merger): void {
  const insert = m.sql(
    `INSERT INTO audit_log (uuid, at, command, action, entity, entity_uuid, fields, detail)
     VALUES (@uuid, @at, @command, @action, @entity, @entity_uuid, @fields, @detail)`,
  );
  for (const a of m.other.prepare('SELECT uuid, at, command, action, entity, entity_uuid, fields, detail FROM audit_log ORDER BY id').iterate() as Iterable<Record<string, unknown>>) {
    if (m.history.localAudit.has(a.uuid as string)) continue;
    insert.run({ ...a, entity_uuid: m.renamed.get(a.entity_uuid as string) ?? a.entity_uuid });
    m.history.localAudit.add(a.uuid as string);
    m.auditCopied++;
  }
}
