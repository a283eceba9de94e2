// BAB IV Rencana Tindak Lanjut: every commitment by unit, overdue ones marked in the Status cell.
import { isOverdue } from '../../domain/commitments.js';
import { formatDate } from '../../domain/dates.js';
import type { OutcomeCommitment, OutcomeData } from '../../store/report-outcome-data.js';
import { unitLabel } from '../format.js';
import { type Report, fitWidths, grouped } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import { statusAsOf } from '../status-labels.js';
import { chapter } from './headings.js';
import { ideaNumbers, ideaOfCommitment } from './results.js';
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
  const late = (r: CommitmentTableRow) => (of(r) ? isOverdue(of(r)!, asOf) : false);
  // The idea by its number in this report (BAB III's table), one number per idea.
  const ideaNo = ideaNumbers(data);
  // Widths follow the text (layout/widths.ts): the action takes most of the page.
  const columns = fitWidths<CommitmentTableRow>(
    report,
    [
      // The commitment's own number, as in the Matriks RTL and on the command line.
      { header: col('no'), width: 0, align: 'center', value: (r) => (of(r) ? String(of(r)!.no) : '') },
      { header: col('action'), width: 0, value: (r) => of(r)?.action ?? '' },
      { header: col('idea'), width: 0, value: (r) => (of(r)?.idea_title ? ideaOfCommitment(ideaNo, of(r)!) : '–') },
      { header: col('owner'), width: 0, value: (r) => of(r)?.owner ?? '–' },
      { header: col('due'), width: 0, align: 'center', value: (r) => (of(r) ? formatDate(of(r)!.due_date, report.lang) : '') },
      // Overdue is said once, in the Status cell, in bold; the rest of the row stays regular.
      {
        header: col('status'),
        width: 0,
        value: (r) => (of(r) ? statusAsOf(report, of(r)!, asOf) : ''),
        font: (r) => (late(r) ? 'bold' : undefined),
      },
      { header: col('progress'), width: 0, align: 'center', value: (r) => (of(r) ? `${of(r)!.progress}%` : '') },
    ],
    rows,
    { fontSize: 8 },
  );
  report.table<CommitmentTableRow>(
    {
      fontSize: 8,
      ...grouped<CommitmentTableRow>(report, (r) => ('group' in r ? r.group : undefined), tpl.text('followUp.title', vars)),
      rowStyle: (r) => ('group' in r ? { fill: '#f0f0f0' } : undefined),
      columns,
    },
    rows,
  );
}
