// A commitment as scripts see it (README "JSON output", test/schemas/records.ts `commitment`): used by
// every commitment verb and by the `status` dashboard, so the record has one shape everywhere.
import type { CommitmentUpdateRow, CommitmentView } from '../../store/commitments.js';
import { ideaRef, participantRef, unitRef } from '../refs.js';

export function commitmentJson(c: CommitmentView): Record<string, unknown> {
  return {
    no: c.no,
    uuid: c.uuid,
    unit: unitRef(c.unit_no, c.unit, c.unit_short),
    idea: ideaRef(c.idea_no, c.idea_title),
    action: c.action,
    owner: participantRef(c.owner_no, c.owner),
    output: c.output,
    indicator: c.indicator,
    due_date: c.due_date,
    status: c.status,
    progress: c.progress,
    overdue: c.overdue,
    days_overdue: c.days_overdue,
    created_at: c.created_at,
    updated_at: c.updated_at,
  };
}

/** `commitment show` and every commitment change: the record with its updates. */
export function commitmentDetailJson(c: CommitmentView, updates: readonly CommitmentUpdateRow[]): Record<string, unknown> {
  return { ...commitmentJson(c), updates };
}
