// Check-in by scan: what a scanned (or typed) code means and what the desk does with it. Shared by
// `checkin --scan` (scan-run.ts) and the check-in loop, which hands it every line that looks like a badge.
import { type ScannedCode, parseScannedCode } from '../../domain/badge-code.js';
import type { CheckinDetails, WorkshopDay } from '../../domain/attendance.js';
import { normalizeNip } from '../../domain/nip.js';
import { type AttendanceRecord, getAttendance, recordCheckin } from '../../store/attendance.js';
import type { WorkshopStore } from '../../store/db.js';
import { type Participant, getParticipantByNip, getParticipantByNo, getParticipantByUuid } from '../../store/participants.js';

export const SCAN_RESULTS = ['checked_in', 'already', 'duplicate', 'unknown', 'damaged', 'other_workshop'] as const;
export type ScanResult = (typeof SCAN_RESULTS)[number];

/** A second read of the same person within this many milliseconds is the scanner reading twice. */
export const DOUBLE_SCAN_MS = 5000;

export interface ScanOutcome {
  result: ScanResult;
  /** What was read, trimmed. */
  code: string;
  /** The person's record that day as it now stands; null for a code that names nobody here. */
  record: AttendanceRecord | null;
}

export interface ScannerOptions {
  day: WorkshopDay;
  details: CheckinDetails;
  /** The arrival time to record (null: none, see checkin.ts). */
  checkedInAt: () => string | null;
  explicitTime: boolean;
  now: () => Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a line the check-in loop should treat as a scanned badge rather than a typed name. */
export function isBadgeLike(text: string): boolean {
  return parseScannedCode(text).kind !== 'other';
}

export class Scanner {
  /** When each person was last read, for DOUBLE_SCAN_MS. */
  private readonly lastRead = new Map<number, number>();

  constructor(
    private readonly store: WorkshopStore,
    private readonly workshopUuid: string,
    private readonly opts: ScannerOptions,
  ) {}

  /**
   * Reads one code: a badge of this workshop, or (typed at the desk when a code will not scan) the number on
   * the badge, an 18-digit NIP or a participant's uuid. Each check-in is its own transaction, written the
   * moment the line is read.
   */
  scan(text: string): ScanOutcome {
    const code = text.trim();
    const found = this.identify(code, parseScannedCode(code));
    if (typeof found === 'string') return { result: found, code, record: null };
    const now = this.opts.now().getTime();
    const last = this.lastRead.get(found.id);
    this.lastRead.set(found.id, now);
    if (last !== undefined && now - last < DOUBLE_SCAN_MS) {
      return {
        result: 'duplicate',
        code,
        record: getAttendance(this.store, found.id, this.opts.day.date) ?? null,
      };
    }
    const { outcome, record } = this.store.change(() => {
      const outcome = recordCheckin(this.store, {
        participantId: found.id,
        date: this.opts.day.date,
        ...this.opts.details,
        checkedInAt: this.opts.checkedInAt(),
        explicitTime: this.opts.explicitTime,
        how: 'scan',
      });
      return {
        outcome,
        record: getAttendance(this.store, found.id, this.opts.day.date)!,
      };
    });
    return {
      result: outcome === 'unchanged' ? 'already' : 'checked_in',
      code,
      record,
    };
  }

  private identify(code: string, scanned: ScannedCode): Participant | 'unknown' | 'damaged' | 'other_workshop' {
    if (scanned.kind === 'damaged') return 'damaged';
    if (scanned.kind === 'badge') {
      if (scanned.workshop !== this.workshopUuid.toLowerCase()) return 'other_workshop';
      return getParticipantByUuid(this.store, scanned.participant) ?? 'unknown';
    }
    let person: Participant | undefined;
    if (/^\d{1,9}$/.test(code)) person = getParticipantByNo(this.store, Number(code));
    else if (UUID.test(code)) person = getParticipantByUuid(this.store, code);
    else if (/^\d{18}$/.test(normalizeNip(code))) person = getParticipantByNip(this.store, code);
    return person ?? 'unknown';
  }
}
