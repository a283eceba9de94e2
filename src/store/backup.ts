import { statSync } from 'node:fs';
import { PRIVATE, writeFileVia } from '../fs/write-file.js';
import type { WorkshopStore } from './db.js';
import { sqliteError } from './sqlite-errors.js';

/**
 * A consistent copy with SQLite's online backup, safe while check-ins are being written: the copy is the
 * file as of one moment, including what is still in the -wal file. It is written through
 * src/fs/write-file.ts (a temporary file beside the destination, mode 0600: it holds personal data, fsynced
 * and renamed into place only when complete), so an interrupted backup never leaves a half-written file
 * under the destination's name, and a failed one leaves nothing. Returns its size.
 */
export async function writeBackup(store: WorkshopStore, dest: string): Promise<number> {
  // One step for all pages: the copy is taken under a single read lock, so writers cannot make it restart.
  await writeFileVia(dest, PRIVATE, (temp) => store.db.backup(temp, { progress: () => 0x7fffffff }), (error) => sqliteError(error, dest));
  return statSync(dest).size;
}
