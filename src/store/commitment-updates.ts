// Questions about a commitment's history of updates (the commitment_update table) that the progress sheet
// import asks: where did the commitment stand when the sheet was made, was this row applied before.
import type { CommitmentStatus } from '../domain/commitments.js';
import type { WorkshopStore } from './db.js';

export interface PastUpdate {
  date: string;
  progress: number | null;
  status: CommitmentStatus | null;
  note: string | null;
}

/** The latest update (by reported date, then when it was recorded), or undefined when there is none. */
export function latestCommitmentUpdate(store: WorkshopStore, commitmentId: number): PastUpdate | undefined {
  return store.db
    .prepare('SELECT date, progress, status, note FROM commitment_update WHERE commitment_id = ? ORDER BY date DESC, at DESC, id DESC LIMIT 1')
    .get(commitmentId) as PastUpdate | undefined;
}

/** The updates reported for one date, the most recently recorded first. */
export function commitmentUpdatesOn(store: WorkshopStore, commitmentId: number, date: string): PastUpdate[] {
  return store.db
    .prepare('SELECT date, progress, status, note FROM commitment_update WHERE commitment_id = ? AND date = ? ORDER BY at DESC, id DESC')
    .all(commitmentId, date) as PastUpdate[];
}

/** True when an update has every given value (an undefined value matches anything). */
export function hasCommitmentUpdate(
  store: WorkshopStore,
  commitmentId: number,
  values: { progress?: number; status?: CommitmentStatus; note?: string; date?: string },
): boolean {
  const where = ['commitment_id = @id'];
  if (values.progress !== undefined) where.push('progress = @progress');
  if (values.status !== undefined) where.push('status = @status');
  if (values.note !== undefined) where.push('note = @note');
  if (values.date !== undefined) where.push('date = @date');
  const found = store.db
    .prepare(`SELECT 1 FROM commitment_update WHERE ${where.join(' AND ')} LIMIT 1`)
    .get({ id: commitmentId, progress: values.progress, status: values.status, note: values.note, date: values.date });
  return found !== undefined;
}
