// Sertifikat: one page per participant whose attendance reaches the threshold (reports/certificates.ts
// draws it); the wording is templates/certificate.<lang>.json, which an office may edit.
import { readFileSync } from 'node:fs';
import type { Context } from '../../cli/context.js';
import { startProgress } from '../../cli/progress.js';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { templatesDir } from '../../paths.js';
import type { CertificateTemplate } from '../../reports/certificates.js';
import { templateFile } from '../../reports/wording.js';
import type { WorkshopStore } from '../../store/db.js';
import { certificateData } from '../../store/report-data.js';
import { type ReportEntry, type ReportJob, type ReportWritten, type Target, reportOptions, written } from './common.js';

export const CERTIFICATES_FILE = 'sertifikat.pdf';
const MIN_ATTENDANCE = 100;

/** --min-attendance, else MIN_ATTENDANCE (`report certificates` and `report all` alike). */
function parseMinAttendance(value: string | undefined): number {
  if (value === undefined) return MIN_ATTENDANCE;
  const v = value.trim().replace(/%$/, '').replace(',', '.');
  const n = Number(v);
  if (v === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError('report.error.minAttendance', { value });
  return n;
}

/** certificate.<lang>.json from the office's templates folder when it has one, else the built-in wording. */
export function loadCertificateTemplate(lang: Lang, dir?: string | null): CertificateTemplate {
  const file = templateFile(dir, `certificate.${lang}.json`, templatesDir());
  let template: Partial<CertificateTemplate>;
  try {
    template = JSON.parse(readFileSync(file, 'utf8')) as Partial<CertificateTemplate>;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError('report.error.template', { file, reason }, { key: 'report.error.templateHint' });
  }
  for (const key of ['heading', 'number', 'given_to', 'with_partner', 'body'] as const) {
    if (typeof template[key] !== 'string') throw new UsageError('report.error.template', { file, reason: `"${key}"` }, { key: 'report.error.templateHint' });
  }
  for (const role of ['peserta', 'narasumber', 'fasilitator', 'panitia'] as const) {
    if (typeof template.roles?.[role] !== 'string') throw new UsageError('report.error.template', { file, reason: `"roles.${role}"` }, { key: 'report.error.templateHint' });
  }
  return template as CertificateTemplate;
}

function job(minPercent: number): ReportJob {
  return { file: CERTIFICATES_FILE, produce: (ctx, store, target) => produce(ctx, store, target, minPercent) };
}

/** One certificate page per participant whose attendance reaches minPercent. */
async function produce(ctx: Context, store: WorkshopStore, target: Target, minPercent: number): Promise<ReportWritten> {
  const options = reportOptions(ctx, target, store);
  const template = loadCertificateTemplate(target.lang, options.templates);
  const data = certificateData(store, minPercent);
  if (data.people.length === 0) ctx.warn(ctx.t('report.certificates.noneWarning', { percent: minPercent }));
  const progress = await startProgress(ctx, data.people.length, ctx.t('report.drawing'), 100);
  const { writeCertificates } = await import('../../reports/certificates.js');
  try {
    const result = await writeCertificates(data, template, { ...options, minPercent, onRow: () => progress.tick() }, target.out);
    return written('certificates', target, result, { certificates: data.people.length, min_attendance: minPercent });
  } finally {
    progress.stop();
  }
}

export const certificatesReport: ReportEntry = {
  name: 'certificates',
  help: 'help.report.certificates',
  file: CERTIFICATES_FILE,
  flags: [{ flags: '--min-attendance <percent>', help: 'help.report.certificates.min' }],
  job: (flags) => job(parseMinAttendance(flags.minAttendance)),
  jobsForAll: (_days, flags) => [job(parseMinAttendance(flags.minAttendance))],
};
