import Database from 'better-sqlite3';
import { existsSync, statSync, unlinkSync } from 'node:fs';
import { ConflictError, FileError, NotFoundError, UsageError } from '../../errors.js';
import type { Db } from '../db.js';
import { SCHEMA_VERSION } from '../migrations/index.js';
import { checkedSchemaVersion } from '../schema.js';
import { sqliteError } from '../sqlite-errors.js';

/** Opens the other copy read-only: it is never changed, and must have exactly this innolab's schema. */
export function openOtherCopy(path: string): Db {
  // SQLite would say only "disk I/O error" for a folder.
  if (isFolder(path)) throw new UsageError('error.isFolder', { file: path });
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_CANTOPEN' || code === 'ENOENT') throw new NotFoundError('merge.otherNotFound', { file: path });
    throw sqliteError(error, path);
  }
  try {
    const version = checkedSchemaVersion(db, path);
    if (version < SCHEMA_VERSION) {
      throw new ConflictError('merge.olderSchema', { file: path, found: version, known: SCHEMA_VERSION });
    }
    // What `check` checks: a copy it calls damaged is not merged (its rows could not be trusted).
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new FileError('merge.otherDamaged', { file: path, check: 'integrity_check' });
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0) throw new FileError('merge.otherDamaged', { file: path, check: 'foreign_key_check' });
    return db;
  } catch (error) {
    db.close();
    throw sqliteError(error, path);
  }
}

/**
 * The other copy's -wal and -shm as they were before it was opened. SQLite opening a WAL-mode file read-only
 * creates both when they are missing and leaves them there; closeOtherCopy removes what this run created
 * (an empty -wal and its -shm), so a merge leaves the other copy's folder as it found it.
 */
export function companionsBefore(path: string): { wal: boolean; shm: boolean } {
  return { wal: existsSync(`${path}-wal`), shm: existsSync(`${path}-shm`) };
}

export function closeOtherCopy(db: Db | undefined, path: string, before: { wal: boolean; shm: boolean }): void {
  db?.close();
  if (before.wal || before.shm) return;
  try {
    // Not empty: someone else wrote to it meanwhile, and it is theirs.
    if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) return;
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) unlinkSync(path + suffix);
  } catch {
    // Left as SQLite left it: harmless, only untidy.
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
