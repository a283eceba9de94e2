// BAB II Pelaksanaan: time and place, and who attended (a table per unit and day).
import { formatDayRange } from '../../domain/dates.js';
import type { OutcomeData } from '../../store/report-outcome-data.js';
import { formatPercent, shortDate, unitLabel } from '../format.js';
import { type Report, continuedCaption, pairs } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import { INDENT, chapter, paragraphs, section } from './headings.js';
import type { OutcomeTemplate } from './template.js';

const TOTAL_FILL = '#e6e6e6';

type AttendanceRow = OutcomeData['attendance'][number] & { total?: boolean };

export function implementation(report: Report, data: OutcomeData, tpl: OutcomeTemplate, vars: Vars): void {
  const lang = report.lang;
  const w = data.workshop;
  chapter(report, 2, tpl.text('implementation.title', vars));
  section(report, 0, tpl.text('implementation.timePlace.title', vars));
  report.paragraph(tpl.text('implementation.timePlace.intro', vars), { indent: INDENT, gap: 4 });
  const where: Array<[string, string]> = [[tpl.text('implementation.timePlace.day', vars), formatDayRange(w.start_date, w.end_date, lang)]];
  if (w.venue) where.push([tpl.text('implementation.timePlace.place', vars), w.venue]);
  pairs(report, where, { indent: INDENT });

  section(report, 1, tpl.text('implementation.participants.title', vars));
  if (data.attendance.length === 0) {
    report.paragraph(tpl.text('implementation.participants.none', vars), { indent: INDENT });
    return;
  }
  const others = Number(vars.others);
  const withOthers = others > 0 ? tpl.text('implementation.participants.others', vars) : '';
  paragraphs(report, tpl.list('implementation.participants.paragraphs', { ...vars, with_others: withOthers }));
  const days = w.days;
  const tableVars = (key: string, extra: Vars = {}) => tpl.text(`implementation.participants.table.${key}`, { ...vars, ...extra });
  const rows: AttendanceRow[] = [
    ...data.attendance,
    { unit: tableVars('total'), short: null, participants: data.totals.participants, attended: data.totals.attended, percent: data.totals.percent, total: true },
  ];
  const note = tpl.text('implementation.participants.note', vars);
  report.font('italic', 8);
  // The note under the table goes over with its last rows, never alone on a page.
  const noteHeight = 4 + report.measure(note, report.width);
  report.table<AttendanceRow>(
    {
      fontSize: 9,
      keepWithEnd: noteHeight,
      rowStyle: (r) => (r.total ? { fill: TOTAL_FILL, font: 'bold' } : undefined),
      // A page the table runs onto says so, as every continued table of the report does.
      onNewPage: () => continuedCaption(report, tpl.text('implementation.participants.title', vars)),
      columns: [
        { header: tableVars('no'), width: 5, align: 'center', value: (r, i) => (r.total ? '' : String(i + 1)) },
        { header: tableVars('unit'), width: 36, value: (r) => (r.total ? r.unit : r.unit === '' ? tableVars('noUnit') : unitLabel(r.unit, r.short)) },
        { header: tableVars('participants'), width: 13, align: 'center', value: (r) => String(r.participants) },
        ...days.map((day, d) => ({
          header: `${tableVars('day', { n: d + 1 })}\n${shortDate(day, lang)}`,
          width: 8,
          align: 'center' as const,
          value: (r: AttendanceRow) => String(r.attended[d] ?? 0),
        })),
        { header: tableVars('percent'), width: 13, align: 'center', value: (r) => formatPercent(r.percent, lang) },
      ],
    },
    rows,
  );
  report.moveDown(4);
  report.paragraph(note, { size: 8, font: 'italic', align: 'left' });
}
