import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson, printTable } from '../../cli/output.js';
import { parseDate, parsePositiveInt } from '../../cli/parse.js';
import { type WorkshopDay, dayNumber, resolveWorkshopDay } from '../../domain/attendance.js';
import { formatLongDate, localDateTime, localIsoDate } from '../../domain/dates.js';
import type { Translate } from '../../i18n/index.js';
import { type AbsentPerson, type AttendanceRecord, listAbsent, listAttendance } from '../../store/attendance.js';
import { getWorkshop } from '../../store/workshop.js';
import { attendanceJson, noRecordJson, statusWord } from '../checkin/render.js';

interface ListFlags {
  day?: string;
  date?: string;
  absent?: boolean;
}

export interface ListOptions {
  day?: number;
  date?: string;
  absent: boolean;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('list')
    .description(t('help.attendance.list'))
    .option('--day <n>', t('help.attendance.list.day'))
    .option('--date <date>', t('help.attendance.list.date'))
    .option('--absent', t('help.attendance.list.absent'))
    .action((flags: ListFlags) =>
      runList(ctx, {
        day: flags.day === undefined ? undefined : parsePositiveInt(flags.day, '--day'),
        date: flags.date === undefined ? undefined : parseDate(flags.date, '--date'),
        absent: Boolean(flags.absent),
      }),
    );
}

/** The arrival time as the desk saw it: local HH:MM. */
function clock(iso: string | null): string {
  return iso ? localDateTime(iso).slice(11, 16) : '';
}

export async function runList(ctx: Context, opts: ListOptions): Promise<void> {
  const store = ctx.open();
  const days = getWorkshop(store).days;
  // No day named: today during the workshop; afterwards (a script tidying up), every day.
  const chosen: WorkshopDay[] =
    opts.day !== undefined || opts.date !== undefined || days.includes(localIsoDate(ctx.now()))
      ? [resolveWorkshopDay(days, { day: opts.day, date: opts.date, now: ctx.now() })]
      : days.map((date, index) => ({ date, day: index + 1 }));
  const several = chosen.length > 1;
  const dayLabel = (date: string) => ctx.t('attendance.day', { day: dayNumber(days, date) ?? '?' });

  const heading = (key: 'attendance.heading.absentDay' | 'attendance.heading.listDay') => {
    if (!several) ctx.print(ctx.chalk.bold(ctx.t(key, { day: dayLabel(chosen[0]!.date), date: formatLongDate(chosen[0]!.date, ctx.lang) })));
  };
  const dayColumn = several ? [{ header: ctx.t('attendance.col.day'), value: (r: { date: string }) => dayLabel(r.date) }] : [];

  if (opts.absent) {
    const rows = store.read(() => chosen.flatMap((d) => listAbsent(store, d.date).map((p) => ({ ...p, date: d.date }))));
    if (ctx.opts.json) return printJson(ctx, rows.map((p) => noRecordJson(p, p.date, days)));
    if (rows.length === 0) return ctx.info(ctx.t('attendance.noneAbsent', { day: several ? '—' : dayLabel(chosen[0]!.date) }));
    heading('attendance.heading.absentDay');
    return printTable(ctx, rows, [...dayColumn, ...personColumns(ctx), { header: ctx.t('attendance.col.position'), value: (r) => r.position }]);
  }

  const rows = store.read(() => (several ? listAttendance(store) : listAttendance(store, chosen[0]!.date)));
  if (ctx.opts.json) return printJson(ctx, rows.map((r) => attendanceJson(r, days)));
  if (rows.length === 0) return ctx.info(ctx.t('attendance.none'));
  heading('attendance.heading.listDay');
  await printTable<AttendanceRecord>(ctx, rows, [
    ...dayColumn,
    ...personColumns(ctx),
    { header: ctx.t('attendance.col.status'), value: (r) => statusWord(ctx, r.status) },
    { header: ctx.t('attendance.col.time'), value: (r) => clock(r.checked_in_at) },
    {
      header: ctx.t('attendance.col.note'),
      value: (r) => [r.representative ? ctx.t('attendance.representedBy', { representative: r.representative }) : '', r.note ?? ''].filter(Boolean).join('; '),
    },
  ]);
}

function personColumns(ctx: Context) {
  return [
    { header: ctx.t('col.no'), value: (r: AbsentPerson) => r.no, align: 'right' as const },
    { header: ctx.t('col.name'), value: (r: AbsentPerson) => r.name },
    { header: ctx.t('attendance.col.unit'), value: (r: AbsentPerson) => r.unit_short ?? r.unit ?? '' },
  ];
}
