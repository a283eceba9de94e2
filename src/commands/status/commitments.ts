// The dashboard's follow-up plan: what falls due this week, what is overdue, and which units are behind.
import { printTable } from '../../cli/output.js';
import { addDays } from '../../domain/dates.js';
import { type CommitmentView, listCommitments } from '../../store/commitments.js';
import { daysLateText, statusLabel } from '../commitment/show.js';
import { type StatusSection, defineSection } from './sections.js';

type Brief = Pick<CommitmentView, 'no' | 'unit_no' | 'unit' | 'unit_short' | 'action' | 'owner' | 'due_date' | 'status' | 'progress' | 'days_overdue'>;

interface CommitmentStatusData {
  as_of: string;
  total: number;
  /** Open commitments due from the as-of date to a week later. */
  due_this_week: { until: string; count: number; commitments: Brief[] };
  overdue: { count: number; commitments: Brief[] };
  units_with_overdue: { unit_no: number; unit: string; unit_short: string | null; overdue: number }[];
}

const WEEK = 7;

function brief(c: CommitmentView): Brief {
  const { no, unit_no, unit, unit_short, action, owner, due_date, status, progress, days_overdue } = c;
  return { no, unit_no, unit, unit_short, action, owner, due_date, status, progress, days_overdue };
}

const commitments = defineSection<CommitmentStatusData>({
  key: 'commitments',
  collect(store, asOf) {
    const all = listCommitments(store, { asOf });
    const week = listCommitments(store, { asOf, dueWithin: WEEK });
    const overdue = all.filter((c) => c.overdue);
    const units = new Map<number, CommitmentStatusData['units_with_overdue'][number]>();
    for (const c of overdue) {
      const u = units.get(c.unit_no) ?? { unit_no: c.unit_no, unit: c.unit, unit_short: c.unit_short, overdue: 0 };
      u.overdue += 1;
      units.set(c.unit_no, u);
    }
    return {
      as_of: asOf,
      total: all.length,
      due_this_week: { until: addDays(asOf, WEEK), count: week.length, commitments: week.map(brief) },
      overdue: { count: overdue.length, commitments: overdue.map(brief) },
      units_with_overdue: [...units.values()].sort((a, b) => b.overdue - a.overdue || a.unit_no - b.unit_no),
    };
  },
  async render(ctx, data) {
    const t = ctx.t;
    ctx.print(ctx.chalk.bold(t('commitment.dash.heading', { date: data.as_of })));
    if (data.total === 0) return ctx.print(t('commitment.dash.none'));
    const unitOf = (c: Brief) => c.unit_short ?? c.unit;
    ctx.print(t('commitment.dash.dueThisWeek', { until: data.due_this_week.until, count: data.due_this_week.count }));
    if (data.due_this_week.count > 0) {
      await printTable(ctx, data.due_this_week.commitments, [
        { header: t('col.no'), value: (c) => c.no, align: 'right' },
        { header: t('commitment.col.unit'), value: unitOf },
        { header: t('commitment.col.action'), value: (c) => c.action },
        { header: t('commitment.col.due'), value: (c) => c.due_date },
        { header: t('commitment.col.status'), value: (c) => statusLabel(ctx, c.status) },
        { header: t('commitment.col.progress'), value: (c) => `${c.progress}%`, align: 'right' },
      ]);
    }
    const overdueLine = t('commitment.dash.overdue', { count: data.overdue.count });
    ctx.print(data.overdue.count > 0 ? ctx.chalk.red(overdueLine) : overdueLine);
    if (data.overdue.count === 0) return;
    const red = (text: string) => ctx.chalk.red(text);
    await printTable(ctx, data.overdue.commitments, [
      { header: t('col.no'), value: (c) => c.no, align: 'right', style: red },
      { header: t('commitment.col.unit'), value: unitOf, style: red },
      { header: t('commitment.col.action'), value: (c) => c.action, style: red },
      { header: t('commitment.col.due'), value: (c) => c.due_date, style: red },
      { header: t('commitment.col.late'), value: (c) => daysLateText(ctx, c.days_overdue), style: red },
    ]);
    ctx.print(t('commitment.dash.unitsOverdue'));
    await printTable(ctx, data.units_with_overdue, [
      { header: t('commitment.col.unit'), value: (u) => u.unit },
      { header: t('commitment.col.count'), value: (u) => u.overdue, align: 'right' },
    ]);
  },
});

export const sections: StatusSection[] = [commitments];
