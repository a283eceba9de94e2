// Read-only queries behind the attendance sheet, the recap and the certificates: one consistent snapshot of
// the workshop turned into plain data, so the PDF modules never touch the database.
import { type AttendanceStatus, type AttendanceSummary, summarizeAttendance } from '../domain/attendance.js';
import { nameCollator, nameSortKey } from '../domain/name-order.js';
import { UNIT_ORDER_NONE_LAST } from './unit-order.js';
import type { ParticipantRole } from '../domain/participant.js';
import type { AttendancePerson } from './attendance.js';
import type { WorkshopStore } from './db.js';
import { type PaperWorkshop, paperWorkshop } from './paper-workshop.js';

/** A person as printed on paper: never the phone number or e-mail. */
export interface ReportParticipant extends Omit<AttendancePerson, 'participant_id'> {
  role: ParticipantRole;
}

export interface AttendanceMark {
  status: AttendanceStatus;
  /** The reason given for `excused`. */
  note: string | null;
  /** The deputy who came for a `represented` head. */
  representative: string | null;
}

export interface RecapData {
  workshop: PaperWorkshop;
  summary: AttendanceSummary;
}

export interface CertificateData {
  workshop: PaperWorkshop;
  /** Participants whose attendance meets the threshold, by unit then name. */
  people: Array<ReportParticipant & { days_attended: number; percent: number }>;
}

/**
 * Sheets go by unit, in the one unit order every report uses (store/unit-order.ts: the office's, else the
 * order units were registered), then by name without its titles (see domain/name-order.ts); people without
 * a unit last.
 */
const PEOPLE = `
  SELECT p.no, p.name, p.nip, p.position, u.no AS unit_no, u.name AS unit, u.short_name AS unit_short, p.role
  FROM participant p LEFT JOIN unit u ON u.id = p.unit_id
  ORDER BY ${UNIT_ORDER_NONE_LAST}, p.no`;

interface MarkRow extends AttendanceMark {
  participant_no: number;
  date: string;
}

function people(store: WorkshopStore): ReportParticipant[] {
  return inSheetOrder(store.db.prepare(PEOPLE).all() as ReportParticipant[]);
}

/**
 * People as every sheet prints them, from rows already in the units' order (UNIT_ORDER): units keep that
 * order, names sort inside each (byNameInUnit).
 */
export function inSheetOrder<T extends { no: number; name: string; unit_no: number | null }>(rows: readonly T[]): T[] {
  const ranks = new Map<number | null, number>();
  for (const p of rows) if (!ranks.has(p.unit_no)) ranks.set(p.unit_no, ranks.size);
  const keyed = rows.map((p) => ({ p, no: p.no, key: nameSortKey(p.name), rank: ranks.get(p.unit_no)! }));
  keyed.sort((a, b) => a.rank - b.rank || byNameInUnit(a, b));
  return keyed.map((k) => k.p);
}

/**
 * Inside a unit: by the name without its titles (`key`, see domain/name-order.ts), then by number; the order
 * people() gives (the attendance sheet sorts one unit at a time with it, store/attendance-sheet.ts).
 */
export function byNameInUnit(a: { key: string; no: number }, b: { key: string; no: number }): number {
  return nameCollator().compare(a.key, b.key) || a.no - b.no;
}

function marks(store: WorkshopStore, dates: readonly string[]): MarkRow[] {
  if (dates.length === 0) return [];
  return store.db
    .prepare(
      `SELECT p.no AS participant_no, a.date, a.status, a.note, a.representative
       FROM attendance a JOIN participant p ON p.id = a.participant_id
       WHERE a.date IN (${dates.map(() => '?').join(', ')})`,
    )
    .all(...dates) as MarkRow[];
}

/** The participant × day grid with totals per unit and per day. */
export function recapData(store: WorkshopStore): RecapData {
  return store.read(() => {
    const workshop = paperWorkshop(store);
    return { workshop, summary: summarizeAttendance(workshop.days, people(store), marks(store, workshop.days)) };
  });
}

/**
 * Everyone whose attendance (present or represented, as the recap counts it) reaches `minPercent`, and every
 * narasumber present on any day: a speaker comes for the session they give, not for the whole workshop.
 */
export function certificateData(store: WorkshopStore, minPercent: number): CertificateData {
  return store.read(() => {
    const workshop = paperWorkshop(store);
    const everyone = people(store);
    const summary = summarizeAttendance(workshop.days, everyone, marks(store, workshop.days));
    const eligible = new Map(summary.participants.filter((p) => (p.role === 'narasumber' ? p.days_present > 0 : p.percent >= minPercent)).map((p) => [p.no, p]));
    return {
      workshop,
      people: everyone.flatMap((p) => {
        const s = eligible.get(p.no);
        return s ? [{ ...p, days_attended: s.days_present, percent: s.percent }] : [];
      }),
    };
  });
}
