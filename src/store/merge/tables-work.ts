// The workshop's work merged: ideas with their status history and scores, commitments with their progress
// reports (see tables.ts for the order and the rules every step follows).
import { type Merger, localIdOf, rowStamp, same } from './merger.js';
import type { Row } from './history.js';

export function mergeIdeas(m: Merger): void {
  const mapUnit = localIdOf(m.unitMap);
  const mapParticipant = localIdOf(m.participantMap);
  for (const o of m.rows('idea', 'no')) {
    if (m.tombstoned(o.uuid)) continue;
    const local = m.byUuid('idea', o.uuid);
    if (!local) {
      const id = m.insert('idea', o, { no: m.store.nextNo('idea'), unit_id: mapUnit(o.unit_id), proposer_id: mapParticipant(o.proposer_id) });
      m.ideaMap.set(o.id, id);
      m.record('ideas', 'added', m.localRow('idea', id), o.title);
      continue;
    }
    m.ideaMap.set(o.id, local.id);
    // The status is not merged as a field: it is where the merged history ends (mergeIdeaHistory).
    const plain = ['title', 'form', 'kind', 'affair', 'problem', 'description', 'objective', 'benefit', 'expected_result', 'proposer_name'];
    const fields = m.mergeFields('idea', 'idea', local, o, [
      { column: 'unit_id', map: mapUnit },
      { column: 'proposer_id', map: mapParticipant },
      ...plain.map((column) => ({ column })),
    ]);
    if (fields.length > 0) m.record('ideas', 'updated', local, o.title, fields);
  }
}

/**
 * Status changes from both copies, in time order (then uuid), make one coherent history: each change starts
 * from where the one before it ended, and the idea's status is where the last one ends. Two laptops that
 * moved an idea at once (one dropped it, one selected it) end with the later move, on every copy.
 */
export function mergeIdeaHistory(m: Merger): void {
  const touched = new Set<number>();
  for (const o of m.rows('idea_status_history', 'at, id')) {
    const ideaId = m.ideaMap.get(o.idea_id as number);
    if (ideaId === undefined) m.bury('idea_status_history', o.uuid);
    if (ideaId === undefined || m.tombstoned(o.uuid) || m.byUuid('idea_status_history', o.uuid)) continue;
    const id = m.insert('idea_status_history', o, { idea_id: ideaId });
    touched.add(ideaId);
    m.record('idea_status_history', 'added', m.localRow('idea_status_history', id), `#${m.localNo('idea', ideaId)} ${String(o.to_status)}`);
  }
  for (const ideaId of touched) {
    const history = m.sql('SELECT id, uuid, from_status, to_status FROM idea_status_history WHERE idea_id = ? ORDER BY at, uuid').all(ideaId) as Row[];
    let previous: unknown = history[0]?.from_status ?? null;
    for (const h of history) {
      if (!same(h.from_status, previous)) m.sql('UPDATE idea_status_history SET from_status = ? WHERE id = ?').run(previous, h.id);
      previous = h.to_status;
    }
    const idea = m.localRow('idea', ideaId);
    if (previous !== null && !same(idea.status, previous)) {
      m.sql('UPDATE idea SET status = ? WHERE id = ?').run(previous, ideaId);
      m.note('idea', idea.uuid, 'status', `status: the later status change (${m.source}) ends the history`);
      m.record('ideas', 'updated', idea, idea.title, ['status']);
    }
  }
}

/** A score is one scorer's value for one idea and criterion; the later one wins (then uuid, then value). */
export function mergeScores(m: Merger): void {
  for (const o of m.rows('score', 'at, id')) {
    const ideaId = m.ideaMap.get(o.idea_id as number);
    const criterionId = m.criterionMap.get(o.criterion_id as number);
    if (ideaId === undefined) m.bury('score', o.uuid);
    if (ideaId === undefined || criterionId === undefined || m.tombstoned(o.uuid)) continue;
    const local =
      m.byUuid('score', o.uuid) ??
      (m.sql('SELECT * FROM score WHERE idea_id = ? AND criterion_id = ? AND scorer = ?').get(ideaId, criterionId, o.scorer) as Row | undefined);
    const label = `#${m.localNo('idea', ideaId)}`;
    if (!local) {
      const id = m.insert('score', o, { idea_id: ideaId, criterion_id: criterionId });
      m.record('scores', 'added', m.localRow('score', id), label);
      continue;
    }
    if (rowStamp(o.at, o, ['value']) <= rowStamp(local.at, local, ['value'])) {
      if (local.uuid !== o.uuid) m.bury('score', o.uuid);
      continue;
    }
    if (local.uuid !== o.uuid) m.bury('score', local.uuid);
    m.sql('UPDATE score SET uuid = ?, value = ?, at = ? WHERE id = ?').run(o.uuid, o.value, o.at, local.id);
    if (!same(local.value, o.value)) {
      m.note('score', o.uuid, 'value', `value: ${m.source} scored later; its value taken`);
      m.record('scores', 'updated', local, label, ['value']);
    }
  }
}

export function mergeCommitments(m: Merger): void {
  const mapUnit = localIdOf(m.unitMap);
  const mapIdea = localIdOf(m.ideaMap);
  const mapParticipant = localIdOf(m.participantMap);
  for (const o of m.rows('commitment', 'no')) {
    if (m.tombstoned(o.uuid)) continue;
    const local = m.byUuid('commitment', o.uuid);
    if (!local) {
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

export function mergeCommitmentUpdates(m: Merger): void {
  for (const o of m.rows('commitment_update', 'at, id')) {
    const commitmentId = m.commitmentMap.get(o.commitment_id as number);
    if (commitmentId === undefined) m.bury('commitment_update', o.uuid);
    if (commitmentId === undefined || m.tombstoned(o.uuid) || m.byUuid('commitment_update', o.uuid)) continue;
    const id = m.insert('commitment_update', o, { commitment_id: commitmentId });
    m.record('commitment_updates', 'added', m.localRow('commitment_update', id), `#${m.localNo('commitment', commitmentId)} ${String(o.date)}`);
  }
}
