import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync, unlinkSync } from 'node:fs';
import { ConflictError, FileError, InnolabError, UsageError } from '../errors.js';
import { protectFromWrites } from '../fs/write-file.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import { backUpAndMigrate, checkedSchemaVersion, createSchema } from './schema.js';
import { folderError, ioError, sqliteError } from './sqlite-errors.js';

export type Db = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Who is changing the file and when: written into every audit entry. */
export interface Session {
  /** The command line without personal data values, e.g. "participant add --name --nip". */
  command: string;
  now: () => Date;
  /** Milliseconds to wait for another writer before giving up. */
  busyTimeoutMs?: number;
  /** Where new uuids come from; random unless set (the demo's sample workshop uses seededUuids). */
  uuids?: () => string;
}

export type AuditAction = 'create' | 'update' | 'delete' | 'import' | 'merge' | 'migrate';

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityUuid?: string | null;
  fields?: readonly string[];
  detail?: string | null;
}

export type NumberedTable = 'unit' | 'participant' | 'idea' | 'commitment';

/** An open workshop file. Every change goes through `change()`: one transaction, all or nothing. */
export class WorkshopStore {
  constructor(
    readonly db: Db,
    readonly path: string,
    readonly session: Session,
  ) {
    // No export, report or backup of this run may be written over the file or its -wal/-shm/-journal.
    protectFromWrites(path);
  }

  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE, so concurrent writers queue instead of failing). */
  change<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** Runs `fn` in one read transaction so a report sees one consistent state. */
  read<T>(fn: () => T): T {
    return this.db.transaction(fn).deferred();
  }

  now(): string {
    return this.session.now().toISOString();
  }

  uuid(): string {
    return this.session.uuids ? this.session.uuids() : randomUUID();
  }

  /**
   * The next short number: above every number in the table and every number ever removed from it
   * (number_mark, kept by a trigger), so a number is never handed to a second record.
   */
  nextNo(table: NumberedTable): number {
    const row = this.db
      .prepare(`SELECT MAX(COALESCE((SELECT MAX(no) FROM ${table}), 0), COALESCE((SELECT high FROM number_mark WHERE entity = ?), 0)) + 1 AS next`)
      .get(table) as { next: number };
    return row.next;
  }

  audit(entry: AuditEntry): void {
    this.db
      .prepare(
        `INSERT INTO audit_log (uuid, at, command, action, entity, entity_uuid, fields, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        this.uuid(),
        this.now(),
        this.session.command,
        entry.action,
        entry.entity,
        entry.entityUuid ?? null,
        entry.fields && entry.fields.length > 0 ? JSON.stringify(entry.fields) : null,
        entry.detail ?? null,
      );
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function applyPragmas(db: Db, session: Session): void {
  db.pragma(`busy_timeout = ${session.busyTimeoutMs ?? 5000}`);
  db.pragma('foreign_keys = ON');
  // WAL lets a report read while the registration desk writes; FULL sync keeps the last check-in across a
  // power cut, which matters more on a laptop than the few milliseconds it costs per command.
  try {
    db.pragma('journal_mode = WAL');
  } catch (error) {
    // A large import holds the file in rollback-journal mode for its one transaction (importTransaction)
    // and SQLite cannot switch it back meanwhile: this command works in that mode, waiting for locks as
    // usual; the next open switches the file back.
    if (!String((error as { code?: string }).code).startsWith('SQLITE_BUSY')) throw error;
  }
  db.pragma('synchronous = FULL');
}

/** Reads the first 16 bytes to tell a SQLite file from anything else without letting SQLite touch it. */
export function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return read === 16 && buffer.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

export interface NewWorkshop {
  title: string;
  startDate: string;
  endDate: string;
  organizer?: string | null;
  partner?: string | null;
  city?: string | null;
  venue?: string | null;
  legalBasis?: string | null;
  lang: 'id' | 'en';
}

/**
 * Creates a new workshop file with mode 0600 (it holds personal data). The file is created exclusively, so
 * an existing file is never touched; if anything fails the half-made file is removed.
 */
export function createWorkshopFile(path: string, session: Session, workshop: NewWorkshop): WorkshopStore {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ConflictError('error.fileExists', { file: path });
    throw folderError(error, path);
  }
  closeSync(fd);
  let db: Db | undefined;
  try {
    db = new Database(path);
    // Set before the first write, fixed from then on (WAL). 16 KiB pages instead of SQLite's 4 KiB: a bulk
    // import of tens of thousands of people writes a quarter of the pages and WAL frames, and commits ~40%
    // faster; a check-in's few pages cost nothing noticeable either way.
    db.pragma('page_size = 16384');
    applyPragmas(db, session);
    createSchema(db);
    const store = new WorkshopStore(db, path, session);
    store.change(() => {
      const now = store.now();
      const uuid = store.uuid();
      db!
        .prepare(
          `INSERT INTO workshop (id, uuid, title, organizer, partner, city, venue, start_date, end_date, legal_basis,
             lang, created_at, updated_at)
           VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          uuid,
          workshop.title,
          workshop.organizer ?? null,
          workshop.partner ?? null,
          workshop.city ?? null,
          workshop.venue ?? null,
          workshop.startDate,
          workshop.endDate,
          workshop.legalBasis ?? null,
          workshop.lang,
          now,
          now,
        );
      store.audit({ action: 'create', entity: 'workshop', entityUuid: uuid, fields: ['title', 'start_date', 'end_date'] });
    });
    return store;
  } catch (error) {
    db?.close();
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(path + suffix)) unlinkSync(path + suffix);
    }
    throw error;
  }
}

export interface OpenOptions {
  /** Called after an older file was copied and migrated. */
  onMigrated?: (info: { from: number; to: number; backup: string }) => void;
}

/** Opens a workshop file, refusing anything that is not one and any file from a newer innolab. */
export function openWorkshopFile(path: string, session: Session, options: OpenOptions = {}): WorkshopStore {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError('error.isFolder', { file: path });
    if (!stat.isFile()) throw new FileError('error.notInnolab', { file: path });
    size = stat.size;
  } catch (error) {
    if (error instanceof InnolabError) throw error;
    throw ioError(error, path);
  }
  if (size === 0 || !hasSqliteHeader(path)) throw new FileError('error.notInnolab', { file: path });

  let db: Db;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (error) {
    throw sqliteError(error, path);
  }
  try {
    db.pragma(`busy_timeout = ${session.busyTimeoutMs ?? 5000}`);
    // Read-only checks first: a foreign or newer file must leave this function byte-for-byte unchanged.
    const version = checkedSchemaVersion(db, path);
    applyPragmas(db, session);
    if (version < SCHEMA_VERSION) {
      const backup = backUpAndMigrate(db, path, version);
      const store = new WorkshopStore(db, path, session);
      store.change(() =>
        store.audit({ action: 'migrate', entity: 'workshop', detail: `schema ${version} -> ${SCHEMA_VERSION}; backup ${backup}` }),
      );
      options.onMigrated?.({ from: version, to: SCHEMA_VERSION, backup });
      return store;
    }
    return new WorkshopStore(db, path, session);
  } catch (error) {
    db.close();
    throw sqliteError(error, path);
  }
}
