// Which schema a workshop file has, and bringing an older one up to date: the file's stamp (application_id),
// its schema version (user_version), the migration steps, and the backup copy made before them.
import type { Database as Db } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { ConflictError, FileError } from '../errors.js';
import { PRIVATE, writeFileViaSync } from '../fs/write-file.js';
import { SCHEMA_VERSION, migrations } from './migrations/index.js';

/** 'INLB': marks a SQLite file as an innolab workshop. */
export const APPLICATION_ID = 0x494e4c42;

/** Stamps a new, empty file as an innolab workshop and creates every table. */
export function createSchema(db: Db): void {
  db.pragma(`application_id = ${APPLICATION_ID}`);
  runMigrations(db, 0);
}

/**
 * The file's schema version, after read-only checks (a foreign or newer file must be left byte-for-byte
 * unchanged): it is an innolab workshop, and not from a newer innolab.
 */
export function checkedSchemaVersion(db: Db, path: string): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId !== APPLICATION_ID) throw new FileError('error.notInnolab', { file: path });
  if (version > SCHEMA_VERSION) {
    throw new ConflictError('error.newerFile', { file: path, found: version, known: SCHEMA_VERSION });
  }
  return version;
}

/** Copies an older file beside it, then migrates it from `version`; returns the copy's path. */
export function backUpAndMigrate(db: Db, path: string, version: number): string {
  const backup = backupPath(path, version);
  // The copy holds the same personal data: mode 0600 (VACUUM INTO accepts the empty temporary file and
  // would otherwise create it world-readable under the usual umask). Written under a temporary name and
  // renamed when complete, so a kill or a full disk never leaves a half-written or empty .bak-v<N> that a
  // later open would step around; whatever exists under that name is a whole copy.
  writeFileViaSync(backup, PRIVATE, (temp) => db.prepare('VACUUM INTO ?').run(temp));
  runMigrations(db, version);
  return backup;
}

function runMigrations(db: Db, from: number): void {
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    // Only outside a transaction does this pragma take effect; see Migration.rebuildsTables.
    if (migration.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(migration.up);
        if (migration.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new Error(`migration ${migration.version} (${migration.name}) left rows pointing at nothing`);
        }
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    } finally {
      if (migration.rebuildsTables) db.pragma('foreign_keys = ON');
    }
  }
}

function backupPath(path: string, version: number): string {
  let candidate = `${path}.bak-v${version}`;
  for (let i = 2; existsSync(candidate); i++) candidate = `${path}.bak-v${version}.${i}`;
  return candidate;
}
