// Rekapitulasi Kehadiran (SPEC §5): the participant × day grid grouped by unit, days attended and percent,
// then totals per unit and per day. Landscape when the days do not fit across a portrait page.
import type { AttendanceStatus } from '../domain/attendance.js';
import { formatDate } from '../domain/dates.js';
import { translate } from '../i18n/index.js';
import type { RecapData } from '../store/report-data.js';
import { formatPercent } from './format.js';
import { readWording } from './wording.js';
import { Report, type ReportOptions, type TableColumn, workshopKop, workshopSignature } from './layout/index.js';

type Person = RecapData['summary']['participants'][number];
/** A unit heading (span row) or a person. */
type GridRow = { heading: string } | (Person & { index: number });

const MARK: Record<AttendanceStatus | 'absent', string> = { present: '✓', represented: 'W', excused: 'I', absent: '–' };

export async function writeRecap(data: RecapData, given: ReportOptions & { onRow?: () => void }, file: string): Promise<{ file: string; pages: number }> {
  const options = { ...given, wording: readWording(given.templates, 'recap', given.lang) };
  const w = data.workshop;
  const days = w.days;
  const title = options.wording?.['report.recap.title'] ?? translate(options.lang, 'report.recap.title');
  const report = await Report.create(options, { title: `${title} — ${w.title}`, author: w.organizer ?? undefined, orientation: days.length > 5 ? 'landscape' : 'portrait' });
  const t = report.t.bind(report);
  report.kop(workshopKop(w, title, options.lang));

  const rows: GridRow[] = [];
  let unit: string | null | undefined;
  data.summary.participants.forEach((p, index) => {
    if (index === 0 || p.unit !== unit) rows.push({ heading: p.unit ?? t('report.recap.noUnit') });
    unit = p.unit;
    rows.push({ ...p, index });
  });
  const isPerson = (r: GridRow): r is Person & { index: number } => !('heading' in r);
  // Every table of the recap may run onto a new page: each such page says what it continues.
  const continued = () => report.caption(t('report.recap.continued'));
  const dayWidth = Math.min(40, Math.max(22, 200 / days.length));
  const columns: Array<TableColumn<GridRow>> = [
    { header: t('report.col.no'), width: 24, align: 'center', value: (r) => (isPerson(r) ? String(r.no) : '') },
    { header: t('report.col.name'), width: 190, value: (r) => (isPerson(r) ? r.name : '') },
    ...days.map((date, i): TableColumn<GridRow> => ({
      header: t('report.col.dayShort', { day: i + 1, date: `${date.slice(8, 10)}/${date.slice(5, 7)}` }),
      width: dayWidth,
      align: 'center',
      value: (r) => (isPerson(r) ? MARK[r.days[date] ?? 'absent'] : ''),
    })),
    { header: t('report.col.attended'), width: 44, align: 'center', value: (r) => (isPerson(r) ? `${r.days_present}/${days.length}` : '') },
    { header: t('report.col.percent'), width: 44, align: 'right', value: (r) => (isPerson(r) ? formatPercent(r.percent, options.lang) : '') },
  ];
  report.table(
    {
      columns,
      fontSize: 8.5,
      zebra: false,
      span: (r) => (isPerson(r) ? undefined : r.heading),
      rowStyle: (r) => (isPerson(r) ? undefined : { fill: '#eeeeee', font: 'bold' }),
      onNewPage: continued,
    },
    (function* () {
      for (const row of rows) {
        yield row;
        options.onRow?.();
      }
    })(),
  );
  report.moveDown(4);
  report.font('italic', 8);
  report.textBox(t('report.recap.legend'), report.left, report.y, report.width);
  report.moveDown(12);

  // Totals per unit, in person-days, with the same percent as the grid.
  const units = data.summary.units;
  const totals = units.reduce(
    (a, u) => ({ participants: a.participants + u.participants, present: a.present + u.present, represented: a.represented + u.represented, excused: a.excused + u.excused, absent: a.absent + u.absent }),
    { participants: 0, present: 0, represented: 0, excused: 0, absent: 0 },
  );
  const possible = totals.participants * days.length;
  type UnitRow = { unit: string; participants: number; present: number; represented: number; excused: number; absent: number; percent: number; total?: boolean };
  const unitRows: UnitRow[] = [
    ...units.map((u) => ({ ...u, unit: u.unit ?? t('report.recap.noUnit') })),
    { ...totals, unit: t('report.recap.total'), percent: possible === 0 ? 0 : Math.round(((totals.present + totals.represented) * 1000) / possible) / 10, total: true },
  ];
  report.heading(t('report.recap.byUnit'), { size: 10, keep: 60 });
  const num = (key: 'participants' | 'present' | 'represented' | 'excused' | 'absent', header: string): TableColumn<UnitRow> => ({ header, width: 52, align: 'right', value: (r) => String(r[key]) });
  report.table(
    {
      columns: [
        { header: t('report.col.unit'), width: 190, value: (r) => r.unit },
        num('participants', t('report.col.participants')),
        num('present', t('report.col.present')),
        num('represented', t('report.col.represented')),
        num('excused', t('report.col.excused')),
        num('absent', t('report.col.absent')),
        { header: t('report.col.percent'), width: 46, align: 'right', value: (r) => formatPercent(r.percent, options.lang) },
      ],
      fontSize: 8.5,
      rowStyle: (r) => (r.total ? { font: 'bold', fill: '#eeeeee' } : undefined),
      onNewPage: continued,
    },
    unitRows,
  );
  report.moveDown(12);

  const signature = workshopSignature(w, w.end_date);
  // Totals per day.
  report.heading(t('report.recap.byDay'), { size: 10, keep: 60 });
  type DayRow = RecapData['summary']['days'][number];
  const dayNum = (key: 'present' | 'represented' | 'excused' | 'absent', header: string): TableColumn<DayRow> => ({ header, width: 52, align: 'right', value: (r) => String(r[key]) });
  report.table(
    {
      columns: [
        { header: t('report.col.day'), width: 60, value: (r) => t('report.recap.dayN', { day: r.day }) },
        { header: t('report.col.date'), width: 130, value: (r) => formatDate(r.date, options.lang) },
        dayNum('present', t('report.col.present')),
        dayNum('represented', t('report.col.represented')),
        dayNum('excused', t('report.col.excused')),
        dayNum('absent', t('report.col.absent')),
        {
          header: t('report.col.percent'),
          width: 46,
          align: 'right',
          value: (r) => formatPercent(totals.participants === 0 ? 0 : Math.round(((r.present + r.represented) * 1000) / totals.participants) / 10, options.lang),
        },
      ],
      fontSize: 8.5,
      keepWithEnd: report.signatureHeight(signature),
      onNewPage: continued,
    },
    data.summary.days,
  );
  report.signature(signature);
  return report.save(file);
}
