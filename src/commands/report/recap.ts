import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { startProgress } from '../../cli/progress.js';
import type { Translate } from '../../i18n/index.js';
import type { WorkshopStore } from '../../store/db.js';
import { recapData } from '../../store/report-data.js';
import { type CommonFlags, type WriterOptions, type Written, announce, reportOptions, withCommonOptions, writerOptions } from './common.js';

export const RECAP_FILE = 'rekap-kehadiran.pdf';

export function register(parent: Command, ctx: Context, t: Translate): void {
  const command = parent.command('recap').description(t('help.report.recap'));
  withCommonOptions(command, t, RECAP_FILE).action((flags: CommonFlags) => runRecapReport(ctx, flags));
}

export async function runRecapReport(ctx: Context, flags: CommonFlags): Promise<void> {
  const opts = writerOptions(ctx, flags, RECAP_FILE);
  announce(ctx, await writeRecapReport(ctx, ctx.open(), opts));
}

/** Writes the Rekapitulasi Kehadiran to opts.out. */
export async function writeRecapReport(ctx: Context, store: WorkshopStore, opts: WriterOptions): Promise<Written> {
  const data = recapData(store);
  const progress = await startProgress(ctx, data.summary.participants.length, ctx.t('report.drawing'));
  const { writeRecap } = await import('../../reports/recap.js');
  try {
    const written = await writeRecap(data, { ...reportOptions(ctx, opts), onRow: () => progress.tick() }, opts.out);
    return { ...written, participants: data.summary.participants.length, days: data.workshop.days.length };
  } finally {
    progress.stop();
  }
}
