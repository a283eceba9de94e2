// Rekapitulasi Kehadiran (SPEC §5): the participant × day grid, peserta grouped by unit and then narasumber,
// fasilitator and panitia grouped by role (as the daftar hadir has a sheet for each), days attended and
// percent; then totals per unit and role and per day. The per-unit figures count peserta only, as BAB II of
// the outcome report does, so the two documents give the same numbers. Landscape when the days do not fit
// across a portrait page.
import { type AttendanceStatus, percent } from '../domain/attendance.js';
import { formatDate } from '../domain/dates.js';
import { translate } from '../i18n/index.js';
import type { RecapData } from '../store/report-data.js';
import { formatPercent, shortDate, unitLabel } from './format.js';
import { readWording } from './wording.js';
import { type OtherRole, byRole } from './roles.js';
import { Report, type ReportOptions, type TableColumn, workshopKop, workshopSignature } from './layout/index.js';

type Person = RecapData['summary']['participants'][number];
/** A group heading (a unit, or a role) or a person under it. */
type GridRow = { heading: string } | { person: Person; group: string };

/** Person-days by status, and how many people they are. */
interface Counts {
  people: number;
  present: number;
  represented: number;
  excused: number;
  absent: number;
}

const FONT = 8.5;
const PAD = 4;

export async function writeRecap(data: RecapData, given: ReportOptions & { onRow?: () => void }, file: string): Promise<{ file: string; pages: number }> {
  const options = { ...given, wording: readWording(given.templates, 'recap', given.lang) };
  const w = data.workshop;
  const days = w.days;
  const title = options.wording?.['report.recap.title'] ?? translate(options.lang, 'report.recap.title');
  const report = await Report.create(options, { title: `${title} — ${w.title}`, author: w.organizer ?? undefined, orientation: days.length > 5 ? 'landscape' : 'portrait' });
  const t = report.t.bind(report);
  report.kop(workshopKop(w, title, options.lang));
  const mark: Record<AttendanceStatus | 'absent', string> = {
    present: '✓',
    represented: t('report.recap.mark.represented'),
    excused: t('report.recap.mark.excused'),
    absent: '–',
  };

  const { peserta, others } = byRole(data.summary.participants);

  // The grid: peserta by unit; then, when there are any, narasumber, fasilitator and panitia by role.
  const unitRows = function* (): Generator<GridRow> {
    let unit: string | null | undefined;
    let group = '';
    for (const [i, p] of peserta.entries()) {
      if (i === 0 || p.unit !== unit) yield { heading: (group = unitHeading(report, p)) };
      unit = p.unit;
      yield { person: p, group };
    }
  };
  const roleRows = function* (): Generator<GridRow> {
    for (const g of others) {
      const group = t(`report.recap.role.${g.role}`);
      yield { heading: group };
      for (const person of g.people) yield { person, group };
    }
  };
  const sections: Array<[string, () => Generator<GridRow>]> = [];
  if (peserta.length > 0 || others.length === 0) sections.push([t('report.recap.participants'), unitRows]);
  if (others.length > 0) sections.push([t('report.recap.others'), roleRows]);
  for (const [heading, rows] of sections) {
    report.heading(heading, { size: 10, keep: 110 });
    grid(report, days, mark, rows(), options.onRow);
    report.moveDown(10);
  }
  report.moveDown(-6);
  report.font('italic', 8);
  report.textBox(t('report.recap.legend', { represented: mark.represented, excused: mark.excused }), report.left, report.y, report.width);
  report.moveDown(12);

  byUnit(report, data, peserta, others);
  report.moveDown(12);
  const signature = workshopSignature(w, w.end_date, { second: true, captionFallback: t('report.signature.acknowledged') });
  byDay(report, data, peserta, others, signature);
  report.signature(signature);
  return report.save(file);
}

/** One grid table; a page it runs onto says what it continues, and under which unit or role. */
function grid(report: Report, days: readonly string[], mark: Record<AttendanceStatus | 'absent', string>, rows: Iterable<GridRow>, onRow: (() => void) | undefined): void {
  const t = report.t.bind(report);
  const isPerson = (r: GridRow): r is { person: Person; group: string } => 'person' in r;
  const dayWidth = Math.min(40, Math.max(26, 200 / days.length));
  const columns: Array<TableColumn<GridRow>> = [
    { header: t('report.col.no'), width: 24, align: 'center', value: (r) => (isPerson(r) ? String(r.person.no) : '') },
    { header: t('report.col.name'), width: 190, value: (r) => (isPerson(r) ? r.person.name : '') },
    ...days.map((date, i): TableColumn<GridRow> => ({
      // The same day style as the outcome report's BAB II ("7 Nov").
      header: t('report.col.dayShort', { day: i + 1, date: shortDate(date, report.lang) }),
      width: dayWidth,
      align: 'center',
      value: (r) => (isPerson(r) ? mark[r.person.days[date] ?? 'absent'] : ''),
    })),
    { header: t('report.col.attended'), width: 44, align: 'center', value: (r) => (isPerson(r) ? `${r.person.days_present}/${days.length}` : '') },
    { header: t('report.col.percent'), width: 44, align: 'right', value: (r) => (isPerson(r) ? formatPercent(r.person.percent, report.lang) : '') },
  ];
  report.table(
    {
      columns,
      fontSize: FONT,
      zebra: false,
      span: (r) => (isPerson(r) ? undefined : r.heading),
      rowStyle: (r) => (isPerson(r) ? undefined : { fill: '#eeeeee', font: 'bold' }),
      // A unit (or role) that runs onto this page is named again, so its rows do not float without it.
      onNewPage: (first) => continued(report, isPerson(first) ? first.group : undefined),
    },
    (function* () {
      for (const row of rows) {
        yield row;
        if (isPerson(row)) onRow?.();
      }
    })(),
  );
}

/** A continued page's caption, and the group its first rows stand under when they are not under a heading. */
function continued(report: Report, group: string | undefined): void {
  report.caption(report.t('report.recap.continued'));
  if (group === undefined) return;
  report.font('bold', FONT);
  report.textBox(report.t('report.recap.groupContinued', { group }), report.left, report.y, report.width);
  report.moveDown(2);
}

/** A unit as the grid and the totals name it: "name (SHORT)", or the words for no unit. */
function unitHeading(report: Report, p: Person): string {
  return p.unit === null ? report.t('report.recap.noUnit') : unitLabel(p.unit, p.unit_short);
}

function count(people: readonly Person[]): Counts {
  const c: Counts = { people: people.length, present: 0, represented: 0, excused: 0, absent: 0 };
  for (const p of people) for (const status of Object.values(p.days)) c[status ?? 'absent']++;
  return c;
}

function add(a: Counts, b: Counts): Counts {
  return { people: a.people + b.people, present: a.present + b.present, represented: a.represented + b.represented, excused: a.excused + b.excused, absent: a.absent + b.absent };
}

/** A group's heading row, or a row of counts (`group`: the heading it stands under, if any). */
type SumRow = { span: string } | (Counts & { label: string; total?: boolean; possible: number; group?: string });
type CountKey = 'people' | 'present' | 'represented' | 'excused' | 'absent';

/**
 * Number columns wide enough for their header's longest word at the table's size (a header is never
 * shrunk below its neighbours), the label column taking the rest of the width.
 */
function sumColumns(report: Report, label: string, keys: ReadonlyArray<[CountKey, string]>, value: (r: Exclude<SumRow, { span: string }>, key: CountKey) => string): Array<TableColumn<SumRow>> {
  report.font('bold', FONT);
  const widthFor = (header: string) => Math.max(46, ...header.split(/\s+/).map((word) => report.widthOf(word) + 2 * PAD + 4));
  const numbers = keys.map(([key, header]): TableColumn<SumRow> => ({ header, width: widthFor(header), align: 'right', value: (r) => ('span' in r ? '' : value(r, key)) }));
  // Days attended (present or represented) in the person-days possible, as the grid's percent.
  const share: TableColumn<SumRow> = { header: report.t('report.col.percent'), width: 46, align: 'right', value: (r) => ('span' in r ? '' : formatPercent(percent(r.present + r.represented, r.people * r.possible), report.lang)) };
  const used = numbers.reduce((s, c) => s + c.width, 0) + share.width;
  return [{ header: label, width: Math.max(120, report.width - used), value: (r) => ('span' in r ? '' : r.label) }, ...numbers, share];
}

function sumTable(report: Report, columns: Array<TableColumn<SumRow>>, rows: SumRow[], extra: { keepWithEnd?: number } = {}): void {
  report.table<SumRow>(
    {
      columns,
      fontSize: FONT,
      span: (r) => ('span' in r ? r.span : undefined),
      rowStyle: (r) => ('span' in r ? { font: 'bold', fill: '#f5f5f5' } : r.total ? { font: 'bold', fill: '#eeeeee' } : undefined),
      // A group (peserta, or the other roles) that runs onto this page is named again.
      onNewPage: (first) => continued(report, 'span' in first ? undefined : first.group),
      ...extra,
    },
    rows,
  );
}

/** Per unit (peserta only, as BAB II counts them), then per role, in person-days; a subtotal for each. */
function byUnit(report: Report, data: RecapData, peserta: readonly Person[], others: ReadonlyArray<{ role: OtherRole; people: Person[] }>): void {
  const t = report.t.bind(report);
  const days = data.workshop.days.length;
  const units = new Map<string | null, { label: string; people: Person[] }>();
  for (const p of peserta) {
    const u = units.get(p.unit) ?? { label: unitHeading(report, p), people: [] };
    u.people.push(p);
    units.set(p.unit, u);
  }
  const rows: SumRow[] = [];
  // With other roles the table has two groups, each under its heading row.
  let group: string | undefined;
  const heading = (span: string) => {
    if (others.length === 0) return;
    rows.push({ span });
    group = span;
  };
  const row = (label: string, people: readonly Person[]): Counts => {
    const c = count(people);
    rows.push({ ...c, label, possible: days, group });
    return c;
  };
  const pesertaTotal = count(peserta);
  heading(t('report.recap.participants'));
  for (const u of units.values()) row(u.label, u.people);
  rows.push({ ...pesertaTotal, label: t('report.recap.totalParticipants'), total: true, possible: days, group });
  if (others.length > 0) {
    heading(t('report.recap.others'));
    let all = pesertaTotal;
    for (const g of others) all = add(all, row(t(`report.recap.role.${g.role}`), g.people));
    rows.push({ ...all, label: t('report.recap.totalAll'), total: true, possible: days, group });
  }
  report.heading(t('report.recap.byUnit'), { size: 10, keep: 110 });
  const keys: Array<[CountKey, string]> = [
    ['people', others.length > 0 ? t('report.recap.people') : t('report.col.participants')],
    ['present', t('report.col.present')],
    ['represented', t('report.col.represented')],
    ['excused', t('report.col.excused')],
    ['absent', t('report.col.absent')],
  ];
  sumTable(report, sumColumns(report, t('report.col.unit'), keys, (r, key) => String(r[key])), rows);
  report.moveDown(3);
  report.font('italic', 8);
  report.textBox(t('report.recap.personDays', { days }), report.left, report.y, report.width);
  report.moveDown(2);
}

/** Per day: peserta, then the other roles together; a small table kept on one page with the signature. */
function byDay(report: Report, data: RecapData, peserta: readonly Person[], others: ReadonlyArray<{ role: OtherRole; people: Person[] }>, signature: ReturnType<typeof workshopSignature>): void {
  const t = report.t.bind(report);
  const dates = data.workshop.days;
  const rowsFor = (people: readonly Person[]): SumRow[] =>
    dates.map((date, i) => {
      const c: Counts = { people: people.length, present: 0, represented: 0, excused: 0, absent: 0 };
      for (const p of people) c[p.days[date] ?? 'absent']++;
      return { ...c, label: `${t('report.recap.dayN', { day: i + 1 })} — ${formatDate(date, report.lang)}`, possible: 1 };
    });
  const otherPeople = others.flatMap((g) => g.people);
  const rows: SumRow[] =
    otherPeople.length === 0
      ? rowsFor(peserta)
      : [{ span: t('report.recap.participants') }, ...rowsFor(peserta), { span: t('report.recap.others') }, ...rowsFor(otherPeople)];
  const keys: Array<[CountKey, string]> = [
    ['present', t('report.col.present')],
    ['represented', t('report.col.represented')],
    ['excused', t('report.col.excused')],
    ['absent', t('report.col.absent')],
  ];
  // Heading, header, rows and the signature stay together when a page holds them (a table of a few rows is
  // never split over two pages).
  report.font('regular', FONT);
  const lh = report.doc.currentLineHeight(true);
  const needed = 30 + (2 * lh + 2 * PAD) + rows.length * (lh + 2 * PAD) + report.signatureHeight(signature);
  if (needed <= report.bottom - report.top) report.ensureSpace(needed);
  report.heading(t('report.recap.byDay'), { size: 10, keep: 60 });
  sumTable(report, sumColumns(report, t('report.col.day'), keys, (r, key) => String(r[key])), rows, { keepWithEnd: report.signatureHeight(signature) });
}
