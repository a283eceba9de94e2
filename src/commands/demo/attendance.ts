// The sample workshop's three days of attendance (fixtures/attendance.csv): who came, who was excused and
// why, which heads sent a deputy. Loaded through the same store functions as `checkin`, in one transaction.
import { join } from 'node:path';
import { ATTENDANCE_STATUSES, type AttendanceStatus, checkinDetails, parseClockTime } from '../../domain/attendance.js';
import { parseIsoDate } from '../../domain/dates.js';
import { recordCheckin } from '../../store/attendance.js';
import { resolveParticipant } from '../../store/participant-lookup.js';
import { type DemoStep, readFixtureCsv } from './steps.js';

/** Tanjungbalai keeps WIB (UTC+7) whatever the laptop building the demo says, so the file is the same everywhere. */
function wib(date: string, time: string): string {
  const { hours, minutes } = parseClockTime(time);
  return new Date(`${date}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00+07:00`).toISOString();
}

/** Columns: participant (NIP or full name), date, status, time (HH:MM, empty for excused), note, representative. */
const attendance: DemoStep = {
  name: 'attendance',
  async run({ store, fixtures }) {
    const rows = await readFixtureCsv(join(fixtures, 'attendance.csv'));
    store.change(() => {
      rows.forEach((row, index) => {
        const line = index + 2;
        const date = parseIsoDate(row.date ?? '');
        const status = row.status as AttendanceStatus;
        if (!date || !ATTENDANCE_STATUSES.includes(status)) throw new Error(`fixtures/attendance.csv line ${line}: bad date or status`);
        const person = resolveParticipant(store, row.participant ?? '');
        const details = checkinDetails({ status, note: row.note, representative: row.representative });
        recordCheckin(store, { participantId: person.id, date, ...details, checkedInAt: row.time ? wib(date, row.time) : null, how: 'import' });
      });
    });
  },
};

export const steps: DemoStep[] = [attendance];
