// Merging another laptop's copy of the same workshop into this one (the other copy is opened read-only by
// merge/other-copy.ts). Each table has its step (merge/tables.ts); when both copies changed the same field,
// the later change wins (merge/history.ts); the other copy's audit entries are copied over, which is also how
// a second merge of the same file knows there is nothing new. merge/summary.ts counts what was done.
import { basename } from 'node:path';
import { ConflictError } from '../errors.js';
import type { Db, WorkshopStore } from './db.js';
import { Merger } from './merge/merger.js';
import { type MergeResult, mergeSummary } from './merge/summary.js';
import { mergeTables } from './merge/tables.js';

class DryRunRollback extends Error {}

/**
 * Brings the other copy's additions and changes into `store`, in one transaction. With `dryRun` the same
 * work is done and then rolled back, so the counts it reports are exactly what a real merge would do.
 */
export function mergeCopies(store: WorkshopStore, other: Db, options: { dryRun: boolean; otherPath: string; prefer?: 'ours' | 'theirs' }): MergeResult {
  const localUuid = store.db.prepare('SELECT uuid FROM workshop WHERE id = 1').pluck().get() as string;
  const otherUuid = other.prepare('SELECT uuid FROM workshop WHERE id = 1').pluck().get() as string | undefined;
  if (otherUuid !== localUuid) {
    throw new ConflictError('merge.otherWorkshop', { file: options.otherPath });
  }
  let merger: Merger | undefined;
  try {
    store.change(() => {
      merger = new Merger(store, other, basename(options.otherPath), options.prefer);
      mergeTables(merger);
      // The same NIP for two different names: nothing is written unless --prefer says whose NIP it is.
      if (merger.conflicts.length > 0 && options.prefer === undefined && !options.dryRun) {
        const list = merger.conflicts.map((c) => `${c.nip}: ${c.ours.no}. ${c.ours.name} / ${c.theirs.name}`).join('; ');
        throw new ConflictError('merge.nipConflict', { file: options.otherPath, count: merger.conflicts.length, conflicts: list });
      }
      const total = merger.changes.length;
      if (total > 0 || merger.auditCopied > 0) {
        store.audit({ action: 'merge', entity: 'workshop', entityUuid: localUuid, detail: `${basename(options.otherPath)}: ${total} changes, ${merger.auditCopied} audit entries` });
      }
      if (options.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return mergeSummary(localUuid, options.dryRun, merger!.changes, merger!.auditCopied, merger!.conflicts);
}
