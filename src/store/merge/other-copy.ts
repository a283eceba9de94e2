import Database from 'better-sqlite3';
import { ConflictError, FileError, NotFoundError } from '../../errors.js';
import type { Db } from '../db.js';
import { SCHEMA_VERSION } from '../migrations/index.js';
import { checkedSchemaVersion } from '../schema.js';
import { sqliteError } from '../sqlite-errors.js';

/** Opens the other copy read-only: it is never changed, and must have exactly this innolab's schema. */
export function openOtherCopy(path: string): Db {
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
