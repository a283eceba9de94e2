import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../cli/context.js';
import { FileError, UsageError } from '../../errors.js';
import { startProgress } from '../../cli/progress.js';
import type { Lang, Translate } from '../../i18n/index.js';
import { templatesDir } from '../../paths.js';
import type { CertificateTemplate } from '../../reports/certificates.js';
import type { WorkshopStore } from '../../store/db.js';
import { certificateData } from '../../store/report-data.js';
import { type CommonFlags, type WriterOptions, type Written, announce, reportOptions, withCommonOptions, writerOptions } from './common.js';

export const CERTIFICATES_FILE = 'sertifikat.pdf';

interface Flags extends CommonFlags {
  minAttendance?: string;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  const command = parent
    .command('certificates')
    .description(t('help.report.certificates'))
    .option('--min-attendance <percent>', t('help.report.certificates.min'));
  withCommonOptions(command, t, CERTIFICATES_FILE).action((flags: Flags) => runCertificatesReport(ctx, flags));
}

export function parseMinAttendance(value: string): number {
  const v = value.trim().replace(/%$/, '').replace(',', '.');
  const n = Number(v);
  if (v === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError('report.error.minAttendance', { value });
  return n;
}

export async function runCertificatesReport(ctx: Context, flags: Flags): Promise<void> {
  const minAttendance = parseMinAttendance(flags.minAttendance ?? '100');
  const opts = writerOptions(ctx, flags, CERTIFICATES_FILE);
  announce(ctx, await writeCertificatesReport(ctx, ctx.open(), { ...opts, minAttendance }));
}

/** templates/certificate.<lang>.json: wording an office may edit. */
export function loadCertificateTemplate(lang: Lang): CertificateTemplate {
  const file = join(templatesDir(), `certificate.${lang}.json`);
  let template: Partial<CertificateTemplate>;
  try {
    template = JSON.parse(readFileSync(file, 'utf8')) as Partial<CertificateTemplate>;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new FileError('report.error.template', { file, reason }, { key: 'report.error.templateHint' });
  }
  for (const key of ['heading', 'number', 'given_to', 'with_partner', 'body'] as const) {
    if (typeof template[key] !== 'string') throw new FileError('report.error.template', { file, reason: `"${key}"` }, { key: 'report.error.templateHint' });
  }
  for (const role of ['peserta', 'narasumber', 'fasilitator', 'panitia'] as const) {
    if (typeof template.roles?.[role] !== 'string') throw new FileError('report.error.template', { file, reason: `"roles.${role}"` }, { key: 'report.error.templateHint' });
  }
  return template as CertificateTemplate;
}

/** Writes one certificate page per participant whose attendance reaches minAttendance percent (default 100). */
export async function writeCertificatesReport(ctx: Context, store: WorkshopStore, opts: WriterOptions & { minAttendance?: number }): Promise<Written> {
  const minPercent = opts.minAttendance ?? 100;
  const template = loadCertificateTemplate(opts.lang);
  const data = certificateData(store, minPercent);
  if (data.people.length === 0) ctx.warn(ctx.t('report.certificates.noneWarning', { percent: minPercent }));
  const progress = await startProgress(ctx, data.people.length, ctx.t('report.drawing'), 100);
  const { writeCertificates } = await import('../../reports/certificates.js');
  try {
    const written = await writeCertificates(data, template, { ...reportOptions(ctx, opts), minPercent, onRow: () => progress.tick() }, opts.out);
    return { ...written, certificates: data.people.length, min_attendance: minPercent };
  } finally {
    progress.stop();
  }
}
