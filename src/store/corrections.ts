// Correcting mistakes (issue 13): removing an idea or a criterion, withdrawing one scorer's scores, editing a
// commitment. Every change is one audited step a merge carries (removals as tombstones, edits by field).
import { NotFoundError } from '../errors.js';
import { checkTextLimits } from '../domain/text-limits.js';
import type { CommitmentRow } from './commitments.js';
import type { WorkshopStore } from './db.js';
import type { Idea } from './ideas.js';
import { updateChangedFields } from './update-fields.js';

/** Removes an idea: its scores and status history go with it; commitments keep their row without the idea. */
export function removeIdea(store: WorkshopStore, idea: Pick<Idea, 'id' | 'uuid'>): void {
  const commitments = store.db.prepare('SELECT id, uuid FROM commitment WHERE idea_id = ?').all(idea.id) as { id: number; uuid: string }[];
  store.db.prepare('DELETE FROM idea WHERE id = ?').run(idea.id);
  // ON DELETE SET NULL emptied their idea: said in the log, so a merge knows the field changed.
  for (const c of commitments) store.audit({ action: 'update', entity: 'commitment', entityUuid: c.uuid, fields: ['idea_id'] });
  store.audit({ action: 'delete', entity: 'idea', entityUuid: idea.uuid });
}

/** Withdraws every score one scorer gave an idea; returns how many. */
export function clearScores(store: WorkshopStore, idea: Pick<Idea, 'id' | 'uuid'>, scorer: string): number {
  const removed = store.db.prepare('DELETE FROM score WHERE idea_id = ? AND scorer = ?').run(idea.id, scorer).changes;
  // The scorer key may be a person's name: it stays out of the log (as in recordScores).
  if (removed > 0) store.audit({ action: 'delete', entity: 'score', entityUuid: idea.uuid, detail: `${removed} scores withdrawn` });
  return removed;
}

/** The tombstone a removed criterion leaves (criteria have no uuid: they are known by name on every copy). */
export function criterionTombstone(name: string): string {
  return `criterion:${name.trim().toLowerCase()}`;
}

/** How many scores a criterion has (what its removal takes with it). */
export function criterionScoreCount(store: WorkshopStore, criterionId: number): number {
  return store.db.prepare('SELECT COUNT(*) FROM score WHERE criterion_id = ?').pluck().get(criterionId) as number;
}

/** Removes a criterion and its scores; returns how many scores went with it. */
export function removeCriterion(store: WorkshopStore, name: string): { name: string; scores: number } {
  const row = store.db.prepare('SELECT id, name FROM criterion WHERE name = ? COLLATE NOCASE').get(name.trim()) as { id: number; name: string } | undefined;
  if (!row) throw new NotFoundError('criteria.error.notFound', { name: name.trim() });
  const scores = criterionScoreCount(store, row.id);
  store.db.prepare('DELETE FROM criterion WHERE id = ?').run(row.id);
  store.db.prepare('INSERT OR IGNORE INTO tombstone (uuid, entity, deleted_at) VALUES (?, ?, ?)').run(criterionTombstone(row.name), 'criterion', store.now());
  store.audit({ action: 'delete', entity: 'criterion', fields: ['name'], detail: row.name });
  return { name: row.name, scores };
}

export type CommitmentPatch = Partial<Pick<CommitmentRow, 'unit_id' | 'idea_id' | 'action' | 'owner_id' | 'owner_name' | 'output' | 'indicator' | 'due_date'>>;

/** Changes the given columns; returns the names of those whose value really changed (audited as such). */
export function editCommitment(store: WorkshopStore, current: CommitmentRow, patch: CommitmentPatch): string[] {
  checkTextLimits(patch);
  return updateChangedFields(store, 'commitment', current, patch);
}
