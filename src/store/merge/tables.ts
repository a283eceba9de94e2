// One step per table, run in this order so that each finds the rows it refers to already merged (a
// participant's unit, an idea's proposer, a score's criterion). Rows travel by uuid (then by their natural
// key: a unit's name, a participant's NIP, a person's day); what the other copy added comes in with the next
// free `no` here, so numbers people already wrote on paper stay as they are.
import { type Merger, same, showValue } from './merger.js';
import type { Row } from './history.js';

/** Merges every table of the other copy into this one, then copies its audit entries. */
export function mergeTables(m: Merger): void {
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
  copyAudit(m);
}

function mergeWorkshop(m: Merger): void {
  const local = m.sql('SELECT * FROM workshop WHERE id = 1').get() as Row;
  const other = m.other.prepare('SELECT * FROM workshop WHERE id = 1').get() as Row;
  const columns = ['title', 'organizer', 'partner', 'city', 'venue', 'start_date', 'end_date', 'legal_basis', 'lang', 'signatory_position', 'signatory_name', 'signatory_nip'];
  const fields = m.mergeFields('workshop', 'workshop', local, other, columns.map((column) => ({ column })));
  if (fields.length > 0) m.record('workshop', 'updated', local, other.title, fields);
}

function mergeUnits(m: Merger): void {
  for (const o of m.all('unit', 'no')) {
    const local = m.byUuid('unit', o.uuid) ?? (m.sql('SELECT * FROM unit WHERE name = ? COLLATE NOCASE').get(o.name) as Row | undefined);
    if (!local) {
      const id = m.insert('unit', o, { no: m.store.nextNo('unit') });
      m.unitMap.set(o.id, id);
      m.record('units', 'added', m.localRow('unit', id), o.name);
      continue;
    }
    m.unitMap.set(o.id, local.id);
    const fields = m.mergeFields('unit', 'unit', local, o, [{ column: 'name', unique: true }, { column: 'short_name' }, { column: 'kind' }]);
    if (fields.length > 0) m.record('units', 'updated', local, o.name, fields);
  }
}

function mergeCriteria(m: Merger): void {
  for (const o of m.all('criterion', 'position')) {
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
    if ((o.updated_at ?? '') > (local.updated_at ?? '') && (!same(o.weight, local.weight) || !same(o.label, local.label))) {
      m.sql('UPDATE criterion SET weight = ?, label = ?, updated_at = ? WHERE id = ?').run(o.weight, o.label, o.updated_at, local.id);
      m.store.audit({ action: 'merge', entity: 'criterion', fields: ['weight', 'label'], detail: `${String(o.name)}: replaced weight ${String(local.weight)}, label ${showValue(local.label)}` });
      m.record('criteria', 'updated', {}, o.name, ['weight', 'label']);
    }
  }
}

function mergeParticipants(m: Merger): void {
  const mapUnit = (v: unknown) => (v == null ? null : (m.unitMap.get(v as number) ?? null));
  for (const o of m.all('participant', 'no')) {
    const local =
      m.byUuid('participant', o.uuid) ??
      (o.nip ? (m.sql('SELECT * FROM participant WHERE nip = ?').get(o.nip) as Row | undefined) : undefined) ??
      (!o.nip && o.email ? (m.sql('SELECT * FROM participant INDEXED BY participant_email WHERE nip IS NULL AND email = ? COLLATE NOCASE').get(o.email) as Row | undefined) : undefined);
    if (!local) {
      if (m.deletedHere(o)) continue;
      const id = m.insert('participant', o, { no: m.store.nextNo('participant'), unit_id: mapUnit(o.unit_id) });
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
      { column: 'phone', phone: true },
      { column: 'email' },
    ]);
    if (fields.length > 0) m.record('participants', 'updated', local, o.name, fields);
  }
}

/** One row per person per day: a day only the other copy has comes in; on both, the later update wins. */
function mergeAttendance(m: Merger): void {
  const columns = ['status', 'checked_in_at', 'how', 'note', 'representative'] as const;
  for (const o of m.all('attendance', 'date, id')) {
    const participantId = m.participantMap.get(o.participant_id as number);
    if (participantId === undefined) continue;
    const local = m.sql('SELECT * FROM attendance WHERE participant_id = ? AND date = ?').get(participantId, o.date) as Row | undefined;
    const label = `${String(o.date)} #${m.localNo('participant', participantId)}`;
    if (!local) {
      if (m.deletedHere(o)) continue;
      const id = m.insert('attendance', o, { participant_id: participantId });
      m.record('attendance', 'added', m.localRow('attendance', id), label);
      continue;
    }
    const differing = columns.filter((c) => !same(local[c], o[c]));
    if (differing.length === 0 || (o.updated_at ?? '') <= (local.updated_at ?? '')) continue;
    m.store.db
      .prepare('UPDATE attendance SET status = ?, checked_in_at = ?, how = ?, note = ?, representative = ?, updated_at = ? WHERE id = ?')
      .run(o.status, o.checked_in_at, o.how, o.note, o.representative, o.updated_at, local.id);
    for (const c of differing) m.note('attendance', local.uuid, c, `${c}: ${m.source} ${String(o.updated_at)} > ${String(local.updated_at)}; replaced ${showValue(local[c])}`);
    m.record('attendance', 'updated', local, label, differing);
  }
}

function mergeIdeas(m: Merger): void {
  const mapUnit = (v: unknown) => (v == null ? null : (m.unitMap.get(v as number) ?? null));
  const mapParticipant = (v: unknown) => (v == null ? null : (m.participantMap.get(v as number) ?? null));
  for (const o of m.all('idea', 'no')) {
    const local = m.byUuid('idea', o.uuid);
    if (!local) {
      if (m.deletedHere(o)) continue;
      const id = m.insert('idea', o, { no: m.store.nextNo('idea'), unit_id: mapUnit(o.unit_id), proposer_id: mapParticipant(o.proposer_id) });
      m.ideaMap.set(o.id, id);
      m.record('ideas', 'added', m.localRow('idea', id), o.title);
      continue;
    }
    m.ideaMap.set(o.id, local.id);
    const plain = ['title', 'form', 'kind', 'affair', 'problem', 'description', 'objective', 'benefit', 'expected_result', 'proposer_name', 'status'];
    const fields = m.mergeFields('idea', 'idea', local, o, [
      { column: 'unit_id', map: mapUnit },
      { column: 'proposer_id', map: mapParticipant },
      ...plain.map((column) => ({ column })),
    ]);
    if (fields.length > 0) m.record('ideas', 'updated', local, o.title, fields);
  }
}

function mergeIdeaHistory(m: Merger): void {
  for (const o of m.all('idea_status_history', 'at, id')) {
    const ideaId = m.ideaMap.get(o.idea_id as number);
    if (ideaId === undefined || m.byUuid('idea_status_history', o.uuid)) continue;
    const id = m.insert('idea_status_history', o, { idea_id: ideaId });
    m.record('idea_status_history', 'added', m.localRow('idea_status_history', id), `#${m.localNo('idea', ideaId)} ${String(o.to_status)}`);
  }
}

/** A score is one scorer's value for one idea and criterion; the later one wins. */
function mergeScores(m: Merger): void {
  for (const o of m.all('score', 'at, id')) {
    const ideaId = m.ideaMap.get(o.idea_id as number);
    const criterionId = m.criterionMap.get(o.criterion_id as number);
    if (ideaId === undefined || criterionId === undefined) continue;
    const local =
      m.byUuid('score', o.uuid) ??
      (m.sql('SELECT * FROM score WHERE idea_id = ? AND criterion_id = ? AND scorer = ?').get(ideaId, criterionId, o.scorer) as Row | undefined);
    const label = `#${m.localNo('idea', ideaId)} ${String(o.scorer)}`;
    if (!local) {
      const id = m.insert('score', o, { idea_id: ideaId, criterion_id: criterionId });
      m.record('scores', 'added', m.localRow('score', id), label);
      continue;
    }
    if (same(local.value, o.value) || String(o.at) <= String(local.at)) continue;
    m.sql('UPDATE score SET value = ?, at = ? WHERE id = ?').run(o.value, o.at, local.id);
    m.note('score', local.uuid, 'value', `value: ${m.source} ${String(o.at)} > ${String(local.at)}; replaced ${showValue(local.value)}`);
    m.record('scores', 'updated', local, label, ['value']);
  }
}

function mergeCommitments(m: Merger): void {
  const mapUnit = (v: unknown) => (v == null ? null : (m.unitMap.get(v as number) ?? null));
  const mapIdea = (v: unknown) => (v == null ? null : (m.ideaMap.get(v as number) ?? null));
  const mapParticipant = (v: unknown) => (v == null ? null : (m.participantMap.get(v as number) ?? null));
  for (const o of m.all('commitment', 'no')) {
    const local = m.byUuid('commitment', o.uuid);
    if (!local) {
      if (m.deletedHere(o)) continue;
      const id = m.insert('commitment', o, {
        no: m.store.nextNo('commitment'),
        unit_id: mapUnit(o.unit_id),
        idea_id: mapIdea(o.idea_id),
        owner_id: mapParticipant(o.owner_id),
      });
      m.commitmentMap.set(o.id, id);
      m.record('commitments', 'added', m.localRow('commitment', id), o.action);
      continue;
    }
    m.commitmentMap.set(o.id, local.id);
    const fields = m.mergeFields('commitment', 'commitment', local, o, [
      { column: 'unit_id', map: mapUnit },
      { column: 'idea_id', map: mapIdea },
      { column: 'owner_id', map: mapParticipant },
      ...['action', 'owner_name', 'output', 'indicator', 'due_date', 'status', 'progress'].map((column) => ({ column })),
    ]);
    if (fields.length > 0) m.record('commitments', 'updated', local, o.action, fields);
  }
}

function mergeCommitmentUpdates(m: Merger): void {
  for (const o of m.all('commitment_update', 'at, id')) {
    const commitmentId = m.commitmentMap.get(o.commitment_id as number);
    if (commitmentId === undefined || m.byUuid('commitment_update', o.uuid)) continue;
    const id = m.insert('commitment_update', o, { commitment_id: commitmentId });
    m.record('commitment_updates', 'added', m.localRow('commitment_update', id), `#${m.localNo('commitment', commitmentId)} ${String(o.date)}`);
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
    insert.run(a);
    m.history.localAudit.add(a.uuid as string);
    m.auditCopied++;
  }
}
