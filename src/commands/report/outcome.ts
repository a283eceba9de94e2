import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import type { Translate } from '../../i18n/index.js';
import type { WorkshopStore } from '../../store/db.js';
import { readOutcomeData } from '../../store/report-outcome-data.js';
import { type DatedFlags, type DatedWriterOptions, datedWriterOptions, defaultAsOf } from './commitments.js';
import { type Written, announce, reportOptions, withCommonOptions } from './common.js';

export const OUTCOME_DEFAULT_FILE = 'laporan-hasil-kegiatan.pdf';

export function register(parent: Command, ctx: Context, t: Translate): void {
  withCommonOptions(parent.command('outcome').description(t('help.report.outcome')), t, OUTCOME_DEFAULT_FILE)
    .option('--as-of <date>', t('help.report.outcome.asOf'))
    .action(async (flags: DatedFlags) => {
      const opts = datedWriterOptions(ctx, flags, OUTCOME_DEFAULT_FILE);
      announce(ctx, await produceOutcomeReport(ctx, ctx.open(), opts));
    });
}

export async function produceOutcomeReport(ctx: Context, store: WorkshopStore, opts: DatedWriterOptions): Promise<Written> {
  const data = readOutcomeData(store);
  const { writeOutcomePdf } = await import('../../reports/outcome/index.js');
  return writeOutcomePdf(data, { ...reportOptions(ctx, opts), asOf: opts.asOf ?? defaultAsOf(ctx) }, ctx.resolvePath(opts.out));
}

/** The Laporan Hasil Kegiatan for `report all`: returns the path written. */
export async function writeOutcomeReport(ctx: Context, store: WorkshopStore, opts: DatedWriterOptions): Promise<string> {
  return (await produceOutcomeReport(ctx, store, opts)).file;
}
