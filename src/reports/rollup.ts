// Rekapitulasi Hasil Laboratorium Inovasi: what a province (Bappeda/BRIDA) files upward about many workshops —
// the totals, one row per workshop and one per OPD, as of a date; under the letterhead and signature of a
// workshop file when one is given. A data model in (built by `report rollup` from the roll-up), a PDF out.
import { formatDate, formatLongDate } from '../domain/dates.js';
import type { Figures } from '../domain/rollup.js';
import { translate } from '../i18n/index.js';
import type { Signature } from './layout/index.js';
import { Report, type ReportOptions, type TableColumn, pairs } from './layout/index.js';
import { formatPercent } from './format.js';

export interface RollupReportRow extends Figures {
  label: string;
  /** Under the label: the city and dates of a workshop, or how many workshops an OPD took part in. */
  detail: string | null;
  workshops: number;
  /** An OPD's latest follow-up update, or null. */
  last_update?: string | null;
}

export interface RollupReportData {
  as_of: string;
  /** Organizer, partner and signatory of the workshop file given by --letterhead, when one was. */
  letterhead: { organizer: string | null; partner: string | null; city: string | null; signatory: Signature | null } | null;
  totals: Figures & { workshops: number };
  workshops: RollupReportRow[];
  units: RollupReportRow[];
  skipped: number;
  unmatched: string[];
}

const pct = (f: Figures, lang: ReportOptions['lang']) => (f.attendance.rate === null ? '–' : formatPercent(f.attendance.rate * 100, lang));

function figureColumns(report: Report): TableColumn<RollupReportRow>[] {
  const n = (header: string, value: (r: RollupReportRow) => number | string): TableColumn<RollupReportRow> => ({ header, width: 7, align: 'right', value: (r) => String(value(r)) });
  return [
    n(report.t('rollupReport.col.participants'), (r) => r.participants),
    n(report.t('rollupReport.col.attendance'), (r) => pct(r, report.lang)),
    n(report.t('rollupReport.col.ideas'), (r) => r.ideas.total),
    n(report.t('rollupReport.col.selected'), (r) => r.ideas.selected),
    n(report.t('rollupReport.col.implemented'), (r) => r.ideas.implemented),
    n(report.t('rollupReport.col.commitments'), (r) => r.commitments.total),
    n(report.t('rollupReport.col.done'), (r) => r.commitments.by_status.done),
    n(report.t('rollupReport.col.overdue'), (r) => r.commitments.overdue),
  ];
}

export async function writeRollupPdf(data: RollupReportData, options: ReportOptions, path: string): Promise<{ file: string; pages: number }> {
  const title = translate(options.lang, 'rollupReport.title');
  const report = await Report.create(options, { title, author: data.letterhead?.organizer ?? undefined, orientation: 'landscape' });
  const t = (key: Parameters<Report['t']>[0], params?: Parameters<Report['t']>[1]) => report.t(key, params);
  report.kop({
    organizer: data.letterhead?.organizer ?? null,
    partner: data.letterhead?.partner ?? null,
    title,
    subtitle: t('rollupReport.subtitle', { count: data.totals.workshops }),
    details: [[t('rollupReport.asOf'), formatLongDate(data.as_of, report.lang)]],
  });

  const f = data.totals;
  report.heading(t('rollupReport.summary'), { size: 10.5, keep: 120 });
  pairs(report, [
    [t('rollupReport.workshops'), String(f.workshops)],
    [t('rollupReport.participants'), String(f.participants)],
    [t('rollupReport.attendanceRate'), pct(f, report.lang)],
    [
      t('rollupReport.ideas'),
      t('rollupReport.ideasByForm', {
        total: f.ideas.total,
        governance: f.ideas.by_form.tata_kelola,
        service: f.ideas.by_form.pelayanan_publik,
        other: f.ideas.by_form.lainnya + f.ideas.by_form.unspecified,
      }),
    ],
    [t('rollupReport.selected'), t('rollupReport.selectedValue', { selected: f.ideas.selected, implemented: f.ideas.implemented })],
    [
      t('rollupReport.commitments'),
      t('rollupReport.commitmentsValue', { total: f.commitments.total, done: f.commitments.by_status.done, overdue: f.commitments.overdue, date: formatDate(data.as_of, report.lang) }),
    ],
  ]);

  const table = (heading: string, first: string, rows: readonly RollupReportRow[], extra: TableColumn<RollupReportRow>[] = []) => {
    report.moveDown(6);
    report.heading(heading, { size: 10.5, keep: 80 });
    report.table<RollupReportRow>(
      {
        fontSize: 8,
        headerFontSize: 8,
        columns: [
          { header: t('rollupReport.col.no'), width: 3.5, align: 'center', value: (r) => String(rows.indexOf(r) + 1) },
          { header: first, width: 30, value: (r) => (r.detail ? `${r.label}\n${r.detail}` : r.label) },
          ...figureColumns(report),
          ...extra,
        ],
      },
      rows,
    );
  };
  table(t('rollupReport.byWorkshop'), t('rollupReport.col.workshop'), data.workshops);
  table(t('rollupReport.byUnit'), t('rollupReport.col.unit'), data.units, [
    { header: t('rollupReport.col.lastUpdate'), width: 9, align: 'center', value: (r) => (r.last_update ? formatDate(r.last_update, report.lang) : '–') },
  ]);

  const notes: string[] = [];
  if (data.skipped > 0) notes.push(t('rollupReport.skipped', { count: data.skipped }));
  if (data.unmatched.length > 0) notes.push(t('rollupReport.unmatched', { units: data.unmatched.join('; ') }));
  if (notes.length > 0) {
    report.moveDown(6);
    for (const note of notes) report.paragraph(note, { size: 8.5, font: 'italic', align: 'left' });
  }
  const sig = data.letterhead?.signatory;
  if (sig) {
    report.moveDown(10);
    report.signature({ ...sig, place: data.letterhead?.city ?? sig.place ?? null, date: data.as_of });
  }
  return report.save(path);
}
