import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, type View, emit, table } from '../../cli/output.js';
import { parseOptionalDate, parsePositiveInt } from '../../cli/parse.js';
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
      emit(
        ctx,
        runList(ctx, {
          day: flags.day === undefined ? undefined : parsePositiveInt(flags.day, '--day'),
          date: parseOptionalDate(flags.date, '--date'),
          absent: Boolean(flags.absent),
        }),
      ),
    );
}

/** The arrival time as the desk saw it: local HH:MM. */
function clock(iso: string | null): string {
  return iso ? localDateTime(iso).slice(11, 16) : '';
}

export function runList(ctx: Context, opts: ListOptions): Answer {
  const store = ctx.open();
  const days = getWorkshop(store).days;
  // No day named: today during the workshop; afterwards (a script tidying up), every day.
  const chosen: WorkshopDay[] =
    opts.day !== undefined || opts.date !== undefined || days.includes(localIsoDate(ctx.now()))
      ? [resolveWorkshopDay(days, { day: opts.day, date: opts.date, now: ctx.now() })]
      : days.map((date, index) => ({ date, day: index + 1 }));
  const one = chosen.length === 1 ? chosen[0]! : undefined;
  const dayLabel = (date: string) => ctx.t('attendance.day', { day: dayNumber(days, date) ?? '?' });
  const dayColumn = one ? [] : [{ header: ctx.t('attendance.col.day'), value: (r: { date: string }) => dayLabel(r.date) }];
  /** One day's list goes under a heading naming the day; an empty one says so on stderr instead. */
  const titled = (view: View, rows: number, key: 'attendance.heading.absentDay' | 'attendance.heading.listDay'): View =>
    one && rows > 0 ? { sections: [{ title: ctx.t(key, { day: dayLabel(one.date), date: formatLongDate(one.date, ctx.lang) }), view }] } : view;

  if (opts.absent) {
    const rows = store.read(() => chosen.flatMap((d) => listAbsent(store, d.date).map((p) => ({ ...p, date: d.date }))));
    const view = table(rows, [...dayColumn, ...personColumns(ctx), { header: ctx.t('attendance.col.position'), value: (r) => r.position }], {
      empty: ctx.t('attendance.noneAbsent', { day: one ? dayLabel(one.date) : '—' }),
    });
    return { json: rows.map((p) => noRecordJson(p, p.date, days)), view: titled(view, rows.length, 'attendance.heading.absentDay') };
  }

  const rows = store.read(() => listAttendance(store, one?.date));
  const view = table<AttendanceRecord>(
    rows,
    [
      ...dayColumn,
      ...personColumns(ctx),
      { header: ctx.t('attendance.col.status'), value: (r) => statusWord(ctx, r.status) },
      { header: ctx.t('attendance.col.time'), value: (r) => clock(r.checked_in_at) },
      {
        header: ctx.t('attendance.col.note'),
        value: (r) => [r.representative ? ctx.t('attendance.representedBy', { representative: r.representative }) : '', r.note ?? ''].filter(Boolean).join('; '),
      },
    ],
    { empty: ctx.t('attendance.none') },
  );
  return { json: rows.map((r) => attendanceJson(r, days)), view: titled(view, rows.length, 'attendance.heading.listDay') };
}

function personColumns(ctx: Context) {
  return [
    { header: ctx.t('col.no'), value: (r: AbsentPerson) => r.no, align: 'right' as const },
    { header: ctx.t('col.name'), value: (r: AbsentPerson) => r.name },
    { header: ctx.t('attendance.col.unit'), value: (r: AbsentPerson) => r.unit_short ?? r.unit ?? '' },
  ];
}
