import type { Command } from 'commander';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../cli/context.js';
import { FileError, UsageError } from '../../errors.js';
import { printJson } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import type { Translate } from '../../i18n/index.js';
import { PAPERS } from '../../reports/layout/index.js';
import type { WorkshopStore } from '../../store/db.js';
import { getWorkshop } from '../../store/workshop.js';
import { attendanceFileName, writeAttendanceReport } from './attendance.js';
import { CERTIFICATES_FILE, writeCertificatesReport } from './certificates.js';
import { writeCommitmentsReport } from './commitments.js';
import type { WriterOptions } from './common.js';
import { writeOutcomeReport } from './outcome.js';
import { RECAP_FILE, writeRecapReport } from './recap.js';

export const OUTCOME_FILE = 'laporan-hasil-kegiatan.pdf';
export const COMMITMENTS_FILE = 'matriks-rtl.pdf';

interface Flags {
  out?: string;
  paper?: string;
}

export interface WrittenReport {
  report: 'attendance' | 'recap' | 'outcome' | 'commitments' | 'certificates';
  file: string;
  day?: number;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('all')
    .description(t('help.report.all'))
    .option('--out <dir>', t('help.report.all.out'))
    .option('--paper <size>', t('help.report.paper'))
    .action((flags: Flags) => runAllReports(ctx, flags));
}

export async function runAllReports(ctx: Context, flags: Flags): Promise<void> {
  const paper = parseChoice(flags.paper ?? 'a4', PAPERS, '--paper');
  const store = ctx.open();
  const dir = ctx.resolvePath(flags.out ?? '.');
  const written = await writeAllReports(ctx, store, { dir, paper });
  if (ctx.opts.json) return printJson(ctx, written);
  for (const w of written) ctx.print(w.file);
}

/**
 * Every report into `dir` with stable names: daftar-hadir-hari-N.pdf per day, rekap-kehadiran.pdf,
 * laporan-hasil-kegiatan.pdf, matriks-rtl.pdf, sertifikat.pdf. Used by `report all` and `innolab demo`.
 */
export async function writeAllReports(ctx: Context, store: WorkshopStore, opts: { dir: string; paper: WriterOptions['paper'] }): Promise<WrittenReport[]> {
  prepareDir(opts.dir);
  const base = { paper: opts.paper, lang: ctx.lang };
  const at = (name: string): string => join(opts.dir, name);
  const written: WrittenReport[] = [];
  const days = getWorkshop(store).days;
  for (let day = 1; day <= days.length; day++) {
    const { file } = await writeAttendanceReport(ctx, store, { ...base, out: at(attendanceFileName(day)), day });
    written.push({ report: 'attendance', file, day });
  }
  written.push({ report: 'recap', file: (await writeRecapReport(ctx, store, { ...base, out: at(RECAP_FILE) })).file });
  written.push({ report: 'outcome', file: await writeOutcomeReport(ctx, store, { ...base, out: at(OUTCOME_FILE) }) });
  written.push({ report: 'commitments', file: await writeCommitmentsReport(ctx, store, { ...base, out: at(COMMITMENTS_FILE) }) });
  written.push({ report: 'certificates', file: (await writeCertificatesReport(ctx, store, { ...base, out: at(CERTIFICATES_FILE) })).file });
  return written;
}

function prepareDir(dir: string): void {
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError('report.error.outDir', { dir });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new FileError('error.io', { file: dir, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
