// What a merge did, as the merge command reports it: one change per row added or updated, counted by table.

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
  action: 'added' | 'updated' | 'removed';
  uuid: string | null;
  no: number | null;
  label: string | null;
  fields: string[];
}

/** One NIP registered on the two copies for people whose names differ. */
export interface MergeConflict {
  nip: string;
  ours: { no: number; name: string };
  theirs: { no: number; name: string };
}

export interface MergeResult {
  workshop_uuid: string;
  dry_run: boolean;
  counts: Record<MergeTable, { added: number; updated: number; removed: number }>;
  /** Changes to data rows; copied audit entries are counted apart. */
  total: number;
  audit_entries: number;
  changes: MergeChange[];
  /** NIP conflicts found (refused without --prefer; settled by it). */
  conflicts: MergeConflict[];
}

/** The result of a merge that made `changes` and copied `auditCopied` audit entries. */
export function mergeSummary(workshopUuid: string, dryRun: boolean, changes: MergeChange[], auditCopied: number, conflicts: MergeConflict[] = []): MergeResult {
  const counts = Object.fromEntries(MERGE_TABLES.map((t) => [t, { added: 0, updated: 0, removed: 0 }])) as MergeResult['counts'];
  for (const change of changes) counts[change.table][change.action]++;
  return { workshop_uuid: workshopUuid, dry_run: dryRun, counts, total: changes.length, audit_entries: auditCopied, changes, conflicts };
}
