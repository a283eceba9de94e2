// Lampiran of the outcome report: the attendance recap, person by person, and the documentation photos.
import type { AttendanceSummary } from '../../domain/attendance.js';
import type { Asset } from '../../store/letterhead.js';
import { formatPercent, unitLabel } from '../format.js';
import { type Report, cachedImage, grouped } from '../layout/index.js';
import type { Vars } from '../placeholders.js';
import { byRole } from '../roles.js';
import { frontTitle } from './front.js';
import type { OutcomeTemplate } from './template.js';

export interface OutcomeAppendix {
  /** Everyone on the recap, by unit in the one unit order, then name. */
  people: AttendanceSummary['participants'];
  days: number;
  photos: readonly Asset[];
}

type Person = AttendanceSummary['participants'][number];
type Row = { group: string } | { person: Person };

/**
 * Lampiran 1 (the attendance recap, person by person: peserta under their units, then narasumber, fasilitator
 * and panitia under their roles, as the recap and the daftar hadir group them) and, when photos were added,
 * Lampiran 2 (the documentation photos). Without photos there is no Lampiran 2, and no page for it.
 */
export function appendix(report: Report, tpl: OutcomeTemplate, vars: Vars, a: OutcomeAppendix): void {
  frontTitle(report, tpl.text('appendix.title', vars));
  report.font('bold', 11);
  report.textBox(tpl.text('appendix.attendance', vars), report.left, report.y, report.width);
  report.moveDown(6);
  const { peserta, others } = byRole(a.people);
  const unitRows = (): Row[] => {
    const rows: Row[] = [];
    let unit: string | null | undefined;
    peserta.forEach((person, i) => {
      // The unit as BAB III and IV print it: "name (SHORT)".
      if (i === 0 || person.unit !== unit) rows.push({ group: person.unit === null ? '–' : unitLabel(person.unit, person.unit_short) });
      unit = person.unit;
      rows.push({ person });
    });
    return rows;
  };
  const roleRows = (): Row[] => others.flatMap((g) => [{ group: tpl.text(`appendix.role.${g.role}`, vars) }, ...g.people.map((person) => ({ person }))]);
  if (others.length === 0) attendanceTable(report, tpl, vars, a.days, unitRows());
  else {
    for (const [title, rows] of [[tpl.text('appendix.participants', vars), unitRows()], [tpl.text('appendix.others', vars), roleRows()]] as const) {
      if (rows.length === 0) continue;
      report.font('bold', 10);
      // The group's title stays with the table's header and its first rows.
      report.ensureSpace(110);
      report.textBox(title, report.left, report.y, report.width);
      report.moveDown(4);
      attendanceTable(report, tpl, vars, a.days, rows);
      report.moveDown(10);
    }
  }
  if (a.photos.length === 0) return;
  report.addPage();
  report.font('bold', 11);
  report.textBox(tpl.text('appendix.photos', vars), report.left, report.y, report.width);
  report.moveDown(8);
  // Two photos a page, each fitted into half the page's height with its caption under it.
  const boxHeight = (report.bottom - report.top) / 2 - 40;
  a.photos.forEach((photo, i) => {
    report.ensureSpace(boxHeight + 30);
    const y = report.y;
    report.doc.image(cachedImage(report, photo.data), report.left, y, { fit: [report.width, boxHeight], align: 'center', valign: 'center' });
    report.y = y + boxHeight + 4;
    report.font('italic', 9.5);
    const caption = `${i + 1}. ${photo.caption ?? ''}`.trim();
    for (const line of report.wrapLines(caption, report.width)) {
      report.line(line, report.left, report.y, report.width, 'center');
      report.y += report.doc.currentLineHeight(true);
    }
    report.moveDown(14);
  });
}

function attendanceTable(report: Report, tpl: OutcomeTemplate, vars: Vars, days: number, rows: Row[]): void {
  const col = (key: string) => tpl.text(`appendix.table.${key}`, vars);
  const of = (r: Row) => ('person' in r ? r.person : undefined);
  report.table<Row>(
    {
      fontSize: 9,
      ...grouped<Row>(report, (r) => ('group' in r ? r.group : undefined)),
      rowStyle: (r) => ('group' in r ? { fill: '#f0f0f0', font: 'bold' } : undefined),
      columns: [
        { header: col('no'), width: 7, align: 'center', value: (r) => String(of(r)?.no ?? '') },
        { header: col('name'), width: 55, value: (r) => of(r)?.name ?? '' },
        { header: col('days'), width: 18, align: 'center', value: (r) => (of(r) ? `${of(r)!.days_present}/${days}` : '') },
        { header: col('percent'), width: 20, align: 'center', value: (r) => (of(r) ? formatPercent(of(r)!.percent, report.lang) : '') },
      ],
    },
    rows,
  );
}
