// The dashboard's follow-up plan: what falls due this week, what is overdue, and which units are behind.
import { type View, table } from '../../cli/output.js';
import { addDays } from '../../domain/dates.js';
import { type CommitmentView, listCommitments } from '../../store/commitments.js';
import { commitmentJson } from '../commitment/json.js';
import { daysLateText, statusLabel } from '../commitment/show.js';
import { type UnitRef, unitRef } from '../refs.js';
import { defineSection, stack } from './section.js';

interface CommitmentStatusData {
  as_of: string;
  total: number;
  /** Open commitments due from the as-of date to a week later. */
  due_this_week: { until: string; count: number; commitments: CommitmentView[] };
  overdue: { count: number; commitments: CommitmentView[] };
  units_with_overdue: { unit: UnitRef; overdue: number }[];
}

const WEEK = 7;

export const commitments = defineSection<CommitmentStatusData>({
  key: 'commitments',
  collect(store, asOf) {
    const all = listCommitments(store, { asOf });
    const week = listCommitments(store, { asOf, dueWithin: WEEK });
    const overdue = all.filter((c) => c.overdue);
    const units = new Map<number, CommitmentStatusData['units_with_overdue'][number]>();
    for (const c of overdue) {
      const u = units.get(c.unit_no) ?? { unit: unitRef(c.unit_no, c.unit, c.unit_short)!, overdue: 0 };
      u.overdue += 1;
      units.set(c.unit_no, u);
    }
    return {
      as_of: asOf,
      total: all.length,
      due_this_week: { until: addDays(asOf, WEEK), count: week.length, commitments: week },
      overdue: { count: overdue.length, commitments: overdue },
      units_with_overdue: [...units.values()].sort((a, b) => b.overdue - a.overdue || a.unit.no - b.unit.no),
    };
  },
  json(data) {
    return {
      ...data,
      due_this_week: { ...data.due_this_week, commitments: data.due_this_week.commitments.map(commitmentJson) },
      overdue: { ...data.overdue, commitments: data.overdue.commitments.map(commitmentJson) },
    };
  },
  view(ctx, data) {
    const t = ctx.t;
    const title = t('commitment.dash.heading', { date: data.as_of });
    if (data.total === 0) return { title, view: { lines: [t('commitment.dash.none')] } };
    const unitOf = (c: CommitmentView) => c.unit_short ?? c.unit;
    const parts: View[] = [{ lines: [t('commitment.dash.dueThisWeek', { until: data.due_this_week.until, count: data.due_this_week.count })] }];
    if (data.due_this_week.count > 0) {
      parts.push(
        table(data.due_this_week.commitments, [
          { header: t('col.no'), value: (c) => c.no, align: 'right' },
          { header: t('commitment.col.unit'), value: unitOf },
          { header: t('commitment.col.action'), value: (c) => c.action },
          { header: t('commitment.col.due'), value: (c) => c.due_date },
          { header: t('commitment.col.status'), value: (c) => statusLabel(ctx, c.status) },
          { header: t('commitment.col.progress'), value: (c) => `${c.progress}%`, align: 'right' },
        ]),
      );
    }
    const overdueLine = t('commitment.dash.overdue', { count: data.overdue.count });
    parts.push({ lines: [data.overdue.count > 0 ? ctx.chalk.red(overdueLine) : overdueLine] });
    if (data.overdue.count > 0) {
      const red = (text: string) => ctx.chalk.red(text);
      parts.push(
        table(data.overdue.commitments, [
          { header: t('col.no'), value: (c) => c.no, align: 'right', style: red },
          { header: t('commitment.col.unit'), value: unitOf, style: red },
          { header: t('commitment.col.action'), value: (c) => c.action, style: red },
          { header: t('commitment.col.due'), value: (c) => c.due_date, style: red },
          { header: t('commitment.col.late'), value: (c) => daysLateText(ctx, c.days_overdue), style: red },
        ]),
        { lines: [t('commitment.dash.unitsOverdue')] },
        table(data.units_with_overdue, [
          { header: t('commitment.col.unit'), value: (u) => u.unit.name },
          { header: t('commitment.col.count'), value: (u) => u.overdue, align: 'right' },
        ]),
      );
    }
    return { title, view: stack(parts) };
  },
});
