// Daftar Hadir (SPEC §5): one section per workshop day, each starting a page. The signature column
// zig-zags, odd numbers signing on the left half and even numbers on the right, so neighbours never sign
// over each other; represented heads show their deputy, excused people their reason; blank rows at the end
// (T-1, T-2, …: not participant numbers, which walk-ins get only when registered) take walk-ins; the
// signatory closes each day.
import { unitLabel } from './format.js';
import { formatLongDate } from '../domain/dates.js';
import { formatNip } from '../domain/nip.js';
import { type MessageKey, type MessageParams, translate } from '../i18n/index.js';
import type { AttendanceSheetData, AttendanceSheetDay, AttendanceSheetRow } from '../store/attendance-sheet.js';
import type { AttendanceMark } from '../store/report-data.js';
import { readWording } from './wording.js';
import { OTHER_ROLES, type OtherRole } from './roles.js';
import { type ColumnText, type SheetLayout, type SheetWidths, sheetWidths } from './attendance-columns.js';
import { type CellBox, Report, type ReportOptions, type TableColumn, grouped, workshopKop, workshopSignature } from './layout/index.js';

export interface AttendanceSheetOptions extends ReportOptions {
  /** Empty numbered rows after the last name (walk-ins). */
  blankRows: number;
  /** Called after each row is laid out (progress bar). */
  onRow?: () => void;
}

/**
 * A unit (or role and unit) heading, a person, or the k-th blank row for a walk-in; a numbered row signs on
 * the left half (side 0) or the right (1).
 */
type SheetRow = { heading: string } | { person: Person; side: number } | { blank: number; side: number };
type Person = AttendanceSheetRow;

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
  // Rows are read from the file as they are drawn and pages written out as they are finished
  // (docs/PERFORMANCE.md, "Streaming at scale"): memory stays flat however many people there are.
  report.writeAsDrawn(file);
  try {
    let sheets = 0;
    const widths = columnWidths(report, data, options.blankRows);
    for (const day of data.days) {
      const people = day === data.days[0] && widths?.kept ? widths.kept : day.rows('peserta');
      const sheetList: Array<[string, Iterable<SheetRow>, boolean]> = [[title, unitRows(people, options, t), false]];
      if (OTHER_ROLES.some((role) => data.roles[role] > 0)) sheetList.push([t('report.attendance.titleOthers'), roleRows(day, data, t), true]);
      for (const [sheetTitle, rows, others] of sheetList) {
        if (sheets++ > 0) report.newNumberedSection();
        drawSheet(report, w, day, sheetTitle, rows, others, options, others ? widths!.others : widths!.unit);
      }
    }
    return await report.save(file);
  } finally {
    report.discard();
  }
}

type T = (key: MessageKey, params?: MessageParams) => string;

/** Peserta under their units, then the walk-ins' heading and blank rows. */
function* unitRows(people: Iterable<Person>, options: AttendanceSheetOptions, t: T): Generator<SheetRow> {
  // The zig-zag follows the rows as printed: the first person signs left, the next right, and so on.
  const side = zigzag();
  yield* underUnits(people, (unit) => unit ?? t('report.attendance.noUnit'), side);
  if (options.blankRows > 0) yield { heading: t('report.attendance.walkIns') };
  for (let k = 1; k <= options.blankRows; k++) yield { blank: k, side: side() };
}

/** 0, 1, 0, 1, …: the half of the signature cell each numbered row signs in. */
function zigzag(): () => number {
  let n = 0;
  return () => n++ % 2;
}

/** `people` with a heading (`heading` of the unit's label, null without one) before each run of one unit. */
function* underUnits(people: Iterable<Person>, heading: (unit: string | null) => string, side: () => number): Generator<SheetRow> {
  let unit: string | null | undefined;
  for (const person of people) {
    if (person.unit !== unit) yield { heading: heading(person.unit === null ? null : unitLabel(person.unit, person.unit_short)) };
    unit = person.unit;
    yield { person, side: side() };
  }
}

/**
 * Narasumber, fasilitator and panitia, by role and inside it under their units ("Narasumber — <unit>"), as
 * the peserta are: names sorted inside each unit, the unit never repeated in a row.
 */
function* roleRows(day: AttendanceSheetDay, data: AttendanceSheetData, t: T): Generator<SheetRow> {
  const side = zigzag();
  for (const role of OTHER_ROLES) {
    if (data.roles[role] > 0) yield* underUnits(day.rows(role), (unit) => roleUnitHeading(t, role, unit), side);
  }
}

function roleUnitHeading(t: T, role: OtherRole, unit: string | null): string {
  return t('report.attendance.roleUnit', { role: t(`report.attendance.role.${role}`), unit: unit ?? t('report.attendance.noUnit') });
}

/** Blank walk-in rows: room to write the NIP by hand (an 18-digit NIP needs about 25 mm). */
const WALK_IN_NIP = (25 / 25.4) * 72;

/**
 * A sheet of at most this many peserta keeps the first day's rows read for the widths and draws that day
 * from them, instead of reading the file twice (~4 ms of a 1,000-person sheet); a longer one reads them
 * again as it draws, so memory stays flat (docs/PERFORMANCE.md, "Streaming at scale").
 */
const KEEP_ROWS = 5000;

/**
 * The widths of both sheets' columns, fitted to their texts and the same on every day: read once from the
 * first day's rows (every day lists everyone), which are `kept` when the sheet is short.
 */
function columnWidths(report: Report, data: AttendanceSheetData, blankRows: number): { unit: SheetWidths; others: SheetWidths; kept?: Person[] } | undefined {
  const first = data.days[0];
  if (!first) return undefined;
  const kept = data.roles.peserta <= KEEP_ROWS ? [...first.rows('peserta')] : undefined;
  const t = report.t.bind(report);
  const others = OTHER_ROLES.reduce((n, role) => n + data.roles[role], 0);
  function* otherRows(): Generator<Person> {
    for (const role of OTHER_ROLES) if (data.roles[role] > 0) yield* first!.rows(role);
  }
  return {
    kept,
    unit: sheetWidths(report, columnTexts(kept ?? first.rows('peserta')), data.roles.peserta, sheetLayout(t, data.lastNo, blankRows > 0 ? WALK_IN_NIP : 0)),
    others: sheetWidths(report, columnTexts(otherRows()), others, sheetLayout(t, data.lastNo, 0)),
  };
}

/** The table's type size, padding and least row height (room to sign): the widths are measured with them. */
const SHEET_TABLE = { fontSize: 10, padding: 4, minRowHeight: 24 } as const;

/** What the column widths are fitted to besides the texts: the table's type and its headers. */
function sheetLayout(t: T, lastNo: number, minNip: number): SheetLayout {
  const headers = { no: t('report.col.no'), name: t('report.col.name'), nip: t('report.col.nip'), position: t('report.col.position'), signature: t('report.col.signature') };
  return { headers, ...SHEET_TABLE, lastNo, minNip };
}

function* columnTexts(people: Iterable<Person>): Generator<ColumnText> {
  for (const p of people) yield { name: p.name, nip: nipText(p), position: p.position ?? '' };
}

/** The NIP in its printed groups ("19720314 199803 1 005"), which may wrap at their spaces. */
function nipText(p: Person | undefined): string {
  return p?.nip ? formatNip(p.nip) : '';
}

function drawSheet(report: Report, w: AttendanceSheetData['workshop'], day: AttendanceSheetDay, title: string, rows: Iterable<SheetRow>, others: boolean, options: AttendanceSheetOptions, widths: SheetWidths): void {
  const t = report.t.bind(report);
  const kop = workshopKop(w, title, options.lang, { day: day.date });
  const dateLine = t('report.attendance.dayOf', { date: formatLongDate(day.date, options.lang), day: day.day, days: w.days.length });
  report.kop({ ...kop, details: [[t('report.label.date'), dateLine], ...(kop.details ?? []).slice(1)] });
  const signature = workshopSignature(w, day.date, { second: true, captionFallback: t('report.signature.acknowledged') });
  const person = (r: SheetRow): Person | undefined => ('person' in r ? r.person : undefined);
  const number = (r: SheetRow): string => ('person' in r ? String(r.person.no) : 'blank' in r ? t('report.attendance.walkInNo', { n: r.blank }) : '');
  const columns: Array<TableColumn<SheetRow>> = [
    // Widths in points fitted to the sheet's texts (attendance-columns.ts): No holds five digits, NIP only
    // what the sheet's NIPs need, and the signature column is over 50 mm.
    { header: t('report.col.no'), width: widths.no, align: 'center', value: number },
    { header: t('report.col.name'), width: widths.name, value: (r) => (person(r) ? nameCell(report, person(r)!) : '') },
    { header: t('report.col.nip'), width: widths.nip, value: (r) => nipText(person(r)) },
    // A walk-in writes the position on the first line and the unit after the label on the second.
    { header: t('report.col.position'), width: widths.position, value: (r) => ('blank' in r ? `\n${t('report.attendance.walkInUnit')}` : (person(r)?.position ?? '')) },
    {
      header: t('report.col.signature'),
      width: widths.signature,
      value: (r) => (person(r)?.mark?.status === 'excused' ? excusedText(report, person(r)!.mark!) : ''),
      draw: (cell, r) => signatureCell(report, cell, r, number(r), 'side' in r ? r.side : 0),
    },
  ];
  const groups = grouped<SheetRow>(report, (r) => ('heading' in r ? r.heading : undefined));
  report.table(
    {
      columns,
      ...SHEET_TABLE,
      keepWithEnd: report.signatureHeight(signature),
      span: groups.span,
      rowStyle: (r) => ('heading' in r ? { fill: '#eeeeee', font: 'bold' } : 'blank' in r ? { color: '#555555' } : undefined),
      onNewPage: (first) => {
        // Which sheet a loose page belongs to, and its day.
        report.caption(t(others ? 'report.attendance.continuedOthers' : 'report.attendance.continued', { date: formatLongDate(day.date, options.lang) }));
        groups.onNewPage(first);
      },
    },
    withProgress(rows, options.onRow),
  );
  report.signature(signature);
}

function* withProgress<T>(rows: Iterable<T>, onRow: (() => void) | undefined): Generator<T> {
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
