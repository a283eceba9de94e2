import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson, printTable } from '../../cli/output.js';
import { type AttendanceStatus, summarizeAttendance } from '../../domain/attendance.js';
import type { Translate } from '../../i18n/index.js';
import { attendanceMarks } from '../../store/attendance.js';
import { getWorkshop } from '../../store/workshop.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('summary')
    .description(t('help.attendance.summary'))
    .action(() => runSummary(ctx));
}

export async function runSummary(ctx: Context): Promise<void> {
  const store = ctx.open();
  const { days, summary } = store.read(() => {
    const days = getWorkshop(store).days;
    const { people, marks } = attendanceMarks(store);
    return { days, summary: summarizeAttendance(days, people, marks) };
  });
  if (ctx.opts.json) return printJson(ctx, summary);
  if (summary.participants.length === 0) return ctx.info(ctx.t('attendance.noParticipants'));

  const mark = (status: AttendanceStatus | null) => ctx.t(status ? (`attendance.mark.${status}` as const) : 'attendance.mark.absent');
  const day = (n: number) => ctx.t('attendance.day', { day: n });
  const noUnit = ctx.t('attendance.noUnit');

  ctx.print(ctx.chalk.bold(ctx.t('attendance.heading.people')));
  await printTable(ctx, summary.participants, [
    { header: ctx.t('col.no'), value: (p) => p.no, align: 'right' },
    { header: ctx.t('col.name'), value: (p) => p.name },
    { header: ctx.t('attendance.col.unit'), value: (p) => p.unit_short ?? p.unit ?? noUnit },
    ...days.map((date, i) => ({ header: String(i + 1), value: (p: (typeof summary.participants)[number]) => mark(p.days[date] ?? null) })),
    { header: ctx.t('attendance.col.daysPresent'), value: (p) => p.days_present, align: 'right' },
    { header: ctx.t('attendance.col.percent'), value: (p) => p.percent, align: 'right' },
  ]);
  ctx.info(ctx.chalk.dim(ctx.t('attendance.marksLegend')));

  const counts = [
    { header: ctx.t('attendance.col.present'), value: (r: { present: number }) => r.present, align: 'right' as const },
    { header: ctx.t('attendance.col.represented'), value: (r: { represented: number }) => r.represented, align: 'right' as const },
    { header: ctx.t('attendance.col.excused'), value: (r: { excused: number }) => r.excused, align: 'right' as const },
    { header: ctx.t('attendance.col.absent'), value: (r: { absent: number }) => r.absent, align: 'right' as const },
  ];
  ctx.print('');
  ctx.print(ctx.chalk.bold(ctx.t('attendance.heading.units')));
  await printTable(ctx, summary.units, [
    { header: ctx.t('attendance.col.unit'), value: (u) => u.unit_short ?? u.unit ?? noUnit },
    { header: ctx.t('col.participants'), value: (u) => u.participants, align: 'right' },
    ...counts,
    { header: ctx.t('attendance.col.percent'), value: (u) => u.percent, align: 'right' },
  ]);
  ctx.print('');
  ctx.print(ctx.chalk.bold(ctx.t('attendance.heading.days')));
  await printTable(ctx, summary.days, [
    { header: ctx.t('attendance.col.day'), value: (d) => day(d.day) },
    { header: ctx.t('attendance.col.date'), value: (d) => d.date },
    ...counts,
  ]);
}
