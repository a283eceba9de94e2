// BAB IV Rencana Tindak Lanjut: every commitment by unit, overdue ones in red.
import { daysOverdue, isOverdue } from '../../domain/commitments.js';
import { formatDate } from '../../domain/dates.js';
import type { OutcomeCommitment, OutcomeData } from '../../store/report-outcome-data.js';
import { unitLabel } from '../format.js';
import { type Report, grouped } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import { commitmentStatusLabel, overdueLabel } from '../status-labels.js';
import { chapter } from './headings.js';
import type { OutcomeTemplate } from './template.js';

type CommitmentTableRow = { group: string } | { c: OutcomeCommitment };

export function followUp(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars, asOf: string): void {
  chapter(report, 4, tpl.text('followUp.title', vars));
  if (data.commitments.length === 0) {
    report.paragraph(tpl.text('followUp.none', vars));
    return;
  }
  for (const text of tpl.list('followUp.paragraphs', vars)) report.paragraph(text);
  const rows: CommitmentTableRow[] = [];
  let unit: string | undefined;
  for (const c of data.commitments) {
    if (c.unit !== unit) rows.push({ group: unitLabel(c.unit, c.unit_short) });
    unit = c.unit;
    rows.push({ c });
  }
  const col = (key: string) => tpl.text(`followUp.table.${key}`, vars);
  const of = (r: CommitmentTableRow) => ('c' in r ? r.c : undefined);
  const running = new Map<OutcomeCommitment, number>(data.commitments.map((c, i) => [c, i + 1]));
  const late = (r: CommitmentTableRow) => (of(r) ? isOverdue(of(r)!, asOf) : false);
  report.table<CommitmentTableRow>(
    {
      fontSize: 8,
      ...grouped<CommitmentTableRow>(report, (r) => ('group' in r ? r.group : undefined)),
      rowStyle: (r) => ('group' in r ? { fill: '#f0f0f0' } : late(r) ? { font: 'bold' } : undefined),
      columns: [
        { header: col('no'), width: 5, align: 'center', value: (r) => String(of(r) ? running.get(of(r)!) : '') },
        { header: col('action'), width: 26, value: (r) => of(r)?.action ?? '' },
        { header: col('idea'), width: 18, value: (r) => (of(r)?.idea_title ? `${of(r)!.idea_no}. ${of(r)!.idea_title}` : '–') },
        { header: col('owner'), width: 16, value: (r) => of(r)?.owner ?? '–' },
        { header: col('due'), width: 15, align: 'center', value: (r) => (of(r) ? formatDate(of(r)!.due_date, report.lang) : '') },
        {
          header: col('status'),
          width: 14,
          value: (r) => {
            const c = of(r);
            if (!c) return '';
            const status = commitmentStatusLabel(report, c.status);
            return late(r) ? `${status}\n${report.t('matrix.overdueMark')}: ${overdueLabel(report, daysOverdue(c, asOf))}` : status;
          },
        },
        { header: col('progress'), width: 9, align: 'center', value: (r) => (of(r) ? `${of(r)!.progress}%` : '') },
      ],
    },
    rows,
  );
}
