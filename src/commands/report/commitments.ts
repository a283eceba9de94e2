// Matriks RTL: every follow-up commitment by unit as of a date (reports/commitments.ts draws it).
import type { Context } from '../../cli/context.js';
import type { WorkshopStore } from '../../store/db.js';
import { readCommitmentsData } from '../../store/report-outcome-data.js';
import { type ReportEntry, type ReportJob, type ReportWritten, type Target, reportAsOf, parseAsOf, reportOptions, written } from './common.js';

export const COMMITMENTS_FILE = 'matriks-rtl.pdf';

function job(asOf: string | undefined): ReportJob {
  return { file: COMMITMENTS_FILE, produce: (ctx, store, target) => produce(ctx, store, target, asOf ?? reportAsOf(ctx, store)) };
}

async function produce(ctx: Context, store: WorkshopStore, target: Target, asOf: string): Promise<ReportWritten> {
  const data = readCommitmentsData(store, asOf);
  const { writeCommitmentsPdf } = await import('../../reports/commitments.js');
  const result = await writeCommitmentsPdf(data, { ...reportOptions(ctx, target, store), asOf }, target.out);
  return written('commitments', target, result, { as_of: asOf });
}

export const commitmentsReport: ReportEntry = {
  name: 'commitments',
  help: 'help.report.commitments',
  file: COMMITMENTS_FILE,
  flags: [{ flags: '--as-of <date>', help: 'help.report.commitments.asOf' }],
  job: (flags) => job(parseAsOf(flags.asOf)),
  jobsForAll: (_days, flags) => [job(parseAsOf(flags.asOf))],
};
