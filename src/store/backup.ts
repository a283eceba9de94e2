import { chmodSync, closeSync, existsSync, openSync, renameSync, statSync, unlinkSync } from 'node:fs';
import type { WorkshopStore } from './db.js';
import { sqliteError } from './sqlite-errors.js';

/**
 * A consistent copy with SQLite's online backup, safe while check-ins are being written: the copy is the
 * file as of one moment, including what is still in the -wal file. It is written to a temporary file (mode
 * 0600: it holds personal data) beside the destination and renamed into place only when complete, so an
 * interrupted backup never leaves a half-written file under the destination's name. Returns its size.
 */
export async function writeBackup(store: WorkshopStore, dest: string): Promise<number> {
  const temp = `${dest}.tmp-${process.pid}`;
  try {
    closeSync(openSync(temp, 'wx', 0o600));
    // One step for all pages: the copy is taken under a single read lock, so writers cannot make it restart.
    await store.db.backup(temp, { progress: () => 0x7fffffff });
    chmodSync(temp, 0o600);
    renameSync(temp, dest);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw sqliteError(error, dest);
  }
  return statSync(dest).size;
}
