import type { Migration } from './migration.js';

/**
 * Indexes the first schema lacked, each for a query or a delete that otherwise reads a whole table:
 * - audit_log(at): `innolab log` lists the newest entries first (ORDER BY at DESC, id DESC LIMIT n); the
 *   audit log is the largest table after a day of check-ins, and without this every `log` sorts all of it.
 * - the child side of foreign keys that had none (SQLite does not index them by itself): removing a
 *   participant sets idea.proposer_id and commitment.owner_id to NULL, removing an idea sets
 *   commitment.idea_id to NULL, removing a criterion deletes its scores; each of these scanned the table.
 */
export const lookupIndexes: Migration = {
  version: 2,
  name: 'lookup indexes',
  up: `
    CREATE INDEX audit_log_at ON audit_log(at);
    CREATE INDEX idea_proposer ON idea(proposer_id);
    CREATE INDEX commitment_owner ON commitment(owner_id);
    CREATE INDEX commitment_idea ON commitment(idea_id);
    CREATE INDEX score_criterion ON score(criterion_id);
  `,
};
