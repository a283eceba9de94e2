// Daftar Hadir (SPEC §5): one section per workshop day, each starting a page. The signature column
// zig-zags, odd numbers signing on the left half and even numbers on the right, so neighbours never sign
// over each other; represented heads show their deputy, excused people their reason; blank numbered rows
// at the end take walk-ins; the signatory closes each day.
import { formatLongDate } from '../domain/dates.js';
import { formatNip } from '../domain/nip.js';
import { translate } from '../i18n/index.js';
import type { AttendanceMark, AttendanceSheetData, ReportParticipant } from '../store/report-data.js';
import { readWording } from './wording.js';
import { type CellBox, Report, type ReportOptions, type TableColumn, grouped, workshopKop, workshopSignature } from './layout/index.js';

export interface AttendanceSheetOptions extends ReportOptions {
  /** Empty numbered rows after the last name (walk-ins). */
  blankRows: number;
  /** Called after each row is laid out (progress bar). */
  onRow?: () => void;
}

/** A unit (or role) heading, a person, or a blank numbered row for a walk-in. */
type SheetRow = { heading: string } | { person: ReportParticipant & { mark: AttendanceMark | null } } | { blank: number };
type Person = ReportParticipant & { mark: AttendanceMark | null };

const OTHER_ROLES = ['narasumber', 'fasilitator', 'panitia'] as const;

/**
 * Draws the sheets and writes them to `file`: for each day one sheet of peserta, grouped under their units,
 * then (when there are any) one of narasumber, fasilitator and panitia grouped by role, as an SPJ files them.
 * Each sheet numbers its pages from 1.
 */
export async function writeAttendanceSheet(data: AttendanceSheetData, given: AttendanceSheetOptions, file: string): Promise<{ file: string; pages: number }> {
  const options = { ...given, wording: readWording(given.templates, 'attendance', given.lang) };
  const title = options.wording?.['report.attendance.title'] ?? translate(options.lang, 'report.attendance.title');
  const report = await Report.create(options, { title: `${title} — ${data.workshop.title}`, author: data.workshop.organizer ?? undefined });
  const t = report.t.bind(report);
  const w = data.workshop;
  const lastNo = Math.max(0, ...(data.days[0]?.rows ?? []).map((r) => r.no));
  let sheets = 0;
  for (const day of data.days) {
    const peserta = day.rows.filter((r) => r.role === 'peserta');
    const others = day.rows.filter((r) => r.role !== 'peserta');
    const unitRows: SheetRow[] = [];
    let unit: string | null | undefined;
    peserta.forEach((person, i) => {
      if (i === 0 || person.unit !== unit) unitRows.push({ heading: person.unit ?? t('report.attendance.noUnit') });
      unit = person.unit;
      unitRows.push({ person });
    });
    if (options.blankRows > 0) unitRows.push({ heading: t('report.attendance.walkIns') });
    for (let k = 1; k <= options.blankRows; k++) unitRows.push({ blank: lastNo + k });
    const roleRows: SheetRow[] = OTHER_ROLES.flatMap((role) => {
      const people = others.filter((r) => r.role === role);
      return people.length === 0 ? [] : [{ heading: t(`report.attendance.role.${role}`) }, ...people.map((person) => ({ person }))];
    });
    const sheetList: Array<[string, SheetRow[], boolean]> = [[title, unitRows, false]];
    if (roleRows.length > 0) sheetList.push([t('report.attendance.titleOthers'), roleRows, true]);
    for (const [sheetTitle, rows, withUnit] of sheetList) {
      if (sheets++ > 0) report.newNumberedSection();
      drawSheet(report, w, day, sheetTitle, rows, withUnit, options);
    }
  }
  return report.save(file);
}

function drawSheet(report: Report, w: AttendanceSheetData['workshop'], day: AttendanceSheetData['days'][number], title: string, rows: SheetRow[], withUnit: boolean, options: AttendanceSheetOptions): void {
  const t = report.t.bind(report);
  const kop = workshopKop(w, title, options.lang, { day: day.date });
  const dateLine = t('report.attendance.dayOf', { date: formatLongDate(day.date, options.lang), day: day.day, days: w.days.length });
  report.kop({ ...kop, details: [[t('report.label.date'), dateLine], ...(kop.details ?? []).slice(1)] });
  const signature = workshopSignature(w, day.date, { second: true, captionFallback: t('report.signature.acknowledged') });
  // The zig-zag follows the rows as printed: the first person signs left, the next right, and so on.
  const side = new Map<SheetRow, number>();
  let n = 0;
  for (const row of rows) if (!('heading' in row)) side.set(row, n++ % 2);
  const person = (r: SheetRow): Person | undefined => ('person' in r ? r.person : undefined);
  const number = (r: SheetRow): string => ('person' in r ? String(r.person.no) : 'blank' in r ? String(r.blank) : '');
  const columns: Array<TableColumn<SheetRow>> = [
    // Widths in points of A4's 497-pt content width (scaled on other paper): No holds five digits, NIP
    // "19680412 199303 1 004" on one line, and the signature column is over 50 mm.
    { header: t('report.col.no'), width: 38, align: 'center', value: number },
    { header: t('report.col.name'), width: 110, value: (r) => (person(r) ? nameCell(report, person(r)!) : '') },
    { header: t('report.col.nip'), width: 120, value: (r) => (person(r)?.nip ? formatNip(person(r)!.nip!).replace(/ /g, '\u00a0') : '') },
    { header: t('report.col.position'), width: 84, value: (r) => positionCell(person(r), withUnit) },
    {
      header: t('report.col.signature'),
      width: 145,
      value: (r) => (person(r)?.mark?.status === 'excused' ? excusedText(report, person(r)!.mark!) : ''),
      draw: (cell, r) => signatureCell(report, cell, r, number(r), side.get(r) ?? 0),
    },
  ];
  const groups = grouped<SheetRow>(report, (r) => ('heading' in r ? r.heading : undefined));
  report.table(
    {
      columns,
      fontSize: 10,
      minRowHeight: 24,
      keepWithEnd: report.signatureHeight(signature),
      span: groups.span,
      rowStyle: (r) => ('heading' in r ? { fill: '#eeeeee', font: 'bold' } : undefined),
      onNewPage: (first) => {
        report.caption(t('report.attendance.continued', { date: formatLongDate(day.date, options.lang) }));
        groups.onNewPage(first);
      },
    },
    withProgress(rows, options.onRow),
  );
  report.signature(signature);
}

/** The position; on the sheet of speakers, facilitators and committee, the unit under it. */
function positionCell(p: Person | undefined, withUnit: boolean): string {
  if (!p) return '';
  const unit = withUnit && p.unit ? (p.unit_short ?? p.unit) : '';
  return [p.position ?? '', unit].filter((x) => x !== '').join('\n');
}

function* withProgress<T>(rows: readonly T[], onRow: (() => void) | undefined): Generator<T> {
  for (const row of rows) {
    yield row;
    onRow?.();
  }
}

/** The name, and under it the deputy who signed for a represented head. */
function nameCell(report: Report, r: Person): string {
  if (r.mark?.status === 'represented' && r.mark.representative) {
    return `${r.name}\n${report.t('report.attendance.represented', { name: r.mark.representative })}`;
  }
  return r.name;
}

function excusedText(report: Report, mark: AttendanceMark): string {
  return mark.note ? report.t('report.attendance.excused', { note: mark.note }) : report.t('report.attendance.excusedNoReason');
}

/**
 * "12. ........" on the left half for one row, "13. ........" on the right half for the next, so neighbours
 * never sign over each other. An excused person gets no line: the reason is printed in its place.
 */
function signatureCell(report: Report, cell: CellBox, row: SheetRow, no: string, right: number): void {
  const doc = report.doc;
  const half = cell.width / 2;
  const mark = 'person' in row ? row.person.mark : null;
  if (mark?.status === 'excused') {
    report.font('regular', 9);
    doc.fillColor('#333333');
    const width = cell.width - 2 * cell.padding;
    const lines = report.wrapLines(excusedText(report, mark), width);
    const lineHeight = doc.currentLineHeight(true);
    const top = cell.y + Math.max(cell.padding, (cell.height - lines.length * lineHeight) / 2);
    lines.forEach((text, n) => report.line(text, cell.x + cell.padding, top + n * lineHeight, width));
    doc.fillColor('black');
    return;
  }
  const x = cell.x + (right ? half : 3);
  const baseline = cell.y + cell.height - 6;
  report.font('regular', 9);
  const label = `${no}.`;
  report.line(label, x, baseline - 9, half);
  const start = x + report.widthOf(label) + 2;
  const end = right ? cell.x + cell.width - 4 : cell.x + half - 2;
  report.dottedLine(start, end, baseline);
}
