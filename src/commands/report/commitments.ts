import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { parseDate } from '../../cli/parse.js';
import { localIsoDate } from '../../domain/dates.js';
import type { Translate } from '../../i18n/index.js';
import type { WorkshopStore } from '../../store/db.js';
import { readCommitmentsData } from '../../store/report-outcome-data.js';
import { type CommonFlags, type WriterOptions, type Written, announce, reportOptions, withCommonOptions, writerOptions } from './common.js';

export const COMMITMENTS_DEFAULT_FILE = 'matriks-rtl.pdf';

/** Writer options plus the date the report speaks for. */
export interface DatedWriterOptions extends WriterOptions {
  /** ISO date; default: SOURCE_DATE_EPOCH's date when set, else today. */
  asOf?: string;
}

export interface DatedFlags extends CommonFlags {
  asOf?: string;
}

/**
 * "Today" for a report: the local date of the clock, unless SOURCE_DATE_EPOCH pins it (then its UTC date, so
 * a reproducible run prints the same date wherever it runs).
 */
export function defaultAsOf(ctx: Context): string {
  const epoch = ctx.env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return localIsoDate(ctx.now());
}

export function datedWriterOptions(ctx: Context, flags: DatedFlags, defaultFile: string): DatedWriterOptions {
  const asOf = flags.asOf === undefined ? undefined : parseDate(flags.asOf, '--as-of');
  return { ...writerOptions(ctx, flags, defaultFile), asOf };
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  withCommonOptions(parent.command('commitments').description(t('help.report.commitments')), t, COMMITMENTS_DEFAULT_FILE)
    .option('--as-of <date>', t('help.report.commitments.asOf'))
    .action(async (flags: DatedFlags) => {
      const opts = datedWriterOptions(ctx, flags, COMMITMENTS_DEFAULT_FILE);
      announce(ctx, await produceCommitmentsReport(ctx, ctx.open(), opts));
    });
}

export async function produceCommitmentsReport(ctx: Context, store: WorkshopStore, opts: DatedWriterOptions): Promise<Written> {
  const data = readCommitmentsData(store);
  const { writeCommitmentsPdf } = await import('../../reports/commitments.js');
  return writeCommitmentsPdf(data, { ...reportOptions(ctx, opts), asOf: opts.asOf ?? defaultAsOf(ctx) }, ctx.resolvePath(opts.out));
}

/** The Matriks RTL for `report all`: returns the path written. */
export async function writeCommitmentsReport(ctx: Context, store: WorkshopStore, opts: DatedWriterOptions): Promise<string> {
  return (await produceCommitmentsReport(ctx, store, opts)).file;
}
