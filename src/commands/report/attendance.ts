// Daftar Hadir: one sheet per day to sign (reports/attendance.ts draws it).
import type { Context } from '../../cli/context.js';
import { parsePositiveInt } from '../../cli/parse.js';
import { startProgress } from '../../cli/progress.js';
import { resolveWorkshopDay } from '../../domain/attendance.js';
import { UsageError } from '../../errors.js';
import type { WorkshopStore } from '../../store/db.js';
import { withAttendanceSheet } from '../../store/attendance-sheet.js';
import { getWorkshop } from '../../store/workshop.js';
import { type ReportEntry, type ReportJob, type ReportWritten, type Target, reportOptions, written } from './common.js';

export const ATTENDANCE_FILE = 'daftar-hadir.pdf';
const BLANK_ROWS = 10;

/** daftar-hadir.pdf for every day, daftar-hadir-hari-2.pdf for --day 2. */
export function attendanceFileName(day?: number): string {
  return day === undefined ? ATTENDANCE_FILE : `daftar-hadir-hari-${day}.pdf`;
}

/** --blank-rows, else BLANK_ROWS (`report attendance` and `report all` alike). */
function parseBlankRows(value: string | undefined): number {
  if (value === undefined) return BLANK_ROWS;
  if (!/^\d+$/.test(value.trim()) || Number(value) > 500) throw new UsageError('report.error.blankRows', { value });
  return Number(value);
}

interface AttendanceOptions {
  /** Only this day (1-based); every day when undefined. */
  day?: number;
  blankRows: number;
}

function job(options: AttendanceOptions): ReportJob {
  return { file: attendanceFileName(options.day), produce: (ctx, store, target) => produce(ctx, store, target, options) };
}

async function produce(ctx: Context, store: WorkshopStore, target: Target, o: AttendanceOptions): Promise<ReportWritten> {
  const days = getWorkshop(store).days;
  const only = o.day === undefined ? undefined : [resolveWorkshopDay(days, { day: o.day, now: ctx.now() })];
  const { writeAttendanceSheet } = await import('../../reports/attendance.js');
  // The rows are read from the file as the sheets are drawn (docs/PERFORMANCE.md, "Streaming at scale").
  return withAttendanceSheet(store, only, async (data) => {
    const people = data.days.length === 0 ? 0 : Object.values(data.roles).reduce((n, k) => n + k, 0);
    const progress = await startProgress(ctx, data.days.length * (people + o.blankRows), ctx.t('report.drawing'));
    try {
      const result = await writeAttendanceSheet(data, { ...reportOptions(ctx, target, store), blankRows: o.blankRows, onRow: () => progress.tick() }, target.out);
      const day = o.day === undefined ? {} : { day: o.day };
      return written('attendance', target, result, { ...day, days: data.days.map((d) => d.day), participants: people });
    } finally {
      progress.stop();
    }
  });
}

export const attendanceReport: ReportEntry = {
  name: 'attendance',
  help: 'help.report.attendance',
  file: ATTENDANCE_FILE,
  flags: [
    { flags: '--day <n>', help: 'help.report.attendance.day' },
    { flags: '--blank-rows <n>', help: 'help.report.attendance.blankRows' },
  ],
  job: (flags) => job({ day: flags.day === undefined ? undefined : parsePositiveInt(flags.day, '--day'), blankRows: parseBlankRows(flags.blankRows) }),
  jobsForAll: (days, flags) => {
    const blankRows = parseBlankRows(flags.blankRows);
    return days.map((_, i) => job({ day: i + 1, blankRows }));
  },
};
