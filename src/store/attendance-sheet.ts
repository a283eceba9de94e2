// What the daftar hadir reads, row by row as it is drawn (docs/PERFORMANCE.md, "Streaming at scale"): a
// sheet of 100,000 people for 3 days never exists as arrays of everyone. The order is worked out once
// (units in the office's order, names sorted inside each unit, one unit's names in memory at a time) into a
// temporary table of positions; each day's sheet then reads the people of one role in that order, with how
// they attended that day, from one iterated statement. Everything is read in one read transaction, so
// every day's sheet shows the same state of the file.
import type { WorkshopDay } from '../domain/attendance.js';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../domain/participant.js';
import type { WorkshopStore } from './db.js';
import { type PaperWorkshop, paperWorkshop } from './paper-workshop.js';
import { nameSortKey } from '../domain/name-order.js';
import { type AttendanceMark, type ReportParticipant, byNameInUnit } from './report-data.js';
import { UNIT_ORDER } from './unit-order.js';

/** A person on a day's sheet: null when not checked in that day. */
export type AttendanceSheetRow = ReportParticipant & { mark: AttendanceMark | null };

export interface AttendanceSheetDay extends WorkshopDay {
  /**
   * The people of `role`, by unit then name, with how they attended that day: read from the file as they
   * are iterated (finish or break off each iteration before the next; only while the sheet is being drawn).
   */
  rows(role: ParticipantRole): Iterable<AttendanceSheetRow>;
}

export interface AttendanceSheetData {
  workshop: PaperWorkshop;
  days: AttendanceSheetDay[];
  /** How many people have each role (every day lists everyone). */
  roles: Record<ParticipantRole, number>;
  /** The highest participant number; blank rows for walk-ins are numbered on from it (0 without people). */
  lastNo: number;
}

const ORDER_TABLE = 'temp.innolab_attendance_sheet';

const ROWS = `
  SELECT p.no, p.name, p.nip, p.position, u.no AS unit_no, u.name AS unit, u.short_name AS unit_short, p.role,
         a.status, a.note, a.representative
  FROM ${ORDER_TABLE} o
  CROSS JOIN participant p ON p.id = o.participant_id
  LEFT JOIN unit u ON u.id = p.unit_id
  LEFT JOIN attendance a ON a.participant_id = p.id AND a.date = ?
  WHERE o.role = ?
  ORDER BY o.role, o.pos`;

/** A row of ROWS as an array (better-sqlite3's raw mode: no object per row to build and drop). */
type Row = [number, string, string | null, string | null, number | null, string | null, string | null, ParticipantRole, AttendanceMark['status'] | null, string | null, string | null];

/**
 * Draws the daftar hadir of the given days (every workshop day when `days` is omitted) with `draw`, inside
 * one read transaction; the rows are read while `draw` runs. The temporary order is dropped afterwards.
 */
export async function withAttendanceSheet<T>(store: WorkshopStore, days: readonly WorkshopDay[] | undefined, draw: (data: AttendanceSheetData) => Promise<T>): Promise<T> {
  const db = store.db;
  const own = !db.inTransaction;
  if (own) db.exec('BEGIN DEFERRED');
  let result: T;
  try {
    const workshop = paperWorkshop(store);
    const wanted = days ?? workshop.days.map((date, i) => ({ date, day: i + 1 }));
    const roles = Object.fromEntries(PARTICIPANT_ROLES.map((role) => [role, 0])) as Record<ParticipantRole, number>;
    for (const r of db.prepare('SELECT role, COUNT(*) AS n FROM participant GROUP BY role').iterate() as Iterable<{ role: ParticipantRole; n: number }>) {
      roles[r.role] = r.n;
    }
    const lastNo = db.prepare('SELECT COALESCE(MAX(no), 0) FROM participant').pluck().get() as number;
    writeOrder(store);
    const select = db.prepare(ROWS).raw();
    result = await draw({
      workshop,
      roles,
      lastNo,
      days: wanted.map((d) => ({ ...d, rows: (role: ParticipantRole) => sheetRows(select.iterate(d.date, role) as Iterable<Row>) })),
    });
  } catch (error) {
    // The drawing's own error is the one reported; the order and the transaction end as far as they can.
    for (const sql of [`DROP TABLE IF EXISTS ${ORDER_TABLE}`, ...(own ? ['ROLLBACK'] : [])]) {
      try {
        db.exec(sql);
      } catch {
        // (a statement left open by the failure)
      }
    }
    throw error;
  }
  db.exec(`DROP TABLE IF EXISTS ${ORDER_TABLE}`);
  if (own) db.exec('COMMIT');
  return result;
}

function* sheetRows(rows: Iterable<Row>): Generator<AttendanceSheetRow> {
  for (const [no, name, nip, position, unit_no, unit, unit_short, role, status, note, representative] of rows) {
    yield { no, name, nip, position, unit_no, unit, unit_short, role, mark: status === null ? null : { status, note, representative } };
  }
}

/**
 * The order every sheet prints people in, as positions in a temporary table: the units in the office's
 * order (people without a unit last), each unit's people sorted by name, so only the largest unit is ever
 * in memory.
 */
function writeOrder(store: WorkshopStore): void {
  const db = store.db;
  db.exec(`DROP TABLE IF EXISTS ${ORDER_TABLE}`);
  db.exec(`CREATE TABLE ${ORDER_TABLE} (pos INTEGER PRIMARY KEY, participant_id INTEGER NOT NULL, role TEXT NOT NULL) STRICT`);
  const insert = db.prepare(`INSERT INTO ${ORDER_TABLE} (participant_id, role) VALUES (?, ?)`);
  const units = db.prepare(`SELECT u.id FROM unit u ORDER BY ${UNIT_ORDER}`).pluck().all() as number[];
  const ofUnit = db.prepare('SELECT id, no, name, role FROM participant WHERE unit_id = ?').raw();
  const withoutUnit = db.prepare('SELECT id, no, name, role FROM participant WHERE unit_id IS NULL').raw();
  for (const unit of [...units, null]) {
    const people = ((unit === null ? withoutUnit.all() : ofUnit.all(unit)) as Array<[number, number, string, string]>).map(([id, no, name, role]) => ({ id, no, key: nameSortKey(name), role }));
    people.sort(byNameInUnit);
    for (const p of people) insert.run(p.id, p.role);
  }
  db.exec(`CREATE INDEX ${ORDER_TABLE}_role ON ${ORDER_TABLE.replace(/^temp\./, '')} (role, pos)`);
}
