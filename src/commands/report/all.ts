// `report all`: every report of the registry into one folder, with stable file names.
import type { Command } from 'commander';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { UsageError } from '../../errors.js';
import { ensureFolder } from '../../fs/write-file.js';
import type { Translate } from '../../i18n/index.js';
import type { Paper } from '../../reports/layout/index.js';
import type { WorkshopStore } from '../../store/db.js';
import { getWorkshop } from '../../store/workshop.js';
import { type ReportFlags, type ReportWritten, paperOf } from './common.js';
import { REPORTS } from './registry.js';

type Flags = ReportFlags & {
  out?: string;
  paper?: string;
};

/** The reports' own options that `report all` passes on to every report that takes them. */
const PASSED_ON = new Set(['--as-of', '--blank-rows', '--min-attendance']);

export function register(parent: Command, ctx: Context, t: Translate): void {
  const command = parent
    .command('all')
    .description(t('help.report.all'))
    .option('--out <dir>', t('help.report.all.out'))
    .option('--paper <size>', t('help.report.paper'));
  const added = new Set<string>();
  for (const entry of REPORTS) {
    for (const flag of entry.flags) {
      const long = flag.flags.split(' ')[0]!;
      if (!PASSED_ON.has(long) || added.has(long)) continue;
      added.add(long);
      command.option(flag.flags, t(flag.help));
    }
  }
  command.action(async (flags: Flags) => emit(ctx, await runAllReports(ctx, flags)));
}

/** --json: the written records; otherwise the paths, one a line, on stdout. */
export async function runAllReports(ctx: Context, flags: Flags): Promise<Answer> {
  const paper = paperOf(ctx, flags);
  const store = ctx.open();
  const written = await writeAllReports(ctx, store, { dir: ctx.resolvePath(flags.out ?? '.'), paper, flags });
  return { json: written, view: { lines: written.map((w) => w.file) } };
}

/**
 * Every report into `dir` with stable names: daftar-hadir-hari-N.pdf per day, rekap-kehadiran.pdf,
 * laporan-hasil-kegiatan.pdf, matriks-rtl.pdf, sertifikat.pdf. Used by `report all` and `innolab demo`.
 */
export async function writeAllReports(ctx: Context, store: WorkshopStore, opts: { dir: string; paper: Paper; flags?: ReportFlags }): Promise<ReportWritten[]> {
  const days = getWorkshop(store).days;
  // Every option checked before anything is written.
  const jobs = REPORTS.flatMap((entry) => entry.jobsForAll(days, opts.flags ?? {}));
  prepareDir(opts.dir);
  const written: ReportWritten[] = [];
  for (const job of jobs) written.push(await job.produce(ctx, store, { out: join(opts.dir, job.file), paper: opts.paper, lang: ctx.lang }));
  return written;
}

function prepareDir(dir: string): void {
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError('report.error.outDir', { dir });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  ensureFolder(dir);
}
