// How an import's one long transaction runs: awaits between batches, foreign keys checked once at the end,
// a rollback journal for a large load, and the participant indexes dropped meanwhile and built again.
import type { WorkshopStore } from './db.js';

/**
 * Runs an import whose rows arrive in batches, with awaits in between, in ONE transaction, like
 * `store.change()` but able to await between batches: BEGIN IMMEDIATE (BEGIN for a dry run, which only
 * reads), then COMMIT when `fn` says so, else ROLLBACK; any error rolls back. A killed process leaves the
 * file as it was (SQLite discards the uncommitted WAL frames, or rolls back from its journal).
 *
 * SQLite's foreign-key enforcement is off meanwhile: checking every new person's unit row by row costs
 * ~10% of a 50,000-row import, and the only reference an import writes is a unit id the writer looked up
 * or created itself under this transaction's write lock. ParticipantImportWriter.checkUnits() checks those
 * ids all at once before the commit.
 *
 * `bulk` (a large import): when no one else has the file open, its one transaction runs with a rollback
 * journal instead of the WAL. In WAL mode every new page is written twice, to the WAL at the commit and
 * into the file at the checkpoint right after; a rollback journal keeps only the few pages the import
 * changes (new pages need no copy), which halves the commit of 50,000 people (~60 ms → ~25 ms). The file
 * is back in WAL mode afterwards, and every open sets it again anyway. With someone else's connection open
 * SQLite refuses the switch and the import runs in WAL mode as usual.
 *
 * A large import also leaves CHECK constraints unchecked until it ends: the participant table's role check
 * costs ~12 ms of 50,000 rows' inserts, and the writer binds only values the checks allow (a role from
 * PARTICIPANT_ROLES, a unit's kind from guessUnitKind). NOT NULL, UNIQUE and STRICT types still hold.
 */
export async function importTransaction<T>(
  store: WorkshopStore,
  write: boolean,
  fn: () => Promise<{ value: T; commit: boolean }>,
  { bulk = false }: { bulk?: boolean } = {},
): Promise<T> {
  // A large import touches more pages than SQLite's default 2 MB cache holds; without a bigger cache it
  // spills pages to the WAL mid-transaction and reads them back.
  if (write) store.db.pragma('cache_size = -131072');
  // Only outside a transaction do these pragmas take effect.
  store.db.pragma('foreign_keys = OFF');
  const bulkWrite = write && bulk;
  const journal = bulkWrite ? trySetJournalMode(store, 'delete') : undefined;
  if (bulkWrite) store.db.pragma('ignore_check_constraints = ON');
  try {
    store.db.exec(write ? 'BEGIN IMMEDIATE' : 'BEGIN');
    try {
      const { value, commit } = await fn();
      store.db.exec(commit && write ? 'COMMIT' : 'ROLLBACK');
      return value;
    } catch (error) {
      if (store.db.inTransaction) store.db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    if (journal === 'delete') trySetJournalMode(store, 'wal');
    if (bulkWrite) store.db.pragma('ignore_check_constraints = OFF');
    store.db.pragma('foreign_keys = ON');
  }
}

/** The journal mode after asking for `mode`: SQLite keeps the old one (or says busy) while others use the file. */
function trySetJournalMode(store: WorkshopStore, mode: 'delete' | 'wal'): string | undefined {
  try {
    return String(store.db.pragma(`journal_mode = ${mode}`, { simple: true })).toLowerCase();
  } catch {
    return undefined;
  }
}


/**
 * Drops a table's indexes for a bulk load, but those named in `keep`, and returns their CREATE INDEX
 * statements: SQLite builds an index over rows already in the table in one sorted pass, several times
 * faster than growing it with each insert. Call inside the import's transaction, so a rollback, a crash or
 * a kill brings the indexes back untouched.
 */
export function dropIndexes(store: WorkshopStore, table: string, keep: readonly string[] = []): string[] {
  const indexes = (
    store.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").all(table) as {
      name: string;
      sql: string;
    }[]
  ).filter((index) => !keep.includes(index.name));
  for (const index of indexes) store.db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  return indexes.map((index) => index.sql);
}

/** Builds again the indexes dropIndexes() dropped. */
export function buildIndexes(store: WorkshopStore, statements: readonly string[]): void {
  for (const sql of statements) store.db.exec(sql);
}
