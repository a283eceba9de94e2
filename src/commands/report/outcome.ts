// Laporan Hasil Kegiatan: the report an office files after the workshop (reports/outcome/ draws it).
import type { Context } from '../../cli/context.js';
import type { WorkshopStore } from '../../store/db.js';
import { readOutcomeData } from '../../store/report-outcome-data.js';
import { type ReportEntry, type ReportJob, type ReportWritten, type Target, defaultAsOf, parseAsOf, reportOptions, written } from './common.js';

export const OUTCOME_FILE = 'laporan-hasil-kegiatan.pdf';

function job(asOf: string | undefined): ReportJob {
  return { file: OUTCOME_FILE, produce: (ctx, store, target) => produce(ctx, store, target, asOf ?? defaultAsOf(ctx)) };
}

async function produce(ctx: Context, store: WorkshopStore, target: Target, asOf: string): Promise<ReportWritten> {
  const data = readOutcomeData(store);
  const { writeOutcomePdf } = await import('../../reports/outcome/index.js');
  const result = await writeOutcomePdf(data, { ...reportOptions(ctx, target), asOf }, target.out);
  return written('outcome', target, result, { as_of: asOf });
}

export const outcomeReport: ReportEntry = {
  name: 'outcome',
  help: 'help.report.outcome',
  file: OUTCOME_FILE,
  flags: [{ flags: '--as-of <date>', help: 'help.report.outcome.asOf' }],
  job: (flags) => job(parseAsOf(flags.asOf)),
  jobsForAll: () => [job(undefined)],
};
