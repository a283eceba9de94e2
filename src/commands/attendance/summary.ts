import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, type Column, emit, table } from '../../cli/output.js';
import { type AttendanceStatus, summarizeAttendance } from '../../domain/attendance.js';
import type { Translate } from '../../i18n/index.js';
import { attendanceMarks } from '../../store/attendance.js';
import { getWorkshop } from '../../store/workshop.js';
import { type UnitRef, unitRef } from '../refs.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('summary')
    .description(t('help.attendance.summary'))
    .action(() => emit(ctx, runSummary(ctx)));
}

interface Counts {
  present: number;
  excused: number;
  represented: number;
  absent: number;
}

export function runSummary(ctx: Context): Answer {
  const store = ctx.open();
  const { days, people, summary } = store.read(() => {
    const days = getWorkshop(store).days;
    const { people, marks } = attendanceMarks(store);
    return { days, people, summary: summarizeAttendance(days, people, marks) };
  });
  // The recap groups by unit name; the references need each unit's number too.
  const unitOf = new Map<string | null, UnitRef | null>(people.map((p) => [p.unit, unitRef(p.unit_no, p.unit, p.unit_short)]));
  const json = {
    days: summary.days,
    participants: summary.participants.map(({ no, name, unit, days_present, percent, days: marks }) => ({
      participant: { no, name },
      unit: unitOf.get(unit) ?? null,
      days_present,
      percent,
      days: marks,
    })),
    units: summary.units.map(({ unit, unit_short: _short, ...counts }) => ({ unit: unitOf.get(unit) ?? null, ...counts })),
  };
  if (summary.participants.length === 0) return { json, view: table([], [], { empty: ctx.t('attendance.noParticipants') }) };

  const mark = (status: AttendanceStatus | null) => ctx.t(status ? (`attendance.mark.${status}` as const) : 'attendance.mark.absent');
  const noUnit = ctx.t('attendance.noUnit');
  const counts: Column<Counts>[] = [
    { header: ctx.t('attendance.col.present'), value: (r) => r.present, align: 'right' },
    { header: ctx.t('attendance.col.represented'), value: (r) => r.represented, align: 'right' },
    { header: ctx.t('attendance.col.excused'), value: (r) => r.excused, align: 'right' },
    { header: ctx.t('attendance.col.absent'), value: (r) => r.absent, align: 'right' },
  ];
  const peopleTable = table(summary.participants, [
    { header: ctx.t('col.no'), value: (p) => p.no, align: 'right' },
    { header: ctx.t('col.name'), value: (p) => p.name },
    { header: ctx.t('attendance.col.unit'), value: (p) => p.unit_short ?? p.unit ?? noUnit },
    ...days.map((date, i) => ({ header: String(i + 1), value: (p: (typeof summary.participants)[number]) => mark(p.days[date] ?? null) })),
    { header: ctx.t('attendance.col.daysPresent'), value: (p) => p.days_present, align: 'right' },
    { header: ctx.t('attendance.col.percent'), value: (p) => p.percent, align: 'right' },
  ]);
  const units = table(summary.units, [
    { header: ctx.t('attendance.col.unit'), value: (u) => u.unit_short ?? u.unit ?? noUnit },
    { header: ctx.t('col.participants'), value: (u) => u.participants, align: 'right' },
    ...counts,
    { header: ctx.t('attendance.col.percent'), value: (u) => u.percent, align: 'right' },
  ]);
  const perDay = table(summary.days, [
    { header: ctx.t('attendance.col.day'), value: (d) => ctx.t('attendance.day', { day: d.day }) },
    { header: ctx.t('attendance.col.date'), value: (d) => d.date },
    ...counts,
  ]);
  return {
    json,
    view: {
      sections: [
        { title: ctx.t('attendance.heading.people'), view: peopleTable },
        { title: ctx.t('attendance.heading.units'), view: units },
        { title: ctx.t('attendance.heading.days'), view: perDay },
      ],
    },
    // What the marks in the people table mean.
    message: ctx.chalk.dim(ctx.t('attendance.marksLegend')),
  };
}
