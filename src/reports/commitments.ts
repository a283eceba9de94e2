// Matriks Rencana Tindak Lanjut: every follow-up commitment by unit, as of a date, overdue ones marked in
// the Status cell. A landscape table an office prints for its monitoring meeting, signed at the end.
import { isOverdue } from '../domain/commitments.js';
import { formatDate, formatLongDate } from '../domain/dates.js';
import { translate } from '../i18n/index.js';
import type { CommitmentsData, OutcomeCommitment } from '../store/report-outcome-data.js';
import { unitLabel } from './format.js';
import { readWording } from './wording.js';
import { Report, type ReportOptions, type TableColumn, fitWidths, grouped, pairs, workshopKop, workshopSignature } from './layout/index.js';
import { counted, statusAsOf } from './status-labels.js';

export interface CommitmentsOptions extends ReportOptions {
  asOf: string;
}

/** A unit's heading row, or an action with whether it is overdue and its remark. */
type Row = { group: string; count: number } | { c: OutcomeCommitment; late: boolean; note: string };

interface CommitmentsSummary {
  total: number;
  done: number;
  inProgress: number;
  planned: number;
  cancelled: number;
  overdue: number;
  overdueUnits: number;
  /** Mean progress of the commitments not cancelled, whole percent; null when there are none. */
  progress: number | null;
}

function summarize(commitments: readonly OutcomeCommitment[], asOf: string): CommitmentsSummary {
  const count = (status: OutcomeCommitment['status']) => commitments.filter((c) => c.status === status).length;
  const overdue = commitments.filter((c) => isOverdue(c, asOf));
  const live = commitments.filter((c) => c.status !== 'cancelled');
  return {
    total: commitments.length,
    done: count('done'),
    inProgress: count('in-progress'),
    planned: count('planned'),
    cancelled: count('cancelled'),
    overdue: overdue.length,
    overdueUnits: new Set(overdue.map((c) => c.unit)).size,
    progress: live.length === 0 ? null : Math.round(live.reduce((sum, c) => sum + c.progress, 0) / live.length),
  };
}

/** The remark column: when it was done, then the latest update's note (how late is in the Status column). */
function remark(report: Report, c: OutcomeCommitment): string {
  const parts: string[] = [];
  if (c.status === 'done') {
    const done = [...c.updates].reverse().find((u) => u.status === 'done');
    if (done) parts.push(report.t('matrix.doneOn', { date: formatDate(done.date, report.lang) }));
  }
  const last = [...c.updates].reverse().find((u) => u.note && u.note.trim() !== '');
  if (last?.note) parts.push(report.t('matrix.lastUpdate', { date: formatDate(last.date, report.lang), note: last.note.trim() }));
  return parts.join('\n');
}

export async function writeCommitmentsPdf(data: CommitmentsData, given: CommitmentsOptions, path: string): Promise<{ file: string; pages: number }> {
  const options = { ...given, wording: readWording(given.templates, 'commitments', given.lang) };
  const { asOf } = options;
  const report = await Report.create(options, {
    title: `${options.wording?.['matrix.title'] ?? translate(options.lang, 'matrix.title')} — ${data.workshop.title}`,
    author: data.workshop.organizer ?? undefined,
    orientation: 'landscape',
  });
  const kop = workshopKop(data.workshop, report.t('matrix.heading'), report.lang);
  kop.details = [...(kop.details ?? []), [report.t('matrix.asOfLabel'), formatLongDate(asOf, report.lang)]];
  report.kop(kop);

  const s = summarize(data.commitments, asOf);
  const date = formatDate(asOf, report.lang);
  // The summary on the left and the signature on the right, on one page, as offices lay out a matrix's foot.
  const summary: Array<[string, string]> = [
    [report.t('matrix.summary.total'), String(s.total)],
    [report.t('matrix.summary.done'), String(s.done)],
    [report.t('matrix.summary.inProgress'), String(s.inProgress)],
    [report.t('matrix.summary.planned'), String(s.planned)],
    [report.t('matrix.summary.cancelled'), String(s.cancelled)],
    [report.t('matrix.summary.overdue', { date }), String(s.overdue)],
    [report.t('matrix.summary.units'), String(s.overdueUnits)],
    [report.t('matrix.summary.progress'), s.progress === null ? '–' : `${s.progress}%`],
  ];
  report.font('regular', 9);
  const summaryHeight = 22 + summary.length * (report.doc.currentLineHeight(true) + 2);
  const legend = s.overdue > 0 ? report.t('matrix.legend', { date }) : undefined;
  report.font('italic', 8);
  // What follows the table (legend, summary, signature), kept on the page of its last rows.
  const endHeight = 6 + (legend ? report.measure(legend, report.width) + 8 : 0) + 8 + Math.max(summaryHeight, 150);

  if (data.commitments.length === 0) {
    report.paragraph(report.t('matrix.none'), { align: 'left' });
  } else {
    const rows: Row[] = [];
    let group: { group: string; count: number } | undefined;
    for (const c of data.commitments) {
      if (group?.group !== unitLabel(c.unit, c.unit_short)) {
        group = { group: unitLabel(c.unit, c.unit_short), count: 0 };
        rows.push(group);
      }
      group.count++;
      rows.push({ c, late: isOverdue(c, asOf), note: remark(report, c) });
    }
    const of = (r: Row) => ('c' in r ? r : undefined);
    // Widths follow the text (layout/widths.ts): the action, its output and indicator take most of the page.
    // Keterangan (done on, update notes) only when a row has one: its width goes to the long texts.
    const note: TableColumn<Row> = { header: report.t('matrix.col.note'), width: 0, value: (r) => of(r)?.note ?? '' };
    const columns = fitWidths<Row>(
      report,
      [
        { header: report.t('matrix.col.no'), width: 0, align: 'center', value: (r) => (of(r) ? String(of(r)!.c.no) : '') },
        { header: report.t('matrix.col.action'), width: 0, value: (r) => of(r)?.c.action ?? '' },
        // The idea by its title: its number is the outcome report's (a running count there), not the register's.
        { header: report.t('matrix.col.idea'), width: 0, value: (r) => of(r)?.c.idea_title ?? '–' },
        { header: report.t('matrix.col.owner'), width: 0, value: (r) => of(r)?.c.owner ?? '–' },
        { header: report.t('matrix.col.output'), width: 0, value: (r) => of(r)?.c.output ?? '–' },
        { header: report.t('matrix.col.indicator'), width: 0, value: (r) => of(r)?.c.indicator ?? '–' },
        { header: report.t('matrix.col.due'), width: 0, align: 'center', value: (r) => (of(r) ? formatDate(of(r)!.c.due_date, report.lang) : '') },
        // Overdue is said in the Status cell, in bold, readable in black and white; the rest of the row stays regular.
        { header: report.t('matrix.col.status'), width: 0, align: 'center', value: (r) => (of(r) ? statusAsOf(report, of(r)!.c, asOf) : ''), font: (r) => (of(r)?.late ? 'bold' : undefined) },
        { header: report.t('matrix.col.progress'), width: 0, align: 'center', value: (r) => (of(r) ? `${of(r)!.c.progress}%` : '') },
        ...(rows.some((r) => of(r)?.note) ? [note] : []),
      ],
      rows,
      { fontSize: 8, headerFontSize: 8.5 },
    );
    report.table<Row>(
      {
        fontSize: 8,
        headerFontSize: 8.5,
        ...grouped<Row>(report, (r) => ('group' in r ? `${r.group} — ${counted(report, 'matrix.unitCount', r.count)}` : undefined), report.t('matrix.title')),
        rowStyle: (r) => ('group' in r ? { fill: '#eeeeee' } : undefined),
        keepWithEnd: endHeight,
        columns,
      },
      rows,
    );
  }

  report.moveDown(6);
  if (legend) report.paragraph(legend, { size: 8, font: 'italic', align: 'left' });
  report.moveDown(8);
  report.ensureSpace(Math.max(summaryHeight, 150));
  const top = report.y;
  report.font('bold', 10);
  report.textBox(report.t('matrix.summary'), report.left, top, report.width / 2);
  report.moveDown(4);
  pairs(report, summary, { size: 9, width: report.width / 2 });
  report.y = top - 16;
  report.signature(workshopSignature(data.workshop, asOf));
  report.y = Math.max(report.y, top + summaryHeight);
  return report.save(path);
}
