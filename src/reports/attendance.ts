// Daftar Hadir (SPEC §5): one section per workshop day, each starting a page. The signature column
// zig-zags, odd numbers signing on the left half and even numbers on the right, so neighbours never sign
// over each other; represented heads show their deputy, excused people their reason; blank numbered rows
// at the end take walk-ins; the signatory closes each day.
import { formatLongDate } from '../domain/dates.js';
import { formatNip } from '../domain/nip.js';
import { translate } from '../i18n/index.js';
import type { AttendanceMark, AttendanceSheetData, ReportParticipant } from '../store/report-data.js';
import { type CellBox, Report, type ReportOptions, type TableColumn, workshopKop } from './layout/index.js';

export interface AttendanceSheetOptions extends ReportOptions {
  /** Empty numbered rows after the last name (walk-ins). */
  blankRows: number;
  /** Called after each row is laid out (progress bar). */
  onRow?: () => void;
}

type SheetRow = (ReportParticipant & { mark: AttendanceMark | null }) | null;

/** Draws the sheet and writes it to `file`. */
export async function writeAttendanceSheet(data: AttendanceSheetData, options: AttendanceSheetOptions, file: string): Promise<{ file: string; pages: number }> {
  const title = translate(options.lang, 'report.attendance.title');
  const report = await Report.create(options, { title: `${title} — ${data.workshop.title}`, author: data.workshop.organizer ?? undefined });
  const t = report.t.bind(report);
  const w = data.workshop;
  data.days.forEach((day, dayIndex) => {
    if (dayIndex > 0) report.addPage();
    const kop = workshopKop(w, title, options.lang, { day: day.date });
    const dateLine = t('report.attendance.dayOf', { date: formatLongDate(day.date, options.lang), day: day.day, days: w.days.length });
    report.kop({ ...kop, details: [[t('report.label.date'), dateLine], ...(kop.details ?? []).slice(1)] });

    const rows: SheetRow[] = [...day.rows, ...Array.from({ length: options.blankRows }, () => null)];
    const signature = { place: w.city, date: day.date, position: w.signatory.position, name: w.signatory.name, nip: w.signatory.nip };
    const columns: Array<TableColumn<SheetRow>> = [
      // Widths in points of A4's 497-pt content width (scaled on other paper); the NIP column fits
      // "19680412 199303 1 004" on one line.
      { header: t('report.col.no'), width: 20, align: 'center', value: (_r, i) => String(i + 1) },
      { header: t('report.col.name'), width: 112, value: (r) => (r ? nameCell(report, r) : '') },
      { header: t('report.col.nip'), width: 104, value: (r) => (r?.nip ? formatNip(r.nip).replace(/ /g, '\u00a0') : '') },
      { header: t('report.col.position'), width: 84, value: (r) => r?.position ?? '' },
      // The short name (Bappeda, Diskominfo) when the unit has one: the full name fills four lines a row.
      { header: t('report.col.unit'), width: 70, value: (r) => r?.unit_short ?? r?.unit ?? '' },
      {
        header: t('report.col.signature'),
        width: 107,
        value: (r) => (r?.mark?.status === 'excused' ? excusedText(report, r.mark) : ''),
        draw: (cell, r, i) => signatureCell(report, cell, r, i),
      },
    ];
    report.table(
      {
        columns,
        fontSize: 8.5,
        minRowHeight: 26,
        keepWithEnd: report.signatureHeight(signature),
        onNewPage: () => report.caption(t('report.attendance.continued', { date: formatLongDate(day.date, options.lang) })),
      },
      withProgress(rows, options.onRow),
    );
    report.signature(signature);
  });
  return report.save(file);
}

function* withProgress<T>(rows: readonly T[], onRow: (() => void) | undefined): Generator<T> {
  for (const row of rows) {
    yield row;
    onRow?.();
  }
}

/** The name, and under it the deputy who signed for a represented head. */
function nameCell(report: Report, r: ReportParticipant & { mark: AttendanceMark | null }): string {
  if (r.mark?.status === 'represented' && r.mark.representative) {
    return `${r.name}\n${report.t('report.attendance.represented', { name: r.mark.representative })}`;
  }
  return r.name;
}

function excusedText(report: Report, mark: AttendanceMark): string {
  return mark.note ? report.t('report.attendance.excused', { note: mark.note }) : report.t('report.attendance.excusedNoReason');
}

/**
 * "1. ........" on the left half for odd numbers, "2. ........" on the right half for even ones. An
 * excused person gets no line: the reason is printed in its place (by the column's text).
 */
function signatureCell(report: Report, cell: CellBox, row: SheetRow, index: number): void {
  const doc = report.doc;
  const no = index + 1;
  const half = cell.width / 2;
  if (row?.mark?.status === 'excused') {
    report.font('regular', 8);
    doc.fillColor('#333333');
    const width = cell.width - 2 * cell.padding;
    const lines = report.wrapLines(excusedText(report, row.mark), width);
    const lineHeight = doc.currentLineHeight(true);
    const top = cell.y + (cell.height - lines.length * lineHeight) / 2;
    lines.forEach((text, n) => report.line(text, cell.x + cell.padding, top + n * lineHeight, width));
    doc.fillColor('black');
    return;
  }
  const x = cell.x + (no % 2 === 1 ? 3 : half);
  const baseline = cell.y + cell.height - 6;
  report.font('regular', 8);
  const label = `${no}.`;
  report.line(label, x, baseline - 8, half);
  const start = x + doc.widthOfString(label) + 2;
  const end = no % 2 === 1 ? cell.x + half - 2 : cell.x + cell.width - 4;
  report.dottedLine(start, end, baseline);
}
