// Reading other people's workshop files for `rollup` and `push`: opened READ-ONLY, never migrated, never
// written (no WAL switch, no pragma that writes), and refused with a reason when they are not innolab files,
// come from a newer innolab, or are damaged. Only columns that every schema version has are read; a column a
// later step added is looked up with PRAGMA table_info first.
import Database from 'better-sqlite3';
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { type Tally, asForm, emptyTally } from '../domain/rollup.js';
import type { CommitmentStatus } from '../domain/commitments.js';
import type { IdeaStatus } from '../domain/idea-status.js';
import { SCHEMA_VERSION } from './migrations/index.js';
import { APPLICATION_ID } from './schema.js';
import { hasSqliteHeader } from './db.js';
import { protectFromWrites } from '../fs/write-file.js';

export type SkipReason = 'not-innolab' | 'newer' | 'damaged' | 'unreadable';

/** Why a file was left out: the reason, and for a newer file the schema version it has. */
export class SkippedFile extends Error {
  constructor(
    readonly reason: SkipReason,
    readonly detail: string,
    readonly found?: number,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'SkippedFile';
  }
}

export interface WorkshopInfo {
  uuid: string;
  title: string;
  organizer: string | null;
  city: string | null;
  start_date: string;
  end_date: string;
  schema_version: number;
}

export interface UnitTally {
  name: string;
  short_name: string | null;
  tally: Tally;
  /** The latest commitment update (on or before the as-of date) of the unit's commitments, or null. */
  last_update: string | null;
  /** Commitments still open (planned or in progress). */
  open_commitments: number;
}

export interface WorkshopTally {
  workshop: WorkshopInfo;
  /** Days of the workshop held on or before the as-of date. */
  days_held: number;
  units: UnitTally[];
  /** People registered without a unit (guests, LAN staff). */
  no_unit: Tally;
}

/**
 * A read-only connection that leaves the file and its folder exactly as they were. SQLite opening a WAL-mode
 * file read-only creates `-wal` and `-shm` files beside it and leaves them there; so a file with no pending
 * WAL is read from a copy in memory (its header marked as rollback-journal, which is all a memory database
 * accepts), and only a file in use, whose `-wal` and `-shm` already exist, is opened where it is.
 */
function openUntouched(path: string): Database.Database {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return new Database(path, { readonly: true, fileMustExist: true });
  const image = readImage(path);
  // Bytes 18 and 19: file format write/read version, 2 for WAL, 1 for rollback journal.
  if (image.length > 19 && image[18] === 2 && image[19] === 2) {
    image[18] = 1;
    image[19] = 1;
  }
  return new Database(image, { readonly: true });
}

/**
 * The file's bytes in one buffer reused from file to file: SQLite copies the image it is given, and a roll-up
 * of a thousand files would otherwise leave a thousand large buffers for the garbage collector.
 */
let scratch = Buffer.alloc(0);
function readImage(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (scratch.length < size) scratch = Buffer.alloc(Math.max(size, scratch.length * 2));
    let read = 0;
    while (read < size) {
      const n = readSync(fd, scratch, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return scratch.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a workshop file read-only after checking that it is one this innolab can read; the caller closes
 * it. Throws SkippedFile with the reason otherwise.
 */
function openReadOnly(path: string): { db: Database.Database; version: number } {
  // A roll-up's --out must not land on a file it reads (or its -wal beside it).
  protectFromWrites(path);
  try {
    if (!statSync(path).isFile() || !hasSqliteHeader(path)) throw new SkippedFile('not-innolab', path);
  } catch (error) {
    if (error instanceof SkippedFile) throw error;
    throw new SkippedFile('unreadable', (error as Error).message);
  }
  let db: Database.Database;
  try {
    db = openUntouched(path);
  } catch (error) {
    throw new SkippedFile('damaged', (error as Error).message);
  }
  try {
    db.pragma('busy_timeout = 5000');
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw new SkippedFile('not-innolab', path);
    if (version > SCHEMA_VERSION) throw new SkippedFile('newer', path, version);
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new SkippedFile('damaged', check);
    return { db, version };
  } catch (error) {
    db.close();
    if (error instanceof SkippedFile) throw error;
    throw new SkippedFile('damaged', (error as Error).message);
  }
}

/** Runs `fn` on a file opened read-only, closing it after; SQLite errors on the way mean a damaged file. */
export function withReadOnly<T>(path: string, fn: (db: Database.Database, version: number) => T): T {
  const { db, version } = openReadOnly(path);
  try {
    return db.transaction(() => fn(db, version)).deferred();
  } catch (error) {
    if (error instanceof SkippedFile) throw error;
    const code = String((error as { code?: string }).code ?? '');
    if (code.startsWith('SQLITE_')) throw new SkippedFile('damaged', (error as Error).message);
    throw error;
  } finally {
    db.close();
  }
}

/** Whether `table` has `column` in this file (later schema steps add columns). */
export function hasColumn(db: Database.Database, table: string, column: string): boolean {
  return (db.prepare(`SELECT 1 FROM pragma_table_info(?) WHERE name = ?`).all(table, column) as unknown[]).length > 0;
}

/** `AND <alias>.deleted_at IS NULL` when a later schema marks deleted rows instead of removing them. */
function live(db: Database.Database, table: string, alias: string): string {
  return hasColumn(db, table, 'deleted_at') ? ` AND ${alias}.deleted_at IS NULL` : '';
}

export function readWorkshopInfo(db: Database.Database, version: number): WorkshopInfo {
  const w = db.prepare('SELECT uuid, title, organizer, city, start_date, end_date FROM workshop WHERE id = 1').get() as Omit<WorkshopInfo, 'schema_version'> | undefined;
  if (!w) throw new SkippedFile('damaged', 'no workshop row');
  return { ...w, schema_version: version };
}

function daysHeld(start: string, end: string, asOf: string): number {
  const last = asOf < end ? asOf : end;
  if (last < start) return 0;
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

/** One workshop's figures per unit as of a date, read in one read transaction. */
export function readWorkshopTally(path: string, asOf: string): WorkshopTally {
  return withReadOnly(path, (db, version) => {
    const workshop = readWorkshopInfo(db, version);
    const held = daysHeld(workshop.start_date, workshop.end_date, asOf);
    const units = new Map<number | null, UnitTally>();
    const noUnit: UnitTally = { name: '', short_name: null, tally: emptyTally(), last_update: null, open_commitments: 0 };
    const rows = db.prepare(`SELECT id, name, short_name FROM unit u WHERE 1=1${live(db, 'unit', 'u')}`).all() as { id: number; name: string; short_name: string | null }[];
    for (const u of rows) units.set(u.id, { name: u.name, short_name: u.short_name, tally: emptyTally(), last_update: null, open_commitments: 0 });
    const of = (id: number | null) => (id === null ? noUnit : (units.get(id) ?? noUnit));

    const p = live(db, 'participant', 'p');
    for (const r of db.prepare(`SELECT p.unit_id AS unit_id, COUNT(*) AS n FROM participant p WHERE 1=1${p} GROUP BY p.unit_id`).all() as { unit_id: number | null; n: number }[]) {
      const t = of(r.unit_id).tally;
      t.participants += r.n;
      t.person_days += r.n * held;
    }
    const attended = db
      .prepare(
        `SELECT p.unit_id AS unit_id, COUNT(*) AS n FROM attendance a JOIN participant p ON p.id = a.participant_id
         WHERE a.status IN ('present', 'represented') AND a.date >= ? AND a.date <= ? AND a.date <= ?${p}${live(db, 'attendance', 'a')}
         GROUP BY p.unit_id`,
      )
      .all(workshop.start_date, workshop.end_date, asOf) as { unit_id: number | null; n: number }[];
    for (const r of attended) of(r.unit_id).tally.attended += r.n;

    const ideas = db.prepare(`SELECT i.unit_id AS unit_id, i.form AS form, i.status AS status, COUNT(*) AS n FROM idea i WHERE 1=1${live(db, 'idea', 'i')} GROUP BY 1, 2, 3`).all() as {
      unit_id: number;
      form: string | null;
      status: IdeaStatus;
      n: number;
    }[];
    for (const r of ideas) of(r.unit_id).tally.ideas[asForm(r.form)][r.status] += r.n;

    const commitments = db
      .prepare(
        `SELECT c.unit_id AS unit_id, i.form AS form, c.status AS status,
                (c.due_date < ? AND c.status NOT IN ('done', 'cancelled')) AS overdue, COUNT(*) AS n
         FROM commitment c LEFT JOIN idea i ON i.id = c.idea_id
         WHERE 1=1${live(db, 'commitment', 'c')} GROUP BY 1, 2, 3, 4`,
      )
      .all(asOf) as { unit_id: number; form: string | null; status: CommitmentStatus; overdue: number; n: number }[];
    for (const r of commitments) {
      const u = of(r.unit_id);
      const form = asForm(r.form);
      u.tally.commitments[form][r.status] += r.n;
      if (r.overdue) u.tally.overdue[form] += r.n;
      if (r.status === 'planned' || r.status === 'in-progress') u.open_commitments += r.n;
    }
    const updates = db
      .prepare(
        `SELECT c.unit_id AS unit_id, MAX(cu.date) AS last FROM commitment_update cu JOIN commitment c ON c.id = cu.commitment_id
         WHERE cu.date <= ?${live(db, 'commitment', 'c')} GROUP BY c.unit_id`,
      )
      .all(asOf) as { unit_id: number; last: string | null }[];
    for (const r of updates) of(r.unit_id).last_update = r.last;

    return { workshop, days_held: held, units: [...units.values()], no_unit: noUnit.tally };
  });
}

/** The heading and signatory of a workshop file, read-only, for a document about many workshops. */
export function readLetterhead(path: string): {
  organizer: string | null;
  partner: string | null;
  city: string | null;
  signatory: { position: string | null; name: string | null; nip: string | null };
} {
  return withReadOnly(path, (db) => {
    const w = db.prepare('SELECT organizer, partner, city, signatory_position, signatory_name, signatory_nip FROM workshop WHERE id = 1').get() as
      | Record<'organizer' | 'partner' | 'city' | 'signatory_position' | 'signatory_name' | 'signatory_nip', string | null>
      | undefined;
    if (!w) throw new SkippedFile('damaged', 'no workshop row');
    return { organizer: w.organizer, partner: w.partner, city: w.city, signatory: { position: w.signatory_position, name: w.signatory_name, nip: w.signatory_nip } };
  });
}
