import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { parsePositiveInt } from '../../cli/parse.js';
import { startProgress } from '../../cli/progress.js';
import { resolveWorkshopDay } from '../../domain/attendance.js';
import type { Translate } from '../../i18n/index.js';
import type { WorkshopStore } from '../../store/db.js';
import { attendanceSheetData } from '../../store/report-data.js';
import { getWorkshop } from '../../store/workshop.js';
import { type CommonFlags, type WriterOptions, type Written, announce, reportOptions, withCommonOptions, writerOptions } from './common.js';

export const ATTENDANCE_FILE = 'daftar-hadir.pdf';

/** daftar-hadir.pdf for every day, daftar-hadir-hari-2.pdf for --day 2. */
export function attendanceFileName(day?: number): string {
  return day === undefined ? ATTENDANCE_FILE : `daftar-hadir-hari-${day}.pdf`;
}

interface Flags extends CommonFlags {
  day?: string;
  blankRows?: string;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  const command = parent
    .command('attendance')
    .description(t('help.report.attendance'))
    .option('--day <n>', t('help.report.attendance.day'))
    .option('--blank-rows <n>', t('help.report.attendance.blankRows'));
  withCommonOptions(command, t, ATTENDANCE_FILE).action((flags: Flags) => runAttendanceReport(ctx, flags));
}

export function parseBlankRows(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > 500) throw new UsageError('report.error.blankRows', { value });
  return Number(value);
}

export async function runAttendanceReport(ctx: Context, flags: Flags): Promise<void> {
  const day = flags.day === undefined ? undefined : parsePositiveInt(flags.day, '--day');
  const blankRows = parseBlankRows(flags.blankRows ?? '10');
  const opts = writerOptions(ctx, flags, attendanceFileName(day));
  announce(ctx, await writeAttendanceReport(ctx, ctx.open(), { ...opts, day, blankRows }));
}

/** Writes the daftar hadir of one day (or all days) to opts.out. */
export async function writeAttendanceReport(ctx: Context, store: WorkshopStore, opts: WriterOptions & { day?: number; blankRows?: number }): Promise<Written> {
  const days = getWorkshop(store).days;
  const only = opts.day === undefined ? undefined : [resolveWorkshopDay(days, { day: opts.day, now: ctx.now() })];
  const data = attendanceSheetData(store, only);
  const rows = data.days.reduce((n, d) => n + d.rows.length + (opts.blankRows ?? 10), 0);
  const progress = await startProgress(ctx, rows, ctx.t('report.drawing'));
  const { writeAttendanceSheet } = await import('../../reports/attendance.js');
  try {
    const written = await writeAttendanceSheet(
      data,
      { ...reportOptions(ctx, opts), blankRows: opts.blankRows ?? 10, onRow: () => progress.tick() },
      opts.out,
    );
    return { ...written, days: data.days.map((d) => d.day), participants: data.days[0]?.rows.length ?? 0 };
  } finally {
    progress.stop();
  }
}
